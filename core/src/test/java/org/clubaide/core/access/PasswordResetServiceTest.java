package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.FakePasswordHasher;
import org.clubaide.core.testing.InMemoryAccountRepository;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordResetServiceTest {

  private static final String MEMBER_LOGIN = "ada@example.org";
  private static final String OLD = "an old long password";
  private static final String NEW = "a brand new passphrase";

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  private final InMemoryPasswordResets resets = new InMemoryPasswordResets();
  private final List<ResetMailer.Link> sent = new ArrayList<>();
  private final FakePasswordHasher hasher = new FakePasswordHasher();
  private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
  private final LoginThrottle throttle = new LoginThrottle(failures, clock, 5, Duration.ofHours(1));
  private final ApiTokenService tokens = new ApiTokenService(new InMemoryApiTokens(), clock);
  private final PasswordResetService service =
      new PasswordResetService(
          accounts,
          resets,
          sent::add,
          hasher,
          PasswordPolicy.standard(),
          throttle,
          tokens,
          clock);

  @BeforeEach
  void accounts() {
    accounts.add(account(MEMBER_LOGIN, Optional.of(MemberId.newId()), Role.MEMBER));
    accounts.add(account("admin", Optional.empty(), Role.ADMIN));
    accounts.add(account("agent@club.example", Optional.empty(), Role.AGENT));
  }

  private Account account(String login, Optional<MemberId> member, Role role) {
    return new Account(
        login, hasher.hash(OLD.toCharArray()), Set.of(role), member, clock.instant());
  }

  private String hashOf(String login) {
    return accounts.findByLogin(login).orElseThrow().passwordHash();
  }

  private String lastToken() {
    return sent.get(sent.size() - 1).token();
  }

  @Test
  @DisplayName(
      "R-PRV-1 R-PRV-3 a disabled login gets no link, cannot be invited, and its outstanding link"
          + " stops working")
  void disabledLogin() {
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();
    accounts.changeDisabledAt(MEMBER_LOGIN, Optional.of(clock.instant()));
    String before = hashOf(MEMBER_LOGIN);

    service.requestReset(MEMBER_LOGIN);

    assertEquals(1, sent.size(), "no second link for a disabled login");
    assertThrows(
        InvalidResetLinkException.class, () -> service.completeReset(token, NEW.toCharArray()));
    assertEquals(before, hashOf(MEMBER_LOGIN));
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> service.invite(MEMBER_LOGIN));
    assertEquals("R-PRV-1", refused.rule());
  }

  @Test
  @DisplayName("R-PRV-1 a password set with a link revokes the login's active access tokens")
  void resetRevokesTokens() {
    Actor member = accounts.findByLogin(MEMBER_LOGIN).orElseThrow().toActor();
    IssuedToken issued = tokens.create(member, "script", 30);
    service.requestReset(MEMBER_LOGIN);

    service.completeReset(lastToken(), NEW.toCharArray());

    assertTrue(tokens.authenticate(issued.secret()).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-1 a member who forgot their password receives a one-hour link by e-mail")
  void requestSendsALink() {
    service.requestReset("  Ada@Example.org ");

    assertEquals(1, sent.size());
    ResetMailer.Link link = sent.get(0);
    PasswordReset reset = link.reset();
    assertEquals(MEMBER_LOGIN, reset.login());
    assertEquals(PasswordReset.Purpose.RESET, reset.purpose());
    assertEquals(clock.instant().plus(Duration.ofHours(1)), reset.expiresAt());
    assertTrue(link.token().matches("[A-Za-z0-9_-]{43}"), "256 bits in Base64url");
    assertEquals(TokenDigest.of(link.token()), reset.digest());
    assertEquals(List.of(reset), resets.all());
    assertFalse(link.toString().contains(link.token()), "the secret stays out of logs");
  }

  @Test
  @DisplayName("R-PRV-1 only the digest of a link is kept, and every link is different")
  void onlyDigestsAreKept() {
    service.requestReset(MEMBER_LOGIN);
    service.requestReset(MEMBER_LOGIN);

    assertNotEquals(sent.get(0).token(), sent.get(1).token());
    for (PasswordReset reset : resets.all()) {
      assertFalse(reset.toString().contains(sent.get(0).token()));
      assertFalse(reset.toString().contains(sent.get(1).token()));
    }
  }

  @Test
  @DisplayName(
      "R-PRV-1 an unknown, malformed or missing address gets the same outcome and no e-mail")
  void unknownAddress() {
    service.requestReset("nobody@example.org");
    service.requestReset("not an address");
    service.requestReset(null);
    service.requestReset("x".repeat(250) + "@example.org");
    service.requestReset("admin");

    assertTrue(sent.isEmpty());
    assertTrue(resets.all().isEmpty());
  }

  @Test
  @DisplayName("R-PRV-1 a login that is an e-mail address, not a member's, can reset too")
  void nonMemberLoginWithAnAddress() {
    service.requestReset("agent@club.example");

    assertEquals("agent@club.example", sent.get(0).reset().login());
  }

  @Test
  @DisplayName(
      "R-PRV-1 at most three reset e-mails per login and hour; further requests are silent")
  void capPerHour() {
    for (int i = 0; i < 5; i++) {
      service.requestReset(MEMBER_LOGIN);
      clock.advance(Duration.ofMinutes(5));
    }
    assertEquals(3, sent.size());

    clock.advance(Duration.ofMinutes(41));
    service.requestReset(MEMBER_LOGIN);

    assertEquals(4, sent.size(), "the first request of the hour aged out");
  }

  @Test
  @DisplayName("R-PRV-1 a link sets the new password once, and the old one no longer works")
  void completeSetsThePassword() {
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();

    String login = service.completeReset(token, NEW.toCharArray());

    assertEquals(MEMBER_LOGIN, login);
    assertTrue(hasher.matches(NEW, hashOf(MEMBER_LOGIN)));
    assertFalse(hasher.matches(OLD, hashOf(MEMBER_LOGIN)));
    assertEquals(PasswordReset.Status.USED, resets.all().get(0).statusAt(clock.instant()));
  }

  @Test
  @DisplayName("R-PRV-1 a used link cannot be used again")
  void singleUse() {
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();
    service.completeReset(token, NEW.toCharArray());
    String hash = hashOf(MEMBER_LOGIN);

    InvalidResetLinkException refused =
        assertThrows(
            InvalidResetLinkException.class,
            () -> service.completeReset(token, "yet another passphrase".toCharArray()));

    assertEquals(InvalidResetLinkException.MESSAGE, refused.getMessage());
    assertEquals("token", refused.field());
    assertEquals("R-PRV-1", refused.rule());
    assertEquals(hash, hashOf(MEMBER_LOGIN));
  }

  @Test
  @DisplayName("R-PRV-1 a link no longer works one hour after it was sent")
  void expiry() {
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();
    clock.advance(Duration.ofMinutes(59));
    String before = hashOf(MEMBER_LOGIN);

    clock.advance(Duration.ofMinutes(1));

    assertThrows(
        InvalidResetLinkException.class, () -> service.completeReset(token, NEW.toCharArray()));
    assertEquals(before, hashOf(MEMBER_LOGIN));
  }

  @Test
  @DisplayName("R-PRV-1 a link still works a moment before its hour is over")
  void justBeforeExpiry() {
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();
    clock.advance(Duration.ofMinutes(59).plusSeconds(59));

    service.completeReset(token, NEW.toCharArray());

    assertTrue(hasher.matches(NEW, hashOf(MEMBER_LOGIN)));
  }

  @Test
  @DisplayName("R-PRV-1 using one link voids every other outstanding link of the login")
  void voidsTheOthers() {
    service.requestReset(MEMBER_LOGIN);
    String first = lastToken();
    service.requestReset(MEMBER_LOGIN);
    String second = lastToken();
    service.requestReset("agent@club.example");
    String othersLink = lastToken();

    service.completeReset(second, NEW.toCharArray());

    assertThrows(
        InvalidResetLinkException.class,
        () -> service.completeReset(first, "yet another passphrase".toCharArray()));
    assertEquals(PasswordReset.Status.VOIDED, resets.all().get(0).statusAt(clock.instant()));
    service.completeReset(othersLink, NEW.toCharArray());
    assertTrue(hasher.matches(NEW, hashOf("agent@club.example")), "another login's link works");
  }

  @Test
  @DisplayName("R-PRV-1 an unknown or malformed link gets the same refusal")
  void unknownOrMalformedLink() {
    for (String token :
        new String[] {null, "", "short", "A".repeat(43), "a".repeat(42) + "!", "B".repeat(44)}) {
      InvalidResetLinkException refused =
          assertThrows(
              InvalidResetLinkException.class,
              () -> service.completeReset(token, NEW.toCharArray()));
      assertEquals(InvalidResetLinkException.MESSAGE, refused.getMessage());
    }
  }

  @Test
  @DisplayName(
      "R-PRV-1 the new password follows the policy, and a refused one keeps the link usable")
  void policy() {
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();

    RuleViolationException tooShort =
        assertThrows(
            RuleViolationException.class,
            () -> service.completeReset(token, "short".toCharArray()));
    assertEquals("newPassword", tooShort.field());
    assertFalse(tooShort instanceof InvalidResetLinkException);
    RuleViolationException common =
        assertThrows(
            RuleViolationException.class,
            () -> service.completeReset(token, "password1234".toCharArray()));
    assertEquals("newPassword", common.field());
    assertThrows(RuleViolationException.class, () -> service.completeReset(token, null));
    assertTrue(hasher.matches(OLD, hashOf(MEMBER_LOGIN)));

    service.completeReset(token, NEW.toCharArray());

    assertTrue(hasher.matches(NEW, hashOf(MEMBER_LOGIN)));
  }

  @Test
  @DisplayName("R-PRV-1 choosing a new password forgets the login's failed logins")
  void clearsTheThrottle() {
    for (int i = 0; i < 5; i++) {
      throttle.failed(MEMBER_LOGIN, "192.0.2." + i);
    }
    assertFalse(throttle.check(MEMBER_LOGIN, "198.51.100.1").allowed());
    service.requestReset(MEMBER_LOGIN);

    service.completeReset(lastToken(), NEW.toCharArray());

    assertTrue(throttle.check(MEMBER_LOGIN, "198.51.100.1").allowed());
  }

  @Test
  @DisplayName("R-PRV-1 a link whose login was closed meanwhile is refused like any invalid link")
  void closedAccount() {
    MemberId member = accounts.findByLogin(MEMBER_LOGIN).orElseThrow().member().orElseThrow();
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();
    accounts.closeAccountsOf(member);

    assertThrows(
        InvalidResetLinkException.class, () -> service.completeReset(token, NEW.toCharArray()));
  }

  @Test
  @DisplayName("R-PRV-1 a link used by a concurrent request at the same moment is refused")
  void raceLost() {
    service.requestReset(MEMBER_LOGIN);
    String token = lastToken();
    PasswordReset reset = resets.all().get(0);
    PasswordResetRepository racing =
        new PasswordResetRepository() {
          @Override
          public void add(PasswordReset r) {
            resets.add(r);
          }

          @Override
          public Optional<PasswordReset> findByDigest(TokenDigest digest) {
            return resets.findByDigest(digest);
          }

          @Override
          public long countIssuedSince(String login, PasswordReset.Purpose p, Instant since) {
            return resets.countIssuedSince(login, p, since);
          }

          @Override
          public boolean markUsed(UUID id, Instant at) {
            resets.markUsed(id, at);
            return false;
          }

          @Override
          public int voidOutstanding(String login, Instant at) {
            return resets.voidOutstanding(login, at);
          }
        };
    PasswordResetService other =
        new PasswordResetService(
            accounts,
            racing,
            sent::add,
            hasher,
            PasswordPolicy.standard(),
            throttle,
            new ApiTokenService(new InMemoryApiTokens(), clock),
            clock);

    assertThrows(
        InvalidResetLinkException.class, () -> other.completeReset(token, NEW.toCharArray()));
    assertTrue(hasher.matches(OLD, hashOf(MEMBER_LOGIN)));
    assertEquals(reset.id(), resets.all().get(0).id());
  }

  @Test
  @DisplayName("R-PRV-1 a new login is invited to choose its password with a 72-hour link")
  void invitation() {
    PasswordReset invitation = service.invite("Agent@Club.example");

    assertEquals(PasswordReset.Purpose.INVITATION, invitation.purpose());
    assertEquals(clock.instant().plus(Duration.ofHours(72)), invitation.expiresAt());
    assertEquals(invitation, sent.get(0).reset());
    String token = lastToken();
    clock.advance(Duration.ofHours(71));

    service.completeReset(token, NEW.toCharArray());

    assertTrue(hasher.matches(NEW, hashOf("agent@club.example")));
  }

  @Test
  @DisplayName("R-PRV-1 an invitation expires after 72 hours")
  void invitationExpires() {
    service.invite(MEMBER_LOGIN);
    String token = lastToken();
    clock.advance(Duration.ofHours(72));

    assertThrows(
        InvalidResetLinkException.class, () -> service.completeReset(token, NEW.toCharArray()));
  }

  @Test
  @DisplayName("R-PRV-1 an invitation needs an existing login that is an e-mail address")
  void invitationNeedsAnAddress() {
    assertThrows(NotFoundException.class, () -> service.invite("nobody@example.org"));
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> service.invite("admin"));
    assertEquals("login", refused.field());
    assertTrue(sent.isEmpty());
  }

  @Test
  @DisplayName("R-PRV-1 invitations do not count against the cap of reset e-mails")
  void invitationsAndCap() {
    service.invite(MEMBER_LOGIN);
    service.invite(MEMBER_LOGIN);
    service.invite(MEMBER_LOGIN);

    service.requestReset(MEMBER_LOGIN);

    assertEquals(4, sent.size());
  }
}
