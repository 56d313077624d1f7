package org.clubaide.core.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.member.SkillSearch;
import org.clubaide.core.shared.ConflictException;

/**
 * Members kept in memory, with the optimistic locking the port promises: saving a member read at an
 * older version is refused.
 */
public final class InMemoryMemberRepository implements MemberRepository {

  private final Map<MemberId, Member> byId = new LinkedHashMap<>();

  @Override
  public void save(Member member) {
    Member stored = byId.get(member.id());
    long expected = stored == null ? 0 : stored.version();
    if (member.version() != expected) {
      throw ConflictException.concurrentUpdate("Member " + member.id());
    }
    byId.put(member.id(), copy(member, member.version() + 1));
  }

  @Override
  public Optional<Member> findById(MemberId id) {
    return Optional.ofNullable(byId.get(id)).map(m -> copy(m, m.version()));
  }

  @Override
  public Optional<Member> findByEmail(String email) {
    String wanted = email.strip().toLowerCase(Locale.ROOT);
    return byId.values().stream()
        .filter(m -> m.contact().email().equals(wanted))
        .findFirst()
        .map(m -> copy(m, m.version()));
  }

  @Override
  public List<MemberCard> searchBySkill(SkillKey skill, Optional<MemberId> after, int limit) {
    return SkillSearch.among(byId.values(), skill, after, limit);
  }

  /** Every member, in the order they were first saved. */
  public List<Member> all() {
    return byId.values().stream().map(m -> copy(m, m.version())).toList();
  }

  private static Member copy(Member m, long version) {
    return Members.restored(m, version);
  }
}
