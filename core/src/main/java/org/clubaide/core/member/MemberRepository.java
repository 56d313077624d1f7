package org.clubaide.core.member;

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
}
