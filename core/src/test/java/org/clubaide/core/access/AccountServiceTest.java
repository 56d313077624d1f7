package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.FakePasswordHasher;
import org.clubaide.core.testing.InMemoryAccountRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountServiceTest {

  private static final String CURRENT = "an old long password";
  private static final String LOGIN = "ada@example.org";

  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final AccountService service =
      new AccountService(accounts, hasher, hasher, PasswordPolicy.standard());
  private final MemberId member = MemberId.newId();

  @BeforeEach
  void anAccount() {
    accounts.add(
        new Account(
            LOGIN,
            hasher.hash(CURRENT.toCharArray()),
            Set.of(Role.MEMBER),
            Optional.of(member),
            Instant.parse("2025-03-10T08:00:00Z")));
  }

  private String hash() {
    return accounts.findByLogin(LOGIN).orElseThrow().passwordHash();
  }

  @Test
  @DisplayName("R-PRV-1 a member changes their password by giving the current one")
  void changesPassword() {
    service.changePassword(
        Actor.member(LOGIN, member), CURRENT.toCharArray(), "a brand new passphrase".toCharArray());

    assertTrue(hasher.matches("a brand new passphrase", hash()));
  }

  @Test
  @DisplayName("R-PRV-1 a wrong current password is refused and nothing changes")
  void wrongCurrentPassword() {
    String before = hash();

    WrongPasswordException refused =
        assertThrows(
            WrongPasswordException.class,
            () ->
                service.changePassword(
                    Actor.member(LOGIN, member),
                    "not the password".toCharArray(),
                    "a brand new passphrase".toCharArray()));

    assertEquals("currentPassword", refused.field());
    assertEquals("R-PRV-1", refused.rule());
    assertEquals(before, hash());
    assertThrows(
        WrongPasswordException.class,
        () ->
            service.changePassword(
                Actor.member(LOGIN, member), null, "a brand new passphrase".toCharArray()));
  }

  @Test
  @DisplayName("R-PRV-1 ASVS V2.1.7 a common new password is refused at password change")
  void commonNewPasswordIsRefused() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () ->
                service.changePassword(
                    Actor.member(LOGIN, member),
                    CURRENT.toCharArray(),
                    "1qaz2wsx3edc".toCharArray()));

    assertEquals("newPassword", refused.field());
    assertTrue(hasher.matches(CURRENT, hash()));
  }

  @Test
  @DisplayName("R-PRV-1 the new password differs from the current one")
  void samePasswordIsRefused() {
    RuleViolationException refused =
        assertThrows(
            RuleViolationException.class,
            () ->
                service.changePassword(
                    Actor.member(LOGIN, member), CURRENT.toCharArray(), CURRENT.toCharArray()));

    assertEquals("The new password must differ from the current one.", refused.getMessage());
  }

  @Test
  @DisplayName("R-PRV-1 an actor without an account cannot change a password")
  void noAccount() {
    assertThrows(
        NotFoundException.class,
        () ->
            service.changePassword(
                Actor.agent("ghost"), CURRENT.toCharArray(), "a brand new passphrase".toCharArray()));
  }
}
