package org.clubaide.core.member;

import java.util.List;
import java.util.Optional;

/** Port: where members are kept. */
public interface MemberRepository {

  /**
   * Saves a new or changed member.
   *
   * @throws org.clubaide.core.shared.ConflictException when the member changed since it was read
   */
  void save(Member member);

  /** The member with this identifier. */
  Optional<Member> findById(MemberId id);

  /** The member with this e-mail address (compared in lower case). */
  Optional<Member> findByEmail(String email);

  /**
   * The members who listed {@code skill} among their skills, compared by {@link SkillKey} (case,
   * accents and spacing do not matter), and whose participation has not ended; ordered by the text
   * form of their identifier and starting after {@code after} when given (keyset paging, so pages
   * stay fast however many members match). Visibility choices do not filter: only the Service
   * searches, and it sees every profile (R-MEM-4). {@link SkillSearch#among} computes the same
   * answer over members in memory.
   *
   * @param limit the most members to return
   */
  List<MemberCard> searchBySkill(SkillKey skill, Optional<MemberId> after, int limit);
}
