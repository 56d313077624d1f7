package org.clubaide.core.member;

import static org.clubaide.core.shared.RuleViolationException.require;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a member says they can bring to the club (R-MEM-3): skills, hobbies and particularities, and
 * whether they put them at the network's disposal.
 *
 * <p>Each entry is trimmed, its runs of white space and control characters become one space, blank
 * entries are dropped and an entry that repeats an earlier one of the same list (ignoring case) is
 * dropped too, keeping the first spelling. Each list holds at most {@value #ENTRIES_MAX} entries of
 * at most {@value #ENTRY_MAX} characters; more is refused.
 *
 * <p>{@code skillsOfferedToNetwork} is the member's consent to be called on by the network for what
 * the three lists hold (R-NET-1): the Service always sees the profile, but it selects for a call
 * for help only members who offered. Who else may <em>see</em> the profile is a separate choice,
 * the visibility of {@link FieldGroup#SKILLS} (R-MEM-4).
 *
 * @param skills professional skills
 * @param hobbies hobbies
 * @param particularities anything else the member wants the network to know they can offer
 * @param skillsOfferedToNetwork whether the member offers all of this to the network
 */
public record Profile(
    List<String> skills,
    List<String> hobbies,
    List<String> particularities,
    boolean skillsOfferedToNetwork) {

  /** The most entries of each list. */
  public static final int ENTRIES_MAX = 20;

  /** The most characters of one entry. */
  public static final int ENTRY_MAX = 80;

  /** A profile with nothing in it and nothing offered: the profile of a new member. */
  public static final Profile EMPTY = new Profile(List.of(), List.of(), List.of(), false);

  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cntrl}]+");

  /** Normalises, deduplicates and checks the lists. */
  public Profile {
    skills = normalise(skills, "skills", "A skill");
    hobbies = normalise(hobbies, "hobbies", "A hobby");
    particularities = normalise(particularities, "particularities", "A particularity");
  }

  /** Every entry of the three lists, skills first, as the network matching reads them. */
  public List<String> entries() {
    List<String> all = new ArrayList<>(skills);
    all.addAll(hobbies);
    all.addAll(particularities);
    return List.copyOf(all);
  }

  /** Whether the three lists are empty. */
  public boolean isEmpty() {
    return skills.isEmpty() && hobbies.isEmpty() && particularities.isEmpty();
  }

  private static List<String> normalise(List<String> typed, String field, String label) {
    if (typed == null) {
      return List.of();
    }
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String entry : typed) {
      String text = entry == null ? "" : SPACES.matcher(entry).replaceAll(" ").strip();
      if (text.isEmpty()) {
        continue;
      }
      require(
          text.length() <= ENTRY_MAX,
          "R-MEM-3",
          field,
          label + " is limited to " + ENTRY_MAX + " characters (" + text.length() + " given).");
      if (seen.add(text.toLowerCase(Locale.ROOT))) {
        kept.add(text);
      }
    }
    require(
        kept.size() <= ENTRIES_MAX,
        "R-MEM-3",
        field,
        "At most " + ENTRIES_MAX + " " + field + " (" + kept.size() + " given).");
    return List.copyOf(kept);
  }
}
