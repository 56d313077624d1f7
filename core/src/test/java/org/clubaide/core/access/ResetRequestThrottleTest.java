package org.clubaide.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ResetRequestThrottleTest {

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryLoginFailures counter = new InMemoryLoginFailures();
  private final ResetRequestThrottle throttle = new ResetRequestThrottle(counter, clock, 3);

  @Test
  @DisplayName("R-PRV-1 an address asks for at most so many resets an hour, then waits")
  void limitPerAddress() {
    for (int i = 0; i < 3; i++) {
      assertTrue(throttle.request("192.0.2.7").allowed());
      clock.advance(Duration.ofMinutes(10));
    }

    LoginThrottle.Verdict refused = throttle.request("192.0.2.7");

    assertFalse(refused.allowed());
    assertEquals(Duration.ofMinutes(30), ((LoginThrottle.Verdict.Refused) refused).retryAfter());
    assertTrue(throttle.request("198.51.100.1").allowed(), "another address is not concerned");
    assertTrue(throttle.request(null).allowed());
    clock.advance(Duration.ofMinutes(30));
    assertTrue(throttle.request("192.0.2.7").allowed(), "the first request aged out");
  }

  @Test
  @DisplayName("R-PRV-1 reset requests are counted apart from failed logins")
  void apartFromLogins() {
    throttle.request("192.0.2.7");

    assertEquals(
        0,
        counter.since(ThrottleKey.address("192.0.2.7"), clock.instant().minusSeconds(60)).count());
    assertEquals(
        1,
        counter
            .since(ThrottleKey.resetRequests("192.0.2.7"), clock.instant().minusSeconds(60))
            .count());
    assertTrue(ThrottleKey.resetRequests("192.0.2.7").value().startsWith("reset:"));
  }

  @Test
  @DisplayName("R-PRV-1 a throttle allows at least one request")
  void atLeastOne() {
    assertThrows(IllegalArgumentException.class, () -> new ResetRequestThrottle(counter, clock, 0));
  }

  @Test
  @DisplayName("R-PRV-1 requests older than the hour are purged")
  void purge() {
    throttle.request("192.0.2.7");
    clock.advance(Duration.ofMinutes(61));

    throttle.request("198.51.100.1");

    assertEquals(
        0,
        counter
            .since(ThrottleKey.resetRequests("192.0.2.7"), clock.instant().minus(Duration.ofDays(1)))
            .count());
  }
}
