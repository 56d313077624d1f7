package org.clubaide.core.network;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A candidate the matching retained for a request, with the reason: which of the wanted skills they
 * offer (R-NET-1). Only the Service sees matches.
 *
 * @param participant the member or partner
 * @param overlap how many wanted skills they offer, at least 1
 * @param matchedSkills those skills, in alphabetical order
 */
public record Match(Participant participant, int overlap, Set<SkillTag> matchedSkills) {

  /** Checks and copies the arguments. */
  public Match {
    Objects.requireNonNull(participant, "participant");
    matchedSkills = Collections.unmodifiableSet(new TreeSet<>(matchedSkills));
    if (overlap != matchedSkills.size() || overlap < 1) {
      throw new IllegalArgumentException("overlap must be the number of matched skills, >= 1");
    }
  }
}
