package org.clubaide.core.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A member as the Service's search lists them: who they are, how to reach them, the skills they
 * described and whether they offered them to the network (R-MEM-3). Only the Service searches
 * members, and it always sees their profile (R-MEM-4), so nothing here is filtered by visibility.
 *
 * @param id the member
 * @param identity names and organisation
 * @param contact e-mail, telephone and postal address
 * @param skills the skills in the member's order, as typed
 * @param offeredToNetwork whether the member offered their profile to the network (R-NET-1)
 * @param participationEndsOn the last day of the participation period: before today, the
 *     participation has lapsed (R-MEM-7)
 */
public record MemberCard(
    MemberId id,
    Identity identity,
    ContactDetails contact,
    List<String> skills,
    boolean offeredToNetwork,
    LocalDate participationEndsOn) {

  /** Checks and copies the arguments. */
  public MemberCard {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(contact, "contact");
    skills = List.copyOf(skills);
    Objects.requireNonNull(participationEndsOn, "participationEndsOn");
  }

  /** The card of a member. */
  public static MemberCard of(Member member) {
    return new MemberCard(
        member.id(),
        member.identity(),
        member.contact(),
        member.profile().skills(),
        member.profile().skillsOfferedToNetwork(),
        member.participationEndsOn());
  }
}
