package org.clubaide.core.registration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.PasswordPolicy;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.InMemoryClubAide;
import org.clubaide.core.testing.Members;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationServiceTest {

  private final InMemoryClubAide club = InMemoryClubAide.withSeedTerms();
  private final RegistrationService registration = club.registration();

  private RuleViolationException refused(Members.RegistrationBuilder form) {
    var filled = form.build();
    return assertThrows(RuleViolationException.class, () -> registration.register(filled));
  }

  private void assertNothingCreated() {
    assertTrue(club.members().all().isEmpty(), "no member");
    assertTrue(club.accounts().all().isEmpty(), "no account");
  }

  @Test
  @DisplayName("R-MEM-1 a visitor who accepts the terms becomes a member with a member login")
  void registrationCreatesMemberAndLogin() {
    MemberId id = registration.register(Members.aRegistration().build());

    Member member = club.members().findById(id).orElseThrow();
    assertEquals("Ada Lovelace", member.identity().displayName());
    Account account = club.accounts().findByLogin("ada.lovelace@example.org").orElseThrow();
    assertEquals(Set.of(Role.MEMBER), account.roles());
    assertEquals(Optional.of(id), account.member());
    assertEquals(club.clock().instant(), account.createdAt());
  }

  @Test
  @DisplayName("R-MEM-1 without ticking the acceptance no member and no login exist")
  void withoutAcceptanceNothingIsCreated() {
    RuleViolationException refused = refused(Members.aRegistration().withoutTermsAcceptance());

    assertEquals("R-MEM-1", refused.rule());
    assertEquals("termsAccepted", refused.field());
    assertEquals(
        "You must accept the terms of the service (version V3/2018) to register.",
        refused.getMessage());
    assertNothingCreated();
  }

  @ParameterizedTest
  @ValueSource(strings = {"firstName", "lastName"})
  @DisplayName("R-MEM-1 a registration without a name is refused, naming the missing field")
  void identityIsRequired(String field) {
    RuleViolationException refused = refused(Members.aRegistration().with(field, "  "));

    assertEquals("R-MEM-1", refused.rule());
    assertEquals(field, refused.field());
    assertNothingCreated();
  }

  @Test
  @DisplayName("R-MEM-1 a name longer than 100 characters is refused")
  void nameIsLimited() {
    RuleViolationException refused = refused(Members.aRegistration().lastName("L".repeat(101)));

    assertEquals("The last name is limited to 100 characters (101 given).", refused.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "email         | The e-mail address is required.",
        "phone         | The telephone number is required.",
        "postalAddress | The postal address is required."
      })
  @DisplayName(
      "R-MEM-1 incomplete contact details are refused with a message naming what is missing")
  void contactDetailsMustBeComplete(String field, String message) {
    RuleViolationException refused = refused(Members.aRegistration().with(field, ""));

    assertEquals(field, refused.field());
    assertEquals(message, refused.getMessage());
    assertNothingCreated();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ada", "ada@example", "ada@@example.org", "ada lovelace@example.org"})
  @DisplayName("R-MEM-1 an e-mail address that is not one is refused")
  void malformedEmailIsRefused(String email) {
    RuleViolationException refused = refused(Members.aRegistration().email(email));

    assertEquals("email", refused.field());
    assertTrue(refused.getMessage().endsWith("is not an e-mail address."), refused.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "call me maybe", "+33 1 23 45 67 89 ext"})
  @DisplayName("R-MEM-1 a telephone number with letters or too few digits is refused")
  void malformedPhoneIsRefused(String phone) {
    RuleViolationException refused = refused(Members.aRegistration().phone(phone));

    assertEquals("phone", refused.field());
  }

  @Test
  @DisplayName("R-MEM-1 an e-mail address already registered is refused, whatever its case")
  void duplicateEmailIsRefused() {
    registration.register(Members.aRegistration().build());
    var again =
        Members.aRegistration().email(" ADA.Lovelace@Example.org ").firstName("Other").build();

    ConflictException refused =
        assertThrows(ConflictException.class, () -> registration.register(again));

    assertEquals("R-MEM-1", refused.rule());
    assertEquals(
        "The e-mail address ada.lovelace@example.org is already registered.", refused.getMessage());
    assertEquals(1, club.members().all().size());
    assertEquals(1, club.accounts().all().size());
  }

  @Test
  @DisplayName("R-MEM-1 an e-mail address already used as a staff login is refused")
  void emailUsedByAStaffLoginIsRefused() {
    registration.ensureAdministrator("ada.lovelace@example.org", Optional.empty());
    var form = Members.aRegistration().build();

    assertThrows(ConflictException.class, () -> registration.register(form));
    assertTrue(club.members().all().isEmpty());
  }

  @Test
  @DisplayName("R-MEM-1 the e-mail address is kept in lower case and is the member's login")
  void emailIsTheLogin() {
    MemberId id = registration.register(Members.aRegistration().email("Ada@Example.ORG").build());

    assertEquals("ada@example.org", club.members().findById(id).orElseThrow().contact().email());
    assertTrue(club.accounts().findByLogin("ada@example.org").isPresent());
  }

  @Test
  @DisplayName("R-MEM-2 the acceptance records the version, the time and the channel")
  void acceptanceIsRecorded() {
    club.clock().advanceDays(3);
    MemberId id = registration.register(Members.aRegistration().channel(Channel.EMAIL).build());

    Member member = club.members().findById(id).orElseThrow();
    assertEquals(
        List.of(new TermsAcceptance("V3/2018", club.clock().instant(), Channel.EMAIL)),
        member.acceptances());
    assertEquals(club.clock().instant(), member.registeredAt());
  }

  @Test
  @DisplayName("R-MEM-2 accepting a version that is not the current one is refused")
  void acceptingAnotherVersionIsRefused() {
    RuleViolationException refused = refused(Members.aRegistration().termsVersion("V2/2016"));

    assertEquals("R-MEM-2", refused.rule());
    assertEquals("termsVersion", refused.field());
    assertEquals(
        "The terms accepted (\"V2/2016\") are not the current version V3/2018: read and accept"
            + " the current version.",
        refused.getMessage());
    assertNothingCreated();
  }

  @Test
  @DisplayName("R-MEM-2 once a new version is in force, registration asks for that version")
  void newVersionBecomesTheOneToAccept() {
    TermsVersion v4 = new TermsVersion("V4/2025", club.clock().today().plusDays(10));
    InMemoryClubAide later =
        InMemoryClubAide.withTerms(FixedTermsCatalogue.of(FixedTermsCatalogue.V3_2018, v4));
    later.registration().register(Members.aRegistration().email("early@example.org").build());
    later.clock().advanceDays(10);
    var onOldTerms = Members.aRegistration().email("late@example.org").build();

    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> later.registration().register(onOldTerms));
    assertEquals("termsVersion", refused.field());

    MemberId id =
        later
            .registration()
            .register(
                Members.aRegistration().email("late@example.org").termsVersion("V4/2025").build());
    assertTrue(later.members().findById(id).orElseThrow().hasAccepted(v4));
  }

  @Test
  @DisplayName("R-MEM-4 groups the visitor did not choose for are service-only")
  void visibilityDefaultsToServiceOnly() {
    MemberId id = registration.register(Members.aRegistration().build());

    Member member = club.members().findById(id).orElseThrow();
    for (FieldGroup group : FieldGroup.values()) {
      assertEquals(Visibility.SERVICE_ONLY, member.visibilityOf(group), group.name());
    }
  }

  @Test
  @DisplayName("R-MEM-4 the visibility chosen at registration is kept per group")
  void visibilityChoiceIsKept() {
    MemberId id =
        registration.register(
            Members.aRegistration()
                .visibility(FieldGroup.SKILLS, Visibility.MEMBERS)
                .visibility(FieldGroup.IDENTITY, Visibility.MEMBERS)
                .build());

    Member member = club.members().findById(id).orElseThrow();
    assertEquals(Visibility.MEMBERS, member.visibilityOf(FieldGroup.SKILLS));
    assertEquals(Visibility.MEMBERS, member.visibilityOf(FieldGroup.IDENTITY));
    assertEquals(Visibility.SERVICE_ONLY, member.visibilityOf(FieldGroup.CONTACT_DETAILS));
    assertEquals(Visibility.SERVICE_ONLY, member.visibilityOf(FieldGroup.PHOTO));
  }

  @Test
  @DisplayName(
      "R-MEM-5 every initial choice is in the consent history, by the member, at registration")
  void initialChoicesAreRecorded() {
    MemberId id =
        registration.register(
            Members.aRegistration().visibility(FieldGroup.PHOTO, Visibility.MEMBERS).build());

    Member member = club.members().findById(id).orElseThrow();
    assertEquals(FieldGroup.values().length, member.consentHistory().size());
    for (var change : member.consentHistory()) {
      assertEquals(member.visibilityOf(change.group()), change.visibility());
      assertEquals("ada.lovelace@example.org", change.changedBy());
      assertEquals(club.clock().instant(), change.changedAt());
    }
  }

  @Test
  @DisplayName("R-PRV-1 a password shorter than 12 characters refuses the registration")
  void shortPasswordRefusesRegistration() {
    RuleViolationException refused = refused(Members.aRegistration().password("short-pw"));

    assertEquals("R-PRV-1", refused.rule());
    assertNothingCreated();
  }

  @Test
  @DisplayName("R-PRV-1 the password is kept only as the hasher's hash")
  void onlyTheHashIsKept() {
    registration.register(Members.aRegistration().build());

    Account account = club.accounts().findByLogin("ada.lovelace@example.org").orElseThrow();
    assertNotEquals(Members.PASSWORD, account.passwordHash());
    assertTrue(club.hasher().matches(Members.PASSWORD, account.passwordHash()));
  }

  @Test
  @DisplayName(
      "R-PRV-3 the first administrator gets a generated password, shown once, and can act as an"
          + " agent")
  void firstAdministratorWithGeneratedPassword() {
    Optional<String> shown = registration.ensureAdministrator("Admin", Optional.empty());

    String password = shown.orElseThrow();
    assertDoesNotThrow(() -> PasswordPolicy.standard().check(password.toCharArray()));
    Account admin = club.accounts().findByLogin("admin").orElseThrow();
    assertEquals(Set.of(Role.ADMIN, Role.AGENT), admin.roles());
    assertEquals(Optional.empty(), admin.member());
    assertTrue(club.hasher().matches(password, admin.passwordHash()));
    assertTrue(admin.toActor().isService());
  }

  @Test
  @DisplayName("R-PRV-1 the first administrator needs a login: a blank one is refused and creates nothing")
  void administratorNeedsALogin() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> registration.ensureAdministrator("  ", Optional.of("a long enough password")));

    assertEquals("login", refused.field());
    assertFalse(club.accounts().anyWithRole(Role.ADMIN));
  }

  @Test
  @DisplayName("R-PRV-3 generated administrator passwords differ from one installation to the next")
  void generatedPasswordsDiffer() {
    String first = registration.ensureAdministrator("admin", Optional.empty()).orElseThrow();
    String second =
        InMemoryClubAide.withSeedTerms()
            .registration()
            .ensureAdministrator("admin", Optional.empty())
            .orElseThrow();

    assertNotEquals(first, second);
  }

  @Test
  @DisplayName(
      "R-PRV-3 the administrator is created once: a second call creates nothing and shows nothing")
  void administratorIsCreatedOnce() {
    registration.ensureAdministrator("admin", Optional.empty());

    Optional<String> second = registration.ensureAdministrator("other-admin", Optional.empty());

    assertEquals(Optional.empty(), second);
    assertEquals(1, club.accounts().all().size());
    assertFalse(club.accounts().findByLogin("other-admin").isPresent());
  }

  @Test
  @DisplayName("R-PRV-3 a configured administrator password is used and never returned")
  void configuredPasswordIsUsedNotReturned() {
    Optional<String> shown =
        registration.ensureAdministrator("admin", Optional.of("operator-chosen-secret"));

    assertEquals(Optional.empty(), shown);
    Account admin = club.accounts().findByLogin("admin").orElseThrow();
    assertTrue(club.hasher().matches("operator-chosen-secret", admin.passwordHash()));
  }

  @Test
  @DisplayName("R-PRV-3 a blank configured administrator password counts as none: one is generated")
  void blankConfiguredPasswordIsReplaced() {
    Optional<String> shown = registration.ensureAdministrator("admin", Optional.of("   "));

    Account admin = club.accounts().findByLogin("admin").orElseThrow();
    assertTrue(club.hasher().matches(shown.orElseThrow(), admin.passwordHash()));
  }

  @Test
  @DisplayName("R-PRV-1 a configured administrator password must follow the password policy")
  void configuredPasswordFollowsThePolicy() {
    Optional<String> weak = Optional.of("admin");

    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class, () -> registration.ensureAdministrator("admin", weak));

    assertEquals("R-PRV-1", refused.rule());
    assertTrue(club.accounts().all().isEmpty());
  }

  @Test
  @DisplayName(
      "R-MEM-4 a registration that says nothing about visibility leaves every group service-only")
  void missingVisibilityChoicesMeanServiceOnly() {
    var form =
        new Registration(
            "Ada",
            "Lovelace",
            Optional.empty(),
            "ada@example.org",
            "0123456789",
            "Paris",
            Members.PASSWORD.toCharArray(),
            "V3/2018",
            true,
            null,
            Channel.WEB);

    Member member = club.members().findById(registration.register(form)).orElseThrow();

    assertTrue(member.visibility().values().stream().allMatch(Visibility.SERVICE_ONLY::equals));
    assertEquals(Optional.empty(), member.identity().organisation());
  }

  @Test
  @DisplayName("R-MEM-2 registration reads the terms version in force on the clock's day")
  void currentVersionFollowsTheClock() {
    TermsVersion v4 = new TermsVersion("V4/2025", LocalDate.of(2025, 3, 11));
    InMemoryClubAide club2 =
        InMemoryClubAide.withTerms(FixedTermsCatalogue.of(FixedTermsCatalogue.V3_2018, v4));
    var onNewTerms = Members.aRegistration().termsVersion("V4/2025").build();

    assertThrows(RuleViolationException.class, () -> club2.registration().register(onNewTerms));
    club2.clock().advanceDays(1);
    MemberId id = club2.registration().register(onNewTerms);

    assertTrue(club2.members().findById(id).orElseThrow().hasAccepted(v4));
  }
}
