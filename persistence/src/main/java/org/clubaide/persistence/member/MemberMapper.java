package org.clubaide.persistence.member;

import java.util.EnumMap;
import java.util.Optional;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsAcceptance;

/** Maps members between the domain and the persistence model. */
final class MemberMapper {

  private MemberMapper() {}

  static Member toDomain(MemberEntity e) {
    EnumMap<FieldGroup, Visibility> visibility = new EnumMap<>(FieldGroup.class);
    visibility.put(FieldGroup.IDENTITY, Visibility.valueOf(e.visIdentity));
    visibility.put(FieldGroup.CONTACT_DETAILS, Visibility.valueOf(e.visContact));
    visibility.put(FieldGroup.SKILLS, Visibility.valueOf(e.visSkills));
    visibility.put(FieldGroup.PHOTO, Visibility.valueOf(e.visPhoto));
    return Member.restore(
        MemberId.of(e.id),
        new Identity(e.firstName, e.lastName, Optional.ofNullable(e.organisation)),
        new ContactDetails(e.email, e.phone, e.postalAddress),
        e.registeredAt,
        e.acceptances.stream()
            .map(
                a -> new TermsAcceptance(a.termsLabel, a.acceptedAt, Channel.valueOf(a.channel)))
            .toList(),
        visibility,
        e.consentHistory.stream()
            .map(
                c ->
                    new ConsentChange(
                        FieldGroup.valueOf(c.fieldGroup),
                        Visibility.valueOf(c.visibility),
                        c.changedAt,
                        c.changedBy))
            .toList(),
        e.version);
  }

  /** Copies the member's state onto a new or managed entity. */
  static void copy(Member m, MemberEntity e) {
    e.firstName = m.identity().firstName();
    e.lastName = m.identity().lastName();
    e.organisation = m.identity().organisation().orElse(null);
    e.email = m.contact().email();
    e.phone = m.contact().phone();
    e.postalAddress = m.contact().postalAddress();
    e.registeredAt = m.registeredAt();
    e.visIdentity = m.visibilityOf(FieldGroup.IDENTITY).name();
    e.visContact = m.visibilityOf(FieldGroup.CONTACT_DETAILS).name();
    e.visSkills = m.visibilityOf(FieldGroup.SKILLS).name();
    e.visPhoto = m.visibilityOf(FieldGroup.PHOTO).name();
    for (int i = e.acceptances.size(); i < m.acceptances().size(); i++) {
      TermsAcceptance a = m.acceptances().get(i);
      e.acceptances.add(
          new TermsAcceptanceEmbeddable(a.versionLabel(), a.acceptedAt(), a.channel().name()));
    }
    for (int i = e.consentHistory.size(); i < m.consentHistory().size(); i++) {
      ConsentChange c = m.consentHistory().get(i);
      e.consentHistory.add(
          new ConsentChangeEmbeddable(
              c.group().name(), c.visibility().name(), c.changedAt(), c.changedBy()));
    }
  }
}
