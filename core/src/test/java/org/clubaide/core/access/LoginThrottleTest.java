package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String ADA = "ada@example.org";
  private static final String HOME = "192.0.2.7";

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryLoginFailures failures = new InMemoryLoginFailures();
  private final LoginThrottle throttle = new LoginThrottle(failures, clock);

  private void fail(int times, String login, String address) {
    for (int i = 0; i < times; i++) {
      assertTrue(throttle.check(login, address).allowed(), "attempt " + (i + 1) + " is allowed");
      throttle.failed(login, address);
    }
  }

  @Test
  @DisplayName("ASVS V2.2.1 100 failures on one account are allowed, the 101st attempt is refused")
  void accountLimit() {
    for (int i = 0; i < 100; i++) {
      fail(1, ADA, "198.51.100." + i);
    }

    LoginThrottle.Verdict verdict = throttle.check(ADA, "203.0.113.1");

    LoginThrottle.Verdict.Refused refused =
        assertInstanceOf(LoginThrottle.Verdict.Refused.class, verdict);
    assertEquals(Duration.ofHours(1), refused.retryAfter());
    assertTrue(throttle.check("bob@example.org", "203.0.113.1").allowed(), "other logins go on");
  }

  @Test
  @DisplayName("ASVS V2.2.1 100 failures from one address are allowed, then any login from it is refused")
  void addressLimit() {
    for (int i = 0; i < 100; i++) {
      fail(1, "guess-" + i + "@example.org", HOME);
    }

    assertFalse(throttle.check(ADA, HOME).allowed());
    assertFalse(throttle.check(null, HOME).allowed(), "a token attempt from it too");
    assertTrue(throttle.check(ADA, "203.0.113.1").allowed(), "other addresses go on");
  }

  @Test
  @DisplayName("ASVS V2.2.1 the window slides: a failure stops counting one hour after it happened")
  void slidingWindow() {
    fail(50, ADA, HOME);
    clock.advance(Duration.ofMinutes(30));
    fail(50, ADA, HOME);
    LoginThrottle.Verdict.Refused refused =
        assertInstanceOf(LoginThrottle.Verdict.Refused.class, throttle.check(ADA, HOME));
    assertEquals(Duration.ofMinutes(30), refused.retryAfter());

    clock.advance(Duration.ofMinutes(30).minusSeconds(1));
    assertFalse(throttle.check(ADA, HOME).allowed());
    clock.advance(Duration.ofSeconds(1));
    assertTrue(throttle.check(ADA, HOME).allowed(), "the first fifty aged out");
    fail(50, ADA, HOME);
    assertFalse(throttle.check(ADA, HOME).allowed());
  }

  @Test
  @DisplayName("ASVS V2.2.1 a success forgets the account's failures but not the address's")
  void successForgetsAccountOnly() {
    fail(99, ADA, HOME);
    fail(1, "mallory@example.org", HOME);
    assertFalse(throttle.check("mallory@example.org", HOME).allowed());

    throttle.succeeded(" ADA@example.org ");

    assertTrue(throttle.check(ADA, "203.0.113.1").allowed());
    assertFalse(throttle.check(ADA, HOME).allowed(), "the address stays over its limit");
  }

  @Test
  @DisplayName("ASVS V2.2.1 a login without an account is counted like any other, in lower case")
  void unknownLoginsAreCountedAlike() {
    fail(100, "Nobody@Example.org", "198.51.100.1");

    assertFalse(throttle.check("nobody@example.org", "203.0.113.9").allowed());
  }

  @Test
  @DisplayName("ASVS V2.2.1 the retry delay is rounded up to whole seconds and at least one")
  void retryAfterRounding() {
    LoginThrottle strict = new LoginThrottle(failures, clock, 1, Duration.ofMillis(1500));
    strict.failed(ADA, HOME);
    clock.advance(Duration.ofMillis(1200));

    LoginThrottle.Verdict.Refused refused =
        assertInstanceOf(LoginThrottle.Verdict.Refused.class, strict.check(ADA, HOME));
    assertEquals(Duration.ofSeconds(1), refused.retryAfter());
    assertEquals(1, strict.maxFailures());
    assertEquals(Duration.ofMillis(1500), strict.window());
  }

  @Test
  @DisplayName("failures older than the window are purged at most once a minute")
  void purge() {
    fail(3, ADA, HOME);
    assertEquals(6, failures.size(), "one per login and one per address");
    clock.advance(Duration.ofHours(2));

    throttle.failed("bob@example.org", "203.0.113.1");

    assertEquals(2, failures.size());
    assertEquals(clock.instant(), failures.oldest().orElseThrow());
  }

  @Test
  @DisplayName("the defaults are 100 failures an hour; a limit and a window are positive")
  void defaults() {
    assertEquals(100, throttle.maxFailures());
    assertEquals(Duration.ofHours(1), throttle.window());
    assertThrows(
        IllegalArgumentException.class, () -> new LoginThrottle(failures, clock, 0, Duration.ofHours(1)));
    assertThrows(
        IllegalArgumentException.class, () -> new LoginThrottle(failures, clock, 1, Duration.ZERO));
  }

  @Test
  @DisplayName("ASVS V7.1.1 the counters hold digests, never the login or the address")
  void keysAreDigests() {
    ThrottleKey account = ThrottleKey.account(ADA);
    ThrottleKey address = ThrottleKey.address(HOME);

    assertTrue(account.value().matches("account:[0-9a-f]{32}"), account.value());
    assertTrue(address.value().matches("address:[0-9a-f]{32}"), address.value());
    assertFalse(account.value().contains("ada"));
    assertEquals(account, ThrottleKey.account(" Ada@Example.ORG"));
    assertEquals(account.value().substring(0, 20), account.shortForm());
    throttle.failed(ADA, null);
    assertTrue(failures.has(ThrottleKey.address("unknown")));
    assertThrows(IllegalArgumentException.class, () -> new ThrottleKey("account:ada"));
  }

  @Test
  @DisplayName("a tally's oldest failure exists exactly when a failure was counted")
  void tally() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LoginFailures.Tally(1, java.util.Optional.empty()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LoginFailures.Tally(-1, java.util.Optional.empty()));
  }
}
