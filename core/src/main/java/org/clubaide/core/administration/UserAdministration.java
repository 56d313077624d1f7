package org.clubaide.core.administration;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.PasswordHasher;
import org.clubaide.core.access.PasswordPolicy;
import org.clubaide.core.access.Role;
import org.clubaide.core.network.Partner;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.network.PartnerRegistry;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/**
 * What an administrator does with the logins of the platform (R-PRV-3): creates the logins of the
 * central Service's staff (agents, administrators) and of the partners of the network, changes a
 * staff login's roles, and disables a login (offboarding) or enables it again.
 *
 * <p>Each login gets either an initial password chosen by the administrator, which follows the
 * {@link PasswordPolicy} and is kept only as its hash, its holder changing it through the ordinary
 * password change; or, without one, an invitation by e-mail to choose its own ({@link
 * LoginInvitations}), its password meanwhile a random one that nobody knows. The {@code MEMBER} and {@code PARTNER} roles are never granted nor withdrawn here: they
 * follow the membership (registration, R-MEM-1) and the partner record. At least one enabled
 * administrator always remains, and an administrator cannot disable their own login.
 */
public final class UserAdministration {

  /** The roles an administrator grants and withdraws on a staff login. */
  public static final Set<Role> STAFF_ROLES = Set.copyOf(EnumSet.of(Role.AGENT, Role.ADMIN));

  /** The most characters of a login (an e-mail address, RFC 5321 path limit). */
  public static final int LOGIN_MAX = 254;

  private static final String RULE = "R-PRV-3";
  /** An address with no character that a URL path would have to escape ("/", "{", "}", "%"). */
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s/{}%]+@[^@\\s/{}%]+\\.[^@\\s/{}%]+$");

  private final AccountRepository accounts;
  private final PartnerRegistry partners;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final Clock clock;
  private final Optional<LoginInvitations> invitations;
  private final SecureRandom random = new SecureRandom();

  /**
   * Wires the use cases to their ports.
   *
   * @param accounts where logins are kept
   * @param partners the partners of the network
   * @param hasher hashes the initial passwords
   * @param policy what makes a password acceptable
   * @param clock the Service's clock
   */
  public UserAdministration(
      AccountRepository accounts,
      PartnerRegistry partners,
      PasswordHasher hasher,
      PasswordPolicy policy,
      Clock clock) {
    this(accounts, partners, hasher, policy, clock, Optional.empty());
  }

  /**
   * Wires the use cases to their ports, with invitations: a login created without an initial
   * password is sent one, to choose its own.
   *
   * @param accounts where logins are kept
   * @param partners the partners of the network
   * @param hasher hashes the initial passwords
   * @param policy what makes a password acceptable
   * @param clock the Service's clock
   * @param invitations sends a new login its invitation
   */
  public UserAdministration(
      AccountRepository accounts,
      PartnerRegistry partners,
      PasswordHasher hasher,
      PasswordPolicy policy,
      Clock clock,
      LoginInvitations invitations) {
    this(accounts, partners, hasher, policy, clock, Optional.of(invitations));
  }

  private UserAdministration(
      AccountRepository accounts,
      PartnerRegistry partners,
      PasswordHasher hasher,
      PasswordPolicy policy,
      Clock clock,
      Optional<LoginInvitations> invitations) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.partners = Objects.requireNonNull(partners, "partners");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.invitations = invitations;
  }

  /**
   * Creates the login of a member of the central Service's staff.
   *
   * @param actor the administrator
   * @param email the person's e-mail address, which becomes the login
   * @param roles among {@code AGENT} and {@code ADMIN}, at least one
   * @param initialPassword the password the administrator chose, to be changed by its holder; empty
   *     or {@code null} to send an invitation to choose one instead
   * @return the new login
   * @throws AccessDeniedException unless the actor is an administrator
   * @throws RuleViolationException {@code R-PRV-3} for a malformed e-mail address or roles other
   *     than staff roles, {@code R-PRV-1} for an unacceptable password
   * @throws ConflictException when the login is taken
   */
  public Administration.Login createStaffLogin(
      Actor actor, String email, Set<Role> roles, char[] initialPassword) {
    TermsPublication.requireAdministrator(actor, "create a login");
    String login = loginOf(email);
    Set<Role> granted = staffRoles(roles);
    Account account = newAccount(login, granted, initialPassword);
    accounts.add(account);
    inviteUnlessGiven(login, initialPassword);
    return Administration.Login.of(account);
  }

  /**
   * Gives a partner of the network a login with the role {@code PARTNER}, with which it reads the
   * calls for help sent to it and answers them (R-NET-1).
   *
   * @param actor the administrator
   * @param partnerId the partner, which has no login yet
   * @param email the e-mail address that becomes the login
   * @param initialPassword the password the administrator chose, to be changed by its holder; empty
   *     or {@code null} to send an invitation to choose one instead
   * @return the new login
   * @throws AccessDeniedException unless the actor is an administrator
   * @throws NotFoundException when there is no such partner
   * @throws RuleViolationException {@code R-PRV-3} for a malformed e-mail address, {@code R-PRV-1}
   *     for an unacceptable password
   * @throws ConflictException when the partner has a login already or the login is taken
   */
  public Administration.Login givePartnerLogin(
      Actor actor, PartnerId partnerId, String email, char[] initialPassword) {
    TermsPublication.requireAdministrator(actor, "give a partner a login");
    Objects.requireNonNull(partnerId, "partnerId");
    Partner partner =
        partners.find(partnerId).orElseThrow(() -> new NotFoundException("Partner", partnerId));
    if (partner.login().isPresent()) {
      throw new ConflictException(RULE, "This partner has a login already.");
    }
    String login = loginOf(email);
    Account account = newAccount(login, Set.of(Role.PARTNER), initialPassword);
    accounts.add(account);
    partners.giveLogin(partnerId, login);
    inviteUnlessGiven(login, initialPassword);
    return Administration.Login.of(account);
  }

  /**
   * Replaces the roles of a staff login.
   *
   * @param actor the administrator
   * @param login the staff login
   * @param roles among {@code AGENT} and {@code ADMIN}, at least one
   * @return the login as changed
   * @throws AccessDeniedException unless the actor is an administrator
   * @throws NotFoundException when there is no such login
   * @throws RuleViolationException {@code R-PRV-3} for roles other than staff roles, or a member's
   *     or partner's login, whose role follows the membership or the partner record
   * @throws ConflictException when it would withdraw the role of the last enabled administrator
   */
  public Administration.Login changeRoles(Actor actor, String login, Set<Role> roles) {
    TermsPublication.requireAdministrator(actor, "change the roles of a login");
    Account account = existing(login);
    Set<Role> granted = staffRoles(roles);
    RuleViolationException.require(
        Administration.Login.of(account).staff(),
        RULE,
        "roles",
        "This login is a member's or a partner's: its role follows the membership or the partner"
            + " record and is not changed here.");
    if (account.enabledAdministrator() && !granted.contains(Role.ADMIN)) {
      requireAnotherAdministrator("withdraw the administrator role from");
    }
    accounts.changeRoles(account.login(), granted);
    return Administration.Login.of(
        new Account(
            account.login(),
            account.passwordHash(),
            granted,
            account.member(),
            account.createdAt(),
            account.disabledAt()));
  }

  /**
   * Disables a login (offboarding): it can no longer log in, and a session or access token opened
   * with it stops working at its next request. Disabling a disabled login changes nothing.
   *
   * @param actor the administrator
   * @param login the login
   * @return the login as changed
   * @throws AccessDeniedException unless the actor is an administrator
   * @throws NotFoundException when there is no such login
   * @throws RuleViolationException {@code R-PRV-3} when it is the actor's own login
   * @throws ConflictException when it is the last enabled administrator's
   */
  public Administration.Login disable(Actor actor, String login) {
    TermsPublication.requireAdministrator(actor, "disable a login");
    Account account = existing(login);
    RuleViolationException.require(
        !account.login().equals(normalised(actor.login())),
        RULE,
        "login",
        "An administrator cannot disable their own login; another administrator can.");
    if (!account.enabled()) {
      return Administration.Login.of(account);
    }
    if (account.enabledAdministrator()) {
      requireAnotherAdministrator("disable");
    }
    Account disabled =
        new Account(
            account.login(),
            account.passwordHash(),
            account.roles(),
            account.member(),
            account.createdAt(),
            Optional.of(clock.instant()));
    accounts.changeDisabledAt(account.login(), disabled.disabledAt());
    return Administration.Login.of(disabled);
  }

  /**
   * Enables a disabled login again; enabling an enabled login changes nothing.
   *
   * @param actor the administrator
   * @param login the login
   * @return the login as changed
   * @throws AccessDeniedException unless the actor is an administrator
   * @throws NotFoundException when there is no such login
   */
  public Administration.Login enable(Actor actor, String login) {
    TermsPublication.requireAdministrator(actor, "enable a login");
    Account account = existing(login);
    if (account.enabled()) {
      return Administration.Login.of(account);
    }
    accounts.changeDisabledAt(account.login(), Optional.empty());
    return Administration.Login.of(
        new Account(
            account.login(),
            account.passwordHash(),
            account.roles(),
            account.member(),
            account.createdAt()));
  }

  /**
   * One login as administrators see it, for the page that changes it.
   *
   * @param actor the administrator
   * @param login the login name, whatever its case
   * @return the login, if it exists
   * @throws AccessDeniedException unless the actor is an administrator
   */
  public Optional<Administration.Login> find(Actor actor, String login) {
    TermsPublication.requireAdministrator(actor, "read a login");
    return Optional.ofNullable(login)
        .filter(l -> !l.isBlank())
        .flatMap(accounts::findByLogin)
        .map(Administration.Login::of);
  }

  private Account newAccount(String login, Set<Role> roles, char[] initialPassword) {
    if (accounts.findByLogin(login).isPresent()) {
      throw new ConflictException(RULE, "The login " + login + " is taken.");
    }
    char[] password;
    if (given(initialPassword)) {
      policy.check(initialPassword, "password");
      password = initialPassword;
    } else {
      RuleViolationException.require(
          invitations.isPresent(),
          "R-PRV-1",
          "password",
          "Give the login an initial password: invitations by e-mail are not available here.");
      password = unknownPassword();
    }
    return new Account(login, hasher.hash(password), roles, Optional.empty(), clock.instant());
  }

  private static boolean given(char[] password) {
    return password != null && password.length > 0;
  }

  private void inviteUnlessGiven(String login, char[] initialPassword) {
    if (!given(initialPassword)) {
      invitations.orElseThrow().invite(login);
    }
  }

  /** 32 random bytes as text: a password nobody knows, until the invitation's link sets one. */
  private char[] unknownPassword() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
  }

  private Account existing(String login) {
    return Optional.ofNullable(login)
        .filter(l -> !l.isBlank())
        .flatMap(accounts::findByLogin)
        .orElseThrow(() -> new NotFoundException("Login", login));
  }

  private void requireAnotherAdministrator(String action) {
    if (accounts.countEnabledAdministrators() <= 1) {
      throw new ConflictException(
          RULE,
          "Cannot "
              + action
              + " the last enabled administrator: give another login the administrator role"
              + " first.");
    }
  }

  private static Set<Role> staffRoles(Set<Role> roles) {
    RuleViolationException.require(
        roles != null && !roles.isEmpty() && roles.stream().allMatch(Objects::nonNull),
        RULE,
        "roles",
        "Choose at least one role: AGENT or ADMIN.");
    RuleViolationException.require(
        STAFF_ROLES.containsAll(roles),
        RULE,
        "roles",
        "Only the roles AGENT and ADMIN are granted here; MEMBER follows the membership and"
            + " PARTNER the partner record.");
    return Set.copyOf(EnumSet.copyOf(roles));
  }

  private static String loginOf(String email) {
    String login =
        RuleViolationException.requireText(email, LOGIN_MAX, RULE, "login", "The e-mail address");
    login = normalised(login);
    RuleViolationException.require(
        EMAIL.matcher(login).matches(),
        RULE,
        "login",
        "\"" + login + "\" is not an e-mail address.");
    return login;
  }

  private static String normalised(String login) {
    return login.strip().toLowerCase(Locale.ROOT);
  }
}
