package org.clubaide.core.member;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link MemberRepository#searchBySkill} answers, computed over members held in memory: for
 * adapters that keep their members in memory, and the reference the database adapters are tested
 * against.
 */
public final class SkillSearch {

  private SkillSearch() {}

  /**
   * The members of {@code members} whose skills include {@code skill} and whose participation has
   * not ended, ordered by the text form of their identifier, after {@code after}, at most {@code
   * limit}.
   */
  public static List<MemberCard> among(
      Collection<Member> members, SkillKey skill, Optional<MemberId> after, int limit) {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(after, "after");
    String from = after.map(MemberId::toString).orElse("");
    return members.stream()
        .filter(m -> !m.hasEnded())
        .filter(m -> m.id().toString().compareTo(from) > 0)
        .filter(m -> m.profile().skills().stream().anyMatch(skill::matches))
        .sorted(Comparator.comparing(m -> m.id().toString()))
        .limit(Math.max(0, limit))
        .map(MemberCard::of)
        .toList();
  }
}
