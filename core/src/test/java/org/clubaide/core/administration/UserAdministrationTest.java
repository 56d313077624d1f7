package org.clubaide.core.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.PasswordPolicy;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.PartnerRegistry;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.FakePasswordHasher;
import org.clubaide.core.testing.InMemoryAccountRepository;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {

  private static final String PASSWORD = "a long initial passphrase";

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final Partners partners = new Partners();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final UserAdministration users =
      new UserAdministration(accounts, partners, hasher, PasswordPolicy.standard(), clock);
  private final Actor admin = staff("admin@clubaide.invalid", Role.ADMIN, Role.AGENT);

  @Test
  @DisplayName(
      "R-PRV-3 an administrator creates a staff login: an e-mail address, AGENT and/or ADMIN, an"
          + " initial password kept only as its hash")
  void createsAStaffLogin() {
    Administration.Login login =
        users.createStaffLogin(admin, " Agent.Dupont@Example.org ", Set.of(Role.AGENT), chars(PASSWORD));
    assertEquals("agent.dupont@example.org", login.login());
    assertEquals(Set.of(Role.AGENT), login.roles());
    assertFalse(login.member());
    assertTrue(login.enabled());
    assertTrue(login.staff());
    assertEquals(clock.instant(), login.createdAt());
    Account saved = accounts.findByLogin("agent.dupont@example.org").orElseThrow();
    assertTrue(hasher.matches(PASSWORD, saved.passwordHash()));
    assertFalse(saved.passwordHash().contains(PASSWORD));
    assertEquals(Optional.empty(), saved.member());
  }

  @Test
  @DisplayName(
      "R-PRV-1 R-PRV-3 without an initial password, a new staff or partner login is invited by"
          + " e-mail to choose its own, and nobody knows its password meanwhile")
  void invitedWithoutAnInitialPassword() {
    List<String> invited = new ArrayList<>();
    UserAdministration inviting =
        new UserAdministration(
            accounts, partners, hasher, PasswordPolicy.standard(), clock, invited::add);
    Partner partner = partners.record("Cabinet Invité");

    inviting.createStaffLogin(admin, "Nouvel.Agent@example.org", Set.of(Role.AGENT), null);
    inviting.givePartnerLogin(admin, partner.id(), "cabinet@example.org", new char[0]);

    assertEquals(List.of("nouvel.agent@example.org", "cabinet@example.org"), invited);
    for (String login : invited) {
      String hash = accounts.findByLogin(login).orElseThrow().passwordHash();
      assertFalse(hasher.matches("", hash), login);
      assertFalse(hasher.matches(PASSWORD, hash), login);
    }
  }

  @Test
  @DisplayName(
      "R-PRV-1 where no invitation can be sent, a login without an initial password is refused and"
          + " nothing is saved")
  void initialPasswordNeededWithoutInvitations() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () -> users.createStaffLogin(admin, "sans@example.org", Set.of(Role.AGENT), null));

    assertEquals("R-PRV-1", refused.rule());
    assertEquals(Optional.empty(), accounts.findByLogin("sans@example.org"));
  }

  @Test
  @DisplayName("R-PRV-3 only an administrator administers logins; agents, partners, members cannot")
  void onlyAdministrators() {
    accounts.add(account("agent@example.org", Role.AGENT));
    for (Actor actor : List.of(Actors.agent(), Actors.partner(), Actor.member("m@example.org", MemberId.newId()))) {
      assertThrows(
          AccessDeniedException.class,
          () -> users.createStaffLogin(actor, "x@example.org", Set.of(Role.AGENT), chars(PASSWORD)));
      assertThrows(
          AccessDeniedException.class,
          () -> users.givePartnerLogin(actor, PartnerId.newId(), "x@example.org", chars(PASSWORD)));
      assertThrows(
          AccessDeniedException.class,
          () -> users.changeRoles(actor, "agent@example.org", Set.of(Role.ADMIN)));
      assertThrows(AccessDeniedException.class, () -> users.disable(actor, "agent@example.org"));
      assertThrows(AccessDeniedException.class, () -> users.enable(actor, "agent@example.org"));
    }
    assertEquals(1, accounts.all().size());
    assertTrue(accounts.findByLogin("agent@example.org").orElseThrow().enabled());
  }

  @Test
  @DisplayName(
      "R-PRV-3 a staff login holds at least one role, only AGENT or ADMIN: MEMBER and PARTNER are"
          + " never granted here")
  void staffRolesOnly() {
    for (Set<Role> roles :
        List.of(Set.<Role>of(), Set.of(Role.MEMBER), Set.of(Role.AGENT, Role.PARTNER))) {
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class,
              () -> users.createStaffLogin(admin, "x@example.org", roles, chars(PASSWORD)));
      assertEquals("roles", e.field());
      assertEquals("R-PRV-3", e.rule());
    }
    assertThrows(
        RuleViolationException.class,
        () -> users.createStaffLogin(admin, "x@example.org", null, chars(PASSWORD)));
    Set<Role> withNull = new HashSet<>();
    withNull.add(null);
    assertThrows(
        RuleViolationException.class,
        () -> users.createStaffLogin(admin, "x@example.org", withNull, chars(PASSWORD)));
    assertTrue(accounts.all().isEmpty());
  }

  @Test
  @DisplayName("R-PRV-3 a login is an e-mail address of at most 254 characters")
  void loginIsAnEmailAddress() {
    for (String bad : new String[] {null, " ", "not an address", "a@b", "x".repeat(250) + "@example.org", "a/b@example.org", "a{b}@example.org"}) {
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class,
              () -> users.createStaffLogin(admin, bad, Set.of(Role.AGENT), chars(PASSWORD)));
      assertEquals("login", e.field());
    }
    assertTrue(accounts.all().isEmpty());
  }

  @Test
  @DisplayName("R-PRV-1 the initial password follows the password policy, and nothing is saved otherwise")
  void initialPasswordFollowsThePolicy() {
    for (String bad : new String[] {"short", "            ", "123456789012"}) {
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class,
              () -> users.createStaffLogin(admin, "x@example.org", Set.of(Role.AGENT), chars(bad)));
      assertEquals("password", e.field());
      assertEquals("R-PRV-1", e.rule());
    }
    assertThrows(
        RuleViolationException.class,
        () -> users.createStaffLogin(admin, "x@example.org", Set.of(Role.AGENT), null));
    assertTrue(accounts.all().isEmpty());
    assertEquals(0, hasher.calls());
  }

  @Test
  @DisplayName("R-PRV-3 a login that is taken, whatever its case, is a conflict")
  void takenLogin() {
    users.createStaffLogin(admin, "agent@example.org", Set.of(Role.AGENT), chars(PASSWORD));
    assertThrows(
        ConflictException.class,
        () -> users.createStaffLogin(admin, "AGENT@example.org", Set.of(Role.ADMIN), chars(PASSWORD)));
    assertEquals(Set.of(Role.AGENT), accounts.findByLogin("agent@example.org").orElseThrow().roles());
  }

  @Test
  @DisplayName(
      "R-NET-1 an administrator gives a partner without a login a login with the role PARTNER,"
          + " linked to its record")
  void givesAPartnerALogin() {
    Partner partner = partners.record("Cabinet Conseil");
    Administration.Login login =
        users.givePartnerLogin(admin, partner.id(), "Contact@Cabinet.example", chars(PASSWORD));
    assertEquals("contact@cabinet.example", login.login());
    assertEquals(Set.of(Role.PARTNER), login.roles());
    assertFalse(login.staff());
    assertEquals(Optional.of("contact@cabinet.example"), partners.find(partner.id()).orElseThrow().login());
    assertTrue(hasher.matches(PASSWORD, accounts.findByLogin(login.login()).orElseThrow().passwordHash()));
  }

  @Test
  @DisplayName(
      "R-NET-1 a partner has one login at most; an unknown partner is not found; a taken login is a"
          + " conflict")
  void partnerLoginRefusals() {
    Partner partner = partners.record("Cabinet Conseil");
    users.givePartnerLogin(admin, partner.id(), "one@cabinet.example", chars(PASSWORD));
    assertThrows(
        ConflictException.class,
        () -> users.givePartnerLogin(admin, partner.id(), "two@cabinet.example", chars(PASSWORD)));
    assertThrows(
        NotFoundException.class,
        () -> users.givePartnerLogin(admin, PartnerId.newId(), "three@cabinet.example", chars(PASSWORD)));
    Partner other = partners.record("Expert Comptable");
    assertThrows(
        ConflictException.class,
        () -> users.givePartnerLogin(admin, other.id(), "one@cabinet.example", chars(PASSWORD)));
    assertThrows(
        RuleViolationException.class,
        () -> users.givePartnerLogin(admin, other.id(), "one@cabinet", chars(PASSWORD)));
    assertEquals(Optional.empty(), partners.find(other.id()).orElseThrow().login());
    assertFalse(accounts.findByLogin("two@cabinet.example").isPresent());
  }

  @Test
  @DisplayName("R-PRV-3 an administrator changes a staff login's roles among AGENT and ADMIN")
  void changesRoles() {
    accounts.add(account("agent@example.org", Role.AGENT));
    Administration.Login changed =
        users.changeRoles(admin, "Agent@example.org", Set.of(Role.AGENT, Role.ADMIN));
    assertEquals(Set.of(Role.AGENT, Role.ADMIN), changed.roles());
    assertEquals(
        Set.of(Role.AGENT, Role.ADMIN), accounts.findByLogin("agent@example.org").orElseThrow().roles());
    assertThrows(
        NotFoundException.class, () -> users.changeRoles(admin, "nobody@example.org", Set.of(Role.AGENT)));
    assertThrows(NotFoundException.class, () -> users.changeRoles(admin, null, Set.of(Role.AGENT)));
    assertThrows(
        RuleViolationException.class,
        () -> users.changeRoles(admin, "agent@example.org", Set.of(Role.MEMBER)));
  }

  @Test
  @DisplayName(
      "R-PRV-3 a member's or a partner's role follows the membership or the partner record: it is"
          + " not changed here")
  void memberAndPartnerRolesAreNotChanged() {
    accounts.add(
        new Account(
            "member@example.org", "h", Set.of(Role.MEMBER), Optional.of(MemberId.newId()), clock.instant()));
    accounts.add(account("partner@example.org", Role.PARTNER));
    for (String login : List.of("member@example.org", "partner@example.org")) {
      RuleViolationException e =
          assertThrows(
              RuleViolationException.class,
              () -> users.changeRoles(admin, login, Set.of(Role.AGENT)));
      assertEquals("roles", e.field());
    }
    assertEquals(Set.of(Role.MEMBER), accounts.findByLogin("member@example.org").orElseThrow().roles());
  }

  @Test
  @DisplayName(
      "R-PRV-3 at least one enabled administrator remains: the last one's ADMIN role cannot be"
          + " withdrawn, not even by themself")
  void lastAdministratorKeepsTheRole() {
    accounts.add(account("admin@clubaide.invalid", Role.ADMIN, Role.AGENT));
    assertThrows(
        ConflictException.class,
        () -> users.changeRoles(admin, "admin@clubaide.invalid", Set.of(Role.AGENT)));
    accounts.add(account("second@example.org", Role.ADMIN));
    accounts.changeDisabledAt("second@example.org", Optional.of(clock.instant()));
    assertThrows(
        ConflictException.class,
        () -> users.changeRoles(admin, "admin@clubaide.invalid", Set.of(Role.AGENT)),
        "a disabled administrator does not count");
    users.enable(admin, "second@example.org");
    users.changeRoles(admin, "admin@clubaide.invalid", Set.of(Role.AGENT));
    assertEquals(
        Set.of(Role.AGENT), accounts.findByLogin("admin@clubaide.invalid").orElseThrow().roles());
    assertEquals(1, accounts.countEnabledAdministrators());
  }

  @Test
  @DisplayName(
      "R-PRV-3 an administrator disables a login (offboarding) at the Service's time and enables it"
          + " again; doing either twice changes nothing")
  void disablesAndEnables() {
    accounts.add(account("agent@example.org", Role.AGENT));
    Administration.Login disabled = users.disable(admin, "agent@example.org");
    assertEquals(Optional.of(clock.instant()), disabled.disabledAt());
    assertFalse(accounts.findByLogin("agent@example.org").orElseThrow().enabled());
    clock.advance(Duration.ofHours(1));
    assertEquals(disabled.disabledAt(), users.disable(admin, "agent@example.org").disabledAt());
    assertTrue(users.enable(admin, "agent@example.org").enabled());
    assertTrue(accounts.findByLogin("agent@example.org").orElseThrow().enabled());
    assertTrue(users.enable(admin, "agent@example.org").enabled());
    assertTrue(users.find(admin, "Agent@example.org").orElseThrow().enabled());
    assertEquals(Optional.empty(), users.find(admin, "nobody@example.org"));
    assertEquals(Optional.empty(), users.find(admin, null));
    assertThrows(AccessDeniedException.class, () -> users.find(Actors.agent(), "agent@example.org"));
    assertThrows(NotFoundException.class, () -> users.disable(admin, "nobody@example.org"));
    assertThrows(NotFoundException.class, () -> users.enable(admin, " "));
  }

  @Test
  @DisplayName("R-PRV-3 an administrator cannot disable their own login")
  void notOneself() {
    accounts.add(account("admin@clubaide.invalid", Role.ADMIN));
    accounts.add(account("other@example.org", Role.ADMIN));
    RuleViolationException e =
        assertThrows(RuleViolationException.class, () -> users.disable(admin, "ADMIN@clubaide.invalid"));
    assertEquals("login", e.field());
    assertTrue(accounts.findByLogin("admin@clubaide.invalid").orElseThrow().enabled());
  }

  @Test
  @DisplayName("R-PRV-3 the last enabled administrator cannot be disabled")
  void lastAdministratorStaysEnabled() {
    accounts.add(account("only@example.org", Role.ADMIN, Role.AGENT));
    assertThrows(ConflictException.class, () -> users.disable(admin, "only@example.org"));
    assertTrue(accounts.findByLogin("only@example.org").orElseThrow().enabled());
    accounts.add(account("admin@clubaide.invalid", Role.ADMIN));
    assertFalse(users.disable(admin, "only@example.org").enabled());
  }

  private Account account(String login, Role... roles) {
    return new Account(login, "hash", EnumSet.copyOf(List.of(roles)), Optional.empty(), clock.instant());
  }

  private static Actor staff(String login, Role... roles) {
    return new Actor(login, Optional.empty(), Set.of(roles));
  }

  private static char[] chars(String text) {
    return text.toCharArray();
  }

  /** Partners in memory. */
  private final class Partners implements PartnerRegistry {
    private final List<Partner> all = new ArrayList<>();

    Partner record(String name) {
      Partner p =
          new Partner(
              PartnerId.newId(),
              name,
              Optional.empty(),
              new ContactDetails("contact@example.org", "04 72 00 00 00", "Lyon"),
              List.of("conseil"),
              true);
      add(p);
      return p;
    }

    @Override
    public List<Partner> all() {
      return List.copyOf(all);
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
      return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public void add(Partner partner) {
      all.add(partner);
    }

    @Override
    public void setActive(PartnerId id, boolean active) {
      throw new UnsupportedOperationException("not used here");
    }

    @Override
    public void giveLogin(PartnerId id, String login) {
      Partner p = find(id).orElseThrow();
      all.set(
          all.indexOf(p),
          new Partner(p.id(), p.name(), Optional.of(login), p.contact(), p.skills(), p.active()));
    }
  }
}
