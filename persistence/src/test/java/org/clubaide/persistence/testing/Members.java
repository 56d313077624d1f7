package org.clubaide.persistence.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.clubaide.core.terms.TermsVersion;

/** Members for the contract tests, registered on the terms the first migration seeds. */
public final class Members {

  /** The terms version V1 of the schema seeds. */
  public static final TermsVersion SEED_TERMS =
      new TermsVersion("V3/2018", LocalDate.of(2018, 9, 16));

  private Members() {}

  /** A member with this e-mail address, registered at {@code at} with default visibility. */
  public static Member aMember(String email, Instant at) {
    return Member.register(
        MemberId.newId(),
        new Identity("Ada", "Lovelace", Optional.of("Analytical Engines Ltd")),
        new ContactDetails(email, "+33 1 23 45 67 89", "1 rue de la Paix\n75002 Paris"),
        SEED_TERMS,
        Channel.WEB,
        Map.of(FieldGroup.SKILLS, Visibility.MEMBERS),
        at);
  }

  /** The same member as if it had also accepted {@code terms} at {@code at}. */
  public static Member alsoAccepted(Member member, TermsVersion terms, Instant at, Channel by) {
    List<TermsAcceptance> acceptances = new ArrayList<>(member.acceptances());
    acceptances.add(new TermsAcceptance(terms.label(), at, by));
    return Member.restore(
        member.id(),
        member.identity(),
        member.contact(),
        member.registeredAt(),
        acceptances,
        member.visibility(),
        member.consentHistory(),
        member.version());
  }

  /** The same member after it chose {@code visibility} for {@code group} at {@code at}. */
  public static Member changedVisibility(
      Member member, FieldGroup group, Visibility visibility, Instant at) {
    Map<FieldGroup, Visibility> choices = new EnumMap<>(member.visibility());
    choices.put(group, visibility);
    List<ConsentChange> history = new ArrayList<>(member.consentHistory());
    history.add(new ConsentChange(group, visibility, at, member.contact().email()));
    return Member.restore(
        member.id(),
        member.identity(),
        member.contact(),
        member.registeredAt(),
        member.acceptances(),
        choices,
        history,
        member.version());
  }

  /**
   * Everything a member holds but its version, in a form whose equality compares it all: two
   * members with equal states differ at most in the version storage gave them.
   */
  public static List<Object> state(Member m) {
    return List.of(
        m.id(),
        m.identity(),
        m.contact(),
        m.registeredAt(),
        m.acceptances(),
        m.visibility(),
        m.consentHistory());
  }

  /** The same member with other contact details. */
  public static Member withContact(Member member, ContactDetails contact) {
    return Member.restore(
        member.id(),
        member.identity(),
        contact,
        member.registeredAt(),
        member.acceptances(),
        member.visibility(),
        member.consentHistory(),
        member.version());
  }
}
