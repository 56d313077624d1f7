package org.clubaide.persistence.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;

/**
 * Members for the contract tests, registered on the terms the first migration seeds and changed
 * through the aggregate's own verbs, acting as the member themselves (their login is their e-mail
 * address).
 */
public final class Members {

  /** The terms version V1 of the schema seeds. */
  public static final TermsVersion SEED_TERMS =
      new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));

  private Members() {}

  /**
   * A member with this e-mail address, registered at {@code at} (a day of the Service's zone) for
   * the default participation period, with skills visible to members and every other group
   * service-only.
   */
  public static Member aMember(String email, Instant at) {
    return Member.register(
        MemberId.newId(),
        new Identity("Ada", "Lovelace", Optional.of("Analytical Engines Ltd")),
        new ContactDetails(email, "+33 1 23 45 67 89", "1 rue de la Paix\n75002 Paris"),
        SEED_TERMS,
        Channel.WEB,
        Map.of(FieldGroup.SKILLS, Visibility.MEMBERS),
        Member.DEFAULT_PARTICIPATION_PERIOD,
        Clock.fixed(at, TestClock.SERVICE_ZONE));
  }

  /** A copy of the member as stored, same version: what a second reader holds. */
  public static Member copyOf(Member member) {
    return Member.restore(member.snapshot());
  }

  /** The same member as if it had also accepted {@code terms} at {@code at}. */
  public static Member alsoAccepted(Member member, TermsVersion terms, Instant at, Channel by) {
    Member copy = copyOf(member);
    copy.acceptTerms(terms, by, copy.contact().email(), at);
    return copy;
  }

  /** The same member after it chose {@code visibility} for {@code group} at {@code at}. */
  public static Member changedVisibility(
      Member member, FieldGroup group, Visibility visibility, Instant at) {
    Member copy = copyOf(member);
    copy.changeVisibility(group, visibility, copy.contact().email(), at);
    return copy;
  }

  /** The same member with other contact details (the adapter's view: no rule is checked). */
  public static Member withContact(Member member, ContactDetails contact) {
    return with(
        member,
        s ->
            new Member.Snapshot(
                s.id(),
                s.identity(),
                contact,
                s.registeredAt(),
                s.acceptances(),
                s.visibility(),
                s.consentHistory(),
                s.profile(),
                s.networkOfferHistory(),
                s.photoRef(),
                s.status(),
                s.participationEndsOn(),
                s.endedAt(),
                s.erased(),
                s.version()));
  }

  /** The same member with another identity (the adapter's view: no rule is checked). */
  public static Member withIdentity(Member member, Identity identity) {
    return with(
        member,
        s ->
            new Member.Snapshot(
                s.id(),
                identity,
                s.contact(),
                s.registeredAt(),
                s.acceptances(),
                s.visibility(),
                s.consentHistory(),
                s.profile(),
                s.networkOfferHistory(),
                s.photoRef(),
                s.status(),
                s.participationEndsOn(),
                s.endedAt(),
                s.erased(),
                s.version()));
  }

  /** The member restored from its snapshot changed by {@code change}. */
  public static Member with(Member member, UnaryOperator<Member.Snapshot> change) {
    return Member.restore(change.apply(member.snapshot()));
  }

  /**
   * Everything a member holds but its version, in a form whose equality compares it all: two
   * members with equal states differ at most in the version storage gave them.
   */
  public static Member.Snapshot state(Member m) {
    Member.Snapshot s = m.snapshot();
    return new Member.Snapshot(
        s.id(),
        s.identity(),
        s.contact(),
        s.registeredAt(),
        s.acceptances(),
        s.visibility(),
        s.consentHistory(),
        s.profile(),
        s.networkOfferHistory(),
        s.photoRef(),
        s.status(),
        s.participationEndsOn(),
        s.endedAt(),
        s.erased(),
        0);
  }
}
