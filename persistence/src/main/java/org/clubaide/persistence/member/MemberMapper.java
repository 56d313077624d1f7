package org.clubaide.persistence.member;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.NetworkOfferChange;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsAcceptance;

/**
 * Maps members between the domain and the persistence model. Histories are appended to, except
 * where erasure rewrote an entry's login, which is then replaced in place; the profile entries are
 * rewritten as a whole when the profile changed, and left alone otherwise.
 */
final class MemberMapper {

  private MemberMapper() {}

  static Member toDomain(MemberEntity e) {
    EnumMap<FieldGroup, Visibility> visibility = new EnumMap<>(FieldGroup.class);
    visibility.put(FieldGroup.IDENTITY, Visibility.valueOf(e.visIdentity));
    visibility.put(FieldGroup.CONTACT_DETAILS, Visibility.valueOf(e.visContact));
    visibility.put(FieldGroup.SKILLS, Visibility.valueOf(e.visSkills));
    visibility.put(FieldGroup.PHOTO, Visibility.valueOf(e.visPhoto));
    return Member.restore(
        new Member.Snapshot(
            MemberId.of(e.id),
            new Identity(e.firstName, e.lastName, Optional.ofNullable(e.organisation)),
            new ContactDetails(e.email, e.phone, e.postalAddress),
            e.registeredAt,
            e.acceptances.stream()
                .map(
                    a ->
                        new TermsAcceptance(a.termsLabel, a.acceptedAt, Channel.valueOf(a.channel)))
                .toList(),
            visibility,
            e.consentHistory.stream().map(MemberMapper::toDomain).toList(),
            profileOf(e),
            e.networkOfferHistory.stream().map(MemberMapper::toDomain).toList(),
            Optional.ofNullable(e.photoRef),
            ParticipationStatus.valueOf(e.status),
            e.participationEndsOn,
            Optional.ofNullable(e.endedAt),
            e.erased,
            e.version));
  }

  /** Copies the member's state onto a new or managed entity. */
  static void copy(Member m, MemberEntity e) {
    Member.Snapshot s = m.snapshot();
    e.firstName = s.identity().firstName();
    e.lastName = s.identity().lastName();
    e.organisation = s.identity().organisation().orElse(null);
    e.email = s.contact().email();
    e.phone = s.contact().phone();
    e.postalAddress = s.contact().postalAddress();
    e.registeredAt = s.registeredAt();
    e.visIdentity = m.visibilityOf(FieldGroup.IDENTITY).name();
    e.visContact = m.visibilityOf(FieldGroup.CONTACT_DETAILS).name();
    e.visSkills = m.visibilityOf(FieldGroup.SKILLS).name();
    e.visPhoto = m.visibilityOf(FieldGroup.PHOTO).name();
    e.status = s.status().name();
    e.participationEndsOn = s.participationEndsOn();
    e.endedAt = s.endedAt().orElse(null);
    e.erased = s.erased();
    e.photoRef = s.photoRef().orElse(null);
    e.skillsOffered = s.profile().skillsOfferedToNetwork();
    for (int i = e.acceptances.size(); i < s.acceptances().size(); i++) {
      TermsAcceptance a = s.acceptances().get(i);
      e.acceptances.add(
          new TermsAcceptanceEmbeddable(a.versionLabel(), a.acceptedAt(), a.channel().name()));
    }
    sync(
        s.consentHistory(),
        e.consentHistory,
        MemberMapper::toDomain,
        c ->
            new ConsentChangeEmbeddable(
                c.group().name(), c.visibility().name(), c.changedAt(), c.changedBy()));
    sync(
        s.networkOfferHistory(),
        e.networkOfferHistory,
        MemberMapper::toDomain,
        c -> new NetworkOfferChangeEmbeddable(c.offered(), c.changedAt(), c.changedBy()));
    if (!profileOf(e).equals(s.profile())) {
      e.profileEntries.clear();
      e.profileEntries.addAll(entriesOf(s.profile()));
    }
  }

  /**
   * Makes the stored history equal to the domain's: an entry that differs (erasure rewrote its
   * login) is replaced in place, entries beyond the stored ones are appended.
   */
  private static <D, E> void sync(
      List<D> domain, List<E> stored, Function<E, D> read, Function<D, E> write) {
    for (int i = 0; i < domain.size(); i++) {
      if (i >= stored.size()) {
        stored.add(write.apply(domain.get(i)));
      } else if (!read.apply(stored.get(i)).equals(domain.get(i))) {
        stored.set(i, write.apply(domain.get(i)));
      }
    }
  }

  private static ConsentChange toDomain(ConsentChangeEmbeddable c) {
    return new ConsentChange(
        FieldGroup.valueOf(c.fieldGroup),
        Visibility.valueOf(c.visibility),
        c.changedAt,
        c.changedBy);
  }

  private static NetworkOfferChange toDomain(NetworkOfferChangeEmbeddable c) {
    return new NetworkOfferChange(c.offered, c.changedAt, c.changedBy);
  }

  private static Profile profileOf(MemberEntity e) {
    List<String> skills = new ArrayList<>();
    List<String> hobbies = new ArrayList<>();
    List<String> particularities = new ArrayList<>();
    for (ProfileEntryEmbeddable entry : e.profileEntries) {
      switch (entry.kind) {
        case ProfileEntryEmbeddable.SKILL -> skills.add(entry.text);
        case ProfileEntryEmbeddable.HOBBY -> hobbies.add(entry.text);
        case ProfileEntryEmbeddable.PARTICULARITY -> particularities.add(entry.text);
        default -> throw new IllegalStateException("Unknown profile entry kind " + entry.kind);
      }
    }
    return new Profile(skills, hobbies, particularities, e.skillsOffered);
  }

  private static List<ProfileEntryEmbeddable> entriesOf(Profile profile) {
    List<ProfileEntryEmbeddable> entries = new ArrayList<>();
    profile
        .skills()
        .forEach(t -> entries.add(new ProfileEntryEmbeddable(ProfileEntryEmbeddable.SKILL, t)));
    profile
        .hobbies()
        .forEach(t -> entries.add(new ProfileEntryEmbeddable(ProfileEntryEmbeddable.HOBBY, t)));
    profile
        .particularities()
        .forEach(
            t -> entries.add(new ProfileEntryEmbeddable(ProfileEntryEmbeddable.PARTICULARITY, t)));
    return entries;
  }
}
