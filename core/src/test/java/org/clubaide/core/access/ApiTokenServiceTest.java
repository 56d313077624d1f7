package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokenServiceTest {

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryApiTokens tokens = new InMemoryApiTokens();
  private final ApiTokenService service = new ApiTokenService(tokens, clock);
  private final Actor ada = Actor.member("ada@example.org", MemberId.newId());
  private final Actor bob = Actor.member("bob@example.org", MemberId.newId());

  @Test
  @DisplayName("R-PRV-1 a created token authenticates its login and only its digest is kept")
  void createAndUse() {
    IssuedToken issued = service.create(ada, "backup script", 30);

    assertTrue(issued.secret().matches("cat_[A-Za-z0-9_-]{43}"), issued.secret());
    ApiToken kept = tokens.all().get(0);
    assertEquals(TokenDigest.of(issued.secret()), kept.digest());
    assertFalse(kept.toString().contains(issued.secret()), "the record never holds the secret");
    assertFalse(issued.toString().contains(issued.secret()), "nor does its text form");
    assertEquals("ada@example.org", kept.login());
    assertEquals("backup script", kept.name());
    assertEquals(clock.instant().plus(Duration.ofDays(30)), kept.expiresAt());
    assertEquals(Optional.of(kept), service.authenticate(issued.secret()));
  }

  @Test
  @DisplayName(
      "R-PRV-1 a password reset revokes every active token of the login, and no one else's")
  void revokeAllOfALogin() {
    IssuedToken first = service.create(ada, "one", null);
    IssuedToken second = service.create(ada, "two", null);
    service.revoke(ada, second.token().id());
    IssuedToken bobs = service.create(bob, "bob", null);

    int revoked = service.revokeAllOf("ada@example.org");

    assertEquals(1, revoked, "the one still active");
    assertTrue(service.authenticate(first.secret()).isEmpty());
    assertTrue(service.authenticate(bobs.secret()).isPresent());
  }

  @Test
  @DisplayName("R-PRV-1 two tokens never share a secret")
  void secretsDiffer() {
    assertNotEquals(
        service.create(ada, "one", null).secret(), service.create(ada, "two", null).secret());
  }

  @Test
  @DisplayName("R-PRV-1 a token without a validity lasts 90 days and stops working then")
  void expiry() {
    IssuedToken issued = service.create(ada, "ci", null);
    assertEquals(
        clock.instant().plus(Duration.ofDays(ApiTokenService.DEFAULT_VALIDITY_DAYS)),
        issued.token().expiresAt());

    clock.advance(Duration.ofDays(90).minusSeconds(1));
    assertTrue(service.authenticate(issued.secret()).isPresent());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(service.authenticate(issued.secret()).isEmpty());
    assertEquals(ApiToken.Status.EXPIRED, issued.token().statusAt(clock.instant()));
  }

  @Test
  @DisplayName("R-PRV-1 a revoked token no longer authenticates and stays listed as revoked")
  void revoke() {
    IssuedToken issued = service.create(ada, "laptop", 10);

    ApiToken revoked = service.revoke(ada, issued.token().id());

    assertEquals(Optional.of(clock.instant()), revoked.revokedAt());
    assertTrue(service.authenticate(issued.secret()).isEmpty());
    assertEquals(ApiToken.Status.REVOKED, service.list(ada).get(0).statusAt(clock.instant()));
  }

  @Test
  @DisplayName("R-PRV-1 revoking a token twice keeps the first revocation")
  void revokeTwice() {
    IssuedToken issued = service.create(ada, "laptop", 10);
    ApiToken first = service.revoke(ada, issued.token().id());
    clock.advance(Duration.ofHours(1));

    ApiToken second = service.revoke(ada, issued.token().id());

    assertEquals(first.revokedAt(), second.revokedAt());
    assertSame(second, second.revoke(clock.instant()));
  }

  @Test
  @DisplayName("R-PRV-3 nobody sees or revokes another login's token: it is not found")
  void othersTokens() {
    IssuedToken issued = service.create(ada, "laptop", 10);

    assertTrue(service.list(bob).isEmpty());
    assertThrows(NotFoundException.class, () -> service.revoke(bob, issued.token().id()));
    assertThrows(NotFoundException.class, () -> service.revoke(ada, ApiTokenId.newId()));
    assertTrue(service.authenticate(issued.secret()).isPresent());
  }

  @Test
  @DisplayName("R-PRV-1 the list shows the login's tokens, newest first")
  void listNewestFirst() {
    service.create(ada, "first", 10);
    clock.advance(Duration.ofMinutes(1));
    service.create(ada, "second", 10);
    service.create(bob, "bob's", 10);

    assertEquals(
        java.util.List.of("second", "first"), service.list(ada).stream().map(ApiToken::name).toList());
  }

  @Test
  @DisplayName("R-PRV-1 an agent has tokens of their own too")
  void agentTokens() {
    IssuedToken issued = service.create(Actors.agent(), "queue monitor", 1);

    assertEquals(Actors.agent().login(), service.authenticate(issued.secret()).orElseThrow().login());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, ApiTokenService.MAX_VALIDITY_DAYS + 1})
  @DisplayName("R-PRV-1 a token is valid for 1 to 365 days")
  void validityBounds(int days) {
    RuleViolationException refused =
        assertThrows(RuleViolationException.class, () -> service.create(ada, "x", days));

    assertEquals("validityDays", refused.field());
    assertTrue(tokens.all().isEmpty());
  }

  @Test
  @DisplayName("R-PRV-1 a token needs a name of at most 60 characters")
  void nameRequired() {
    assertEquals(
        "name",
        assertThrows(RuleViolationException.class, () -> service.create(ada, "  ", 1)).field());
    assertEquals(
        "name",
        assertThrows(RuleViolationException.class, () -> service.create(ada, "x".repeat(61), 1))
            .field());
    assertEquals("x".repeat(60), service.create(ada, " " + "x".repeat(60) + " ", 1).token().name());
  }

  @Test
  @DisplayName("R-PRV-1 a login has at most 20 active tokens; revoked and expired ones do not count")
  void activeLimit() {
    for (int i = 0; i < ApiTokenService.MAX_ACTIVE_TOKENS; i++) {
      service.create(ada, "token " + i, 1 + i % 2);
    }
    assertThrows(RuleViolationException.class, () -> service.create(ada, "one too many", 1));

    service.revoke(ada, service.list(ada).get(0).id());
    service.create(ada, "after a revocation", 1);
    clock.advance(Duration.ofDays(1));
    assertEquals("after expiry", service.create(ada, "after expiry", 1).token().name());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "cat_",
        "not-a-token",
        "cat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "cat_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
      })
  @DisplayName("R-PRV-1 a value not shaped like a token is refused without a look-up")
  void malformed(String value) {
    assertTrue(service.authenticate(value).isEmpty());
    assertTrue(service.authenticate(null).isEmpty());
  }

  @Test
  @DisplayName("R-MEM-6 the token of a login that can no longer log in is refused")
  void endedLogin() {
    IssuedToken issued = service.create(ada, "laptop", 10);
    tokens.cannotLogIn.add(ada.login());

    assertTrue(service.authenticate(issued.secret()).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-1 a well-shaped secret nobody was given is refused")
  void unknownSecret() {
    service.create(ada, "laptop", 10);

    assertTrue(service.authenticate("cat_" + "A".repeat(43)).isEmpty());
  }
}
