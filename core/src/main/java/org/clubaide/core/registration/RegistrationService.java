package org.clubaide.core.registration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.PasswordHasher;
import org.clubaide.core.access.PasswordPolicy;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/** Use cases: register a member (R-MEM-1) and create the first administrator. */
public final class RegistrationService {

  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
  private static final int GENERATED_PASSWORD_LENGTH = 24;

  private final MemberRepository members;
  private final AccountRepository accounts;
  private final TermsCatalogue terms;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final Period participationPeriod;
  private final PasswordPolicy passwordPolicy;
  private final SecureRandom random = new SecureRandom();

  /**
   * Wires the use cases to their ports and to the clock that tells the time, with the default
   * participation period of {@link Member#DEFAULT_PARTICIPATION_PERIOD twelve months} (R-MEM-7).
   */
  public RegistrationService(
      MemberRepository members,
      AccountRepository accounts,
      TermsCatalogue terms,
      PasswordHasher hasher,
      Clock clock) {
    this(members, accounts, terms, hasher, clock, Member.DEFAULT_PARTICIPATION_PERIOD);
  }

  /**
   * Wires the use cases with the participation period the deployment chose (R-MEM-7).
   *
   * @param participationPeriod how long a participation runs from registration, positive
   */
  public RegistrationService(
      MemberRepository members,
      AccountRepository accounts,
      TermsCatalogue terms,
      PasswordHasher hasher,
      Clock clock,
      Period participationPeriod) {
    this(members, accounts, terms, hasher, clock, participationPeriod, PasswordPolicy.standard());
  }

  /**
   * Wires the use cases with the participation period and the password policy the deployment
   * chose.
   *
   * @param participationPeriod how long a participation runs from registration, positive
   * @param passwordPolicy what makes a password acceptable (R-PRV-1)
   */
  public RegistrationService(
      MemberRepository members,
      AccountRepository accounts,
      TermsCatalogue terms,
      PasswordHasher hasher,
      Clock clock,
      Period participationPeriod,
      PasswordPolicy passwordPolicy) {
    this.passwordPolicy = Objects.requireNonNull(passwordPolicy, "passwordPolicy");
    this.members = Objects.requireNonNull(members, "members");
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.participationPeriod = Objects.requireNonNull(participationPeriod, "participationPeriod");
    if (participationPeriod.isZero() || participationPeriod.isNegative()) {
      throw new IllegalArgumentException("A participation period is positive");
    }
  }

  /**
   * Registers a visitor as a member with a login (R-MEM-1): the current terms version must have been
   * shown and explicitly accepted, identity and complete contact details given, and the e-mail
   * address not yet registered. Visibility choices are kept, defaulting to service-only (R-MEM-4).
   * The participation runs for the configured period from today (R-MEM-7). Registering is free:
   * nothing is charged, now or later (R-MEM-8).
   *
   * @return the new member's identifier
   * @throws RuleViolationException when the terms were not accepted or a field is wrong
   * @throws ConflictException when the e-mail address is already registered
   */
  public MemberId register(Registration registration) {
    Objects.requireNonNull(registration, "registration");
    TermsVersion current = terms.currentOn(LocalDate.now(clock));
    RuleViolationException.require(
        registration.termsAccepted(),
        "R-MEM-1",
        "termsAccepted",
        "You must accept the terms of the service (version " + current.label() + ") to register.");
    RuleViolationException.require(
        current.label().equals(registration.termsVersion()),
        "R-MEM-2",
        "termsVersion",
        "The terms accepted (\""
            + registration.termsVersion()
            + "\") are not the current version "
            + current.label()
            + ": read and accept the current version.");
    Identity identity =
        new Identity(
            registration.firstName(), registration.lastName(), registration.organisation());
    ContactDetails contact =
        new ContactDetails(
            registration.email(), registration.phone(), registration.postalAddress());
    passwordPolicy.check(registration.password());
    if (accounts.findByLogin(contact.email()).isPresent()
        || members.findByEmail(contact.email()).isPresent()) {
      throw new ConflictException(
          "R-MEM-1", "The e-mail address " + contact.email() + " is already registered.");
    }
    MemberId id = MemberId.newId();
    Member member =
        Member.register(
            id,
            identity,
            contact,
            current,
            registration.channel(),
            registration.visibility(),
            participationPeriod,
            clock);
    members.save(member);
    accounts.add(
        new Account(
            contact.email(),
            hasher.hash(registration.password()),
            Set.of(Role.MEMBER),
            Optional.of(id),
            member.registeredAt()));
    return id;
  }

  /**
   * Creates the first administrator of an installation when no administrator exists yet. The
   * account can act as an agent too.
   *
   * @param login the administrator's login name
   * @param configuredPassword the password set by the operator, if any
   * @return the generated password, to be shown once, when none was configured and an account was
   *     created; empty when an administrator already existed or the configured password was used
   */
  public Optional<String> ensureAdministrator(String login, Optional<String> configuredPassword) {
    RuleViolationException.requireText(login, 254, "R-PRV-1", "login", "The administrator's login");
    if (accounts.anyWithRole(Role.ADMIN)) {
      return Optional.empty();
    }
    String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(this::generatePassword);
    passwordPolicy.check(password.toCharArray());
    accounts.add(
        new Account(
            login,
            hasher.hash(password.toCharArray()),
            Set.of(Role.ADMIN, Role.AGENT),
            Optional.empty(),
            clock.instant()));
    return configuredPassword.filter(p -> !p.isBlank()).isPresent()
        ? Optional.empty()
        : Optional.of(password);
  }

  private String generatePassword() {
    StringBuilder sb = new StringBuilder(GENERATED_PASSWORD_LENGTH);
    for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
      sb.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return sb.toString();
  }
}
