package org.clubaide.core.network;

import static org.clubaide.core.shared.RuleViolationException.require;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;

/**
 * What the agent asks the matching for: the skills a request needs, chosen by the agent, and how
 * many candidates to return (R-NET-1).
 *
 * @param request the request, whose identifier seeds the tie-break
 * @param requester the member who raised it, never a match
 * @param wanted the skills wanted, 1 to {@link #MAX_WANTED}
 * @param limit how many candidates at most; brought into 1..{@link #MAX_LIMIT}
 */
public record MatchQuery(RequestId request, MemberId requester, Set<SkillTag> wanted, int limit) {

  /** The most skills one request may want. */
  public static final int MAX_WANTED = 20;

  /** The most candidates one query returns. */
  public static final int MAX_LIMIT = 200;

  /** Checks the arguments and brings the limit into range. */
  public MatchQuery {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(requester, "requester");
    require(
        wanted != null && !wanted.isEmpty(),
        "R-NET-1",
        "wantedSkills",
        "Choose at least one skill the request needs.");
    require(
        wanted.size() <= MAX_WANTED,
        "R-NET-1",
        "wantedSkills",
        "Choose at most " + MAX_WANTED + " skills (" + wanted.size() + " given).");
    wanted = Collections.unmodifiableSet(new TreeSet<>(wanted));
    limit = Math.max(1, Math.min(limit, MAX_LIMIT));
  }
}
