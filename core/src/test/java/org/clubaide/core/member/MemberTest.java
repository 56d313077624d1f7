package org.clubaide.core.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MemberTest {

  private static final Instant AT = Instant.parse("2025-03-10T08:00:00Z");
  private static final Identity IDENTITY =
      new Identity("Grace", "Hopper", Optional.of("Compilers Inc."));
  private static final ContactDetails CONTACT =
      new ContactDetails("grace@example.org", "+1 (555) 010-2030", "Arlington, VA");

  private static Member register(Map<FieldGroup, Visibility> choices) {
    return Member.register(
        MemberId.newId(),
        IDENTITY,
        CONTACT,
        FixedTermsCatalogue.V3_2018,
        Channel.PHONE,
        choices,
        Member.DEFAULT_PARTICIPATION_PERIOD,
        Clock.fixed(AT, MutableClock.SERVICE_ZONE));
  }

  @Test
  @DisplayName("R-MEM-2 registering records which terms version was accepted, when and how")
  void registrationRecordsTheAcceptance() {
    Member member = register(Map.of());

    assertEquals(List.of(new TermsAcceptance("V3/2018", AT, Channel.PHONE)), member.acceptances());
    assertTrue(member.hasAccepted(FixedTermsCatalogue.V3_2018));
    assertFalse(member.hasAccepted(new TermsVersion("V4/2025", LocalDate.of(2025, 6, 1))));
    assertEquals(AT, member.registeredAt());
  }

  @Test
  @DisplayName("R-MEM-4 every group the member did not choose for stays service-only")
  void unchosenGroupsStayServiceOnly() {
    Member member = register(Map.of());

    for (FieldGroup group : FieldGroup.values()) {
      assertEquals(Visibility.SERVICE_ONLY, member.visibilityOf(group), group.name());
    }
  }

  @Test
  @DisplayName("R-MEM-4 a group opened to members is visible to members, the others are not")
  void chosenGroupIsOpenedAlone() {
    Member member = register(Map.of(FieldGroup.SKILLS, Visibility.MEMBERS));

    assertEquals(
        Map.of(
            FieldGroup.IDENTITY, Visibility.SERVICE_ONLY,
            FieldGroup.CONTACT_DETAILS, Visibility.SERVICE_ONLY,
            FieldGroup.SKILLS, Visibility.MEMBERS,
            FieldGroup.PHOTO, Visibility.SERVICE_ONLY),
        member.visibility());
  }

  @Test
  @DisplayName(
      "R-MEM-5 the initial choice of every group is in the consent history: who, what, when")
  void initialChoicesAreInTheConsentHistory() {
    Member member = register(Map.of(FieldGroup.PHOTO, Visibility.MEMBERS));

    assertEquals(
        List.of(
            new ConsentChange(
                FieldGroup.IDENTITY, Visibility.SERVICE_ONLY, AT, "grace@example.org"),
            new ConsentChange(
                FieldGroup.CONTACT_DETAILS, Visibility.SERVICE_ONLY, AT, "grace@example.org"),
            new ConsentChange(FieldGroup.SKILLS, Visibility.SERVICE_ONLY, AT, "grace@example.org"),
            new ConsentChange(FieldGroup.PHOTO, Visibility.MEMBERS, AT, "grace@example.org")),
        member.consentHistory());
  }

  @Test
  @DisplayName("R-MEM-5 the consent history cannot be rewritten from outside the member")
  void consentHistoryIsReadOnly() {
    Member member = register(Map.of());
    List<ConsentChange> history = member.consentHistory();
    ConsentChange forged =
        new ConsentChange(FieldGroup.PHOTO, Visibility.MEMBERS, AT, "someone@else.org");

    assertThrows(UnsupportedOperationException.class, () -> history.add(forged));
    assertThrows(
        UnsupportedOperationException.class,
        () -> member.visibility().put(FieldGroup.PHOTO, Visibility.MEMBERS));
  }

  @Test
  @DisplayName("R-MEM-2 a member restored from storage keeps every acceptance, choice and version")
  void restoredMemberKeepsItsState() {
    Member original = Members.aMember();
    Member restored = Members.restored(original, 7);

    assertEquals(original.id(), restored.id());
    assertEquals(original.identity(), restored.identity());
    assertEquals(original.contact(), restored.contact());
    assertEquals(original.acceptances(), restored.acceptances());
    assertEquals(original.visibility(), restored.visibility());
    assertEquals(original.consentHistory(), restored.consentHistory());
    assertEquals(original.participationEndsOn(), restored.participationEndsOn());
    assertEquals(7, restored.version());
    assertEquals(0, original.version());
    assertEquals(List.of(), restored.newEvents());
  }

  @Test
  @DisplayName("R-MEM-1 a member's identity reads as first name then last name")
  void identityDisplayName() {
    assertEquals("Grace Hopper", IDENTITY.displayName());
  }

  @Test
  @DisplayName("R-MEM-1 contact details are trimmed and the e-mail address is kept in lower case")
  void contactDetailsAreNormalised() {
    ContactDetails contact =
        new ContactDetails("  Grace@Example.ORG ", " 01 23 45 67 89 ", "  Arlington  ");

    assertEquals("grace@example.org", contact.email());
    assertEquals("01 23 45 67 89", contact.phone());
    assertEquals("Arlington", contact.postalAddress());
  }

  @Test
  @DisplayName("R-MEM-1 a postal address longer than 300 characters is refused")
  void postalAddressIsLimited() {
    String address = "x".repeat(ContactDetails.ADDRESS_MAX + 1);
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> new ContactDetails("grace@example.org", "0123456789", address));

    assertEquals("postalAddress", refused.field());
    assertEquals(
        "The postal address is limited to 300 characters (301 given).", refused.getMessage());
  }

  @Test
  @DisplayName(
      "R-MEM-1 a blank organisation counts as none, and one over 150 characters is refused")
  void organisationIsOptionalAndLimited() {
    assertEquals(Optional.empty(), new Identity("A", "B", Optional.of("   ")).organisation());
    assertEquals(Optional.empty(), new Identity("A", "B", null).organisation());
    assertEquals(Optional.of("Acme"), new Identity("A", "B", Optional.of(" Acme ")).organisation());

    Optional<String> tooLong = Optional.of("o".repeat(Identity.ORGANISATION_MAX + 1));
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> new Identity("A", "B", tooLong));
    assertEquals("organisation", refused.field());
  }

  @Test
  @DisplayName("R-MEM-1 a member identifier round-trips through its text form")
  void memberIdRoundTrips() {
    MemberId id = MemberId.newId();

    assertEquals(id, MemberId.of(id.toString()));
  }
}
