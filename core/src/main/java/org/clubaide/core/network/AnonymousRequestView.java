package org.clubaide.core.network;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clubaide.core.request.KindOfHelp;

/**
 * What a call for help shows of a request (R-NET-2): an anonymous label for the requester, the
 * kinds of help, the date by which help is needed, the wanted skills and a summary the Service
 * wrote or reviewed. Nothing else: no title or description as the member typed them, no name,
 * contact detail, organisation or address, no identifier of the member or of the request. Only the
 * {@link AnonymityPolicy} builds one; adapters rebuild stored ones through {@link #restore}.
 */
public final class AnonymousRequestView {

  private final String label;
  private final Set<KindOfHelp> kinds;
  private final LocalDate neededBy;
  private final Set<SkillTag> wantedSkills;
  private final String summary;

  private AnonymousRequestView(
      String label,
      Set<KindOfHelp> kinds,
      LocalDate neededBy,
      Set<SkillTag> wantedSkills,
      String summary) {
    this.label = Objects.requireNonNull(label, "label");
    this.kinds =
        Collections.unmodifiableSet(EnumSet.copyOf(Objects.requireNonNull(kinds, "kinds")));
    this.neededBy = Objects.requireNonNull(neededBy, "neededBy");
    this.wantedSkills =
        Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(wantedSkills, "skills")));
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  /** Built by the policy once it has checked the summary and the skills. */
  static AnonymousRequestView of(
      String label,
      Set<KindOfHelp> kinds,
      LocalDate neededBy,
      Set<SkillTag> wantedSkills,
      String summary) {
    return new AnonymousRequestView(label, kinds, neededBy, wantedSkills, summary);
  }

  /**
   * Rebuilds a view from storage. Only adapters call this: it checks no rule, since the view was
   * checked by the {@link AnonymityPolicy} when the call was sent.
   */
  public static AnonymousRequestView restore(
      String label,
      Set<KindOfHelp> kinds,
      LocalDate neededBy,
      Set<SkillTag> wantedSkills,
      String summary) {
    return new AnonymousRequestView(label, kinds, neededBy, wantedSkills, summary);
  }

  /** How the requester is shown, for example {@code Member #7F3A0C}. */
  public String label() {
    return label;
  }

  /** The kinds of help asked for. */
  public Set<KindOfHelp> kinds() {
    return kinds;
  }

  /** The date by which help is needed. */
  public LocalDate neededBy() {
    return neededBy;
  }

  /** The skills the Service is looking for, in alphabetical order. */
  public Set<SkillTag> wantedSkills() {
    return wantedSkills;
  }

  /** The summary of the problem, as the Service wrote or reviewed it. */
  public String summary() {
    return summary;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnonymousRequestView that
        && label.equals(that.label)
        && kinds.equals(that.kinds)
        && neededBy.equals(that.neededBy)
        && wantedSkills.equals(that.wantedSkills)
        && summary.equals(that.summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, kinds, neededBy, wantedSkills, summary);
  }

  @Override
  public String toString() {
    return "AnonymousRequestView[label="
        + label
        + ", kinds="
        + kinds
        + ", neededBy="
        + neededBy
        + ", wantedSkills="
        + wantedSkills
        + ", summary="
        + summary
        + "]";
  }
}
