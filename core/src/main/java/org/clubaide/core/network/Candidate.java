package org.clubaide.core.network;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A member or partner as the matching sees them (R-MEM-3, R-NET-1): the skills they offered, in
 * normalised form, and the facts that decide whether they may be called on. The directory builds
 * candidates once and keeps them, so that matching never normalises text again.
 *
 * @param participant who it is
 * @param skills the skills, hobbies and particularities offered, normalised
 * @param offeredToNetwork whether they chose to put their skills at the network's disposal (always
 *     true for a partner, whose very role is to be called on)
 * @param active whether their participation is running: not ended (R-MEM-6), not lapsed (R-MEM-7)
 * @param acceptedCurrentTerms whether they accepted the terms version in force (R-MEM-2)
 */
public record Candidate(
    Participant participant,
    Set<SkillTag> skills,
    boolean offeredToNetwork,
    boolean active,
    boolean acceptedCurrentTerms) {

  /** Checks and copies the arguments. */
  public Candidate {
    Objects.requireNonNull(participant, "participant");
    skills = SkillSet.of(Objects.requireNonNull(skills, "skills"));
  }

  /** A candidate whose skills are given as typed; each is normalised into a {@link SkillTag}. */
  public static Candidate of(
      Participant participant,
      Collection<String> typedSkills,
      boolean offeredToNetwork,
      boolean active,
      boolean acceptedCurrentTerms) {
    Set<SkillTag> tags = new HashSet<>();
    for (String typed : typedSkills) {
      tags.add(SkillTag.of(typed));
    }
    return new Candidate(participant, tags, offeredToNetwork, active, acceptedCurrentTerms);
  }

  /**
   * Whether the network may call on this candidate at all, whatever the request: they offered their
   * skills, their participation is active and they accepted the current terms.
   */
  public boolean mayBeCalledOn() {
    return offeredToNetwork && active && acceptedCurrentTerms;
  }
}
