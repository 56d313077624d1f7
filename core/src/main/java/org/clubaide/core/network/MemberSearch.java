package org.clubaide.core.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.SkillKey;

/**
 * The Service looks for members by skill, to find who could help with a request (R-MEM-3, R-NET-1).
 * Only the central Service searches: members never browse each other's profiles this way
 * (R-PRV-3), so the search ignores the visibility members chose for other members (R-MEM-4). Callers
 * run each method in a transaction.
 */
public final class MemberSearch {

  /** The most members of one page. */
  public static final int MAX_PAGE = 100;

  private final MemberRepository members;

  /** Wires the use case to where members are kept. */
  public MemberSearch(MemberRepository members) {
    this.members = Objects.requireNonNull(members, "members");
  }

  /**
   * A page of the members who listed the skill, whose participation has not ended, ordered by
   * identifier; pass the last member of a page as {@code after} for the next one.
   *
   * @param skill the skill as the agent typed it; case, accents and spacing do not matter
   * @param limit the most members wanted, between 1 and {@value #MAX_PAGE}
   * @throws org.clubaide.core.shared.AccessDeniedException unless the actor speaks for the Service
   * @throws org.clubaide.core.shared.RuleViolationException when the skill is blank or too long
   */
  public List<MemberCard> bySkill(
      Actor actor, String skill, Optional<MemberId> after, int limit) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(after, "after");
    actor.requireService("search the members by skill");
    return members.searchBySkill(
        SkillKey.of(skill), after, Math.max(1, Math.min(limit, MAX_PAGE)));
  }
}
