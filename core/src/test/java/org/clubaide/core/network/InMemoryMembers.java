package org.clubaide.core.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.member.SkillKey;
import org.clubaide.core.member.SkillSearch;

/** Members in memory. */
final class InMemoryMembers implements MemberRepository {

  private final Map<MemberId, Member> byId = new LinkedHashMap<>();

  @Override
  public void save(Member member) {
    byId.put(member.id(), member);
  }

  @Override
  public Optional<Member> findById(MemberId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Member> findByEmail(String email) {
    for (Member member : byId.values()) {
      if (member.contact().email().equalsIgnoreCase(email)) {
        return Optional.of(member);
      }
    }
    return Optional.empty();
  }

  @Override
  public List<MemberCard> searchBySkill(SkillKey skill, Optional<MemberId> after, int limit) {
    return SkillSearch.among(byId.values(), skill, after, limit);
  }
}
