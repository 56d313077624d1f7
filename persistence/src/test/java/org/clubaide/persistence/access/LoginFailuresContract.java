package org.clubaide.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.LoginFailures;
import org.clubaide.core.access.ThrottleKey;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How {@link JpaLoginFailures} counts the failed logins of a key within a window. */
abstract class LoginFailuresContract extends DatabaseContract {

  private static final ThrottleKey ADA = ThrottleKey.account("ada@example.org");
  private static final ThrottleKey HOME = ThrottleKey.address("192.0.2.7");

  private final TestClock clock = TestClock.atServiceStart();

  LoginFailuresContract(Database target) {
    super(target);
  }

  private void record(ThrottleKey key, Instant at) {
    db.run(unit -> unit.adapter(JpaLoginFailures.class).record(key, at));
  }

  private LoginFailures.Tally since(ThrottleKey key, Instant since) {
    return db.inTransaction(unit -> unit.adapter(JpaLoginFailures.class).since(key, since));
  }

  @Test
  @DisplayName("ASVS V2.2.1 failures are counted per key, strictly after the start of the window")
  void countsWithinTheWindow() {
    Instant t0 = clock.instant();
    record(ADA, t0);
    record(ADA, t0.plusSeconds(10));
    record(ADA, t0.plusSeconds(20));
    record(HOME, t0.plusSeconds(30));

    assertEquals(new LoginFailures.Tally(3, Optional.of(t0)), since(ADA, t0.minusNanos(1000)));
    assertEquals(
        new LoginFailures.Tally(2, Optional.of(t0.plusSeconds(10))), since(ADA, t0));
    assertEquals(new LoginFailures.Tally(1, Optional.of(t0.plusSeconds(30))), since(HOME, t0));
    assertEquals(new LoginFailures.Tally(0, Optional.empty()), since(ADA, t0.plusSeconds(20)));
  }

  @Test
  @DisplayName("ASVS V2.2.1 a key's failures are forgotten together, others stay")
  void forgetKey() {
    record(ADA, clock.instant());
    record(HOME, clock.instant());

    db.run(unit -> unit.adapter(JpaLoginFailures.class).forget(ADA));

    assertEquals(0, since(ADA, clock.instant().minusSeconds(1)).count());
    assertEquals(1, since(HOME, clock.instant().minusSeconds(1)).count());
  }

  @Test
  @DisplayName("failures at or before a time are purged, whatever their key")
  void purge() {
    Instant t0 = clock.instant();
    record(ADA, t0);
    record(HOME, t0.plus(Duration.ofMinutes(1)));
    record(HOME, t0.plus(Duration.ofMinutes(2)));

    db.run(unit -> unit.adapter(JpaLoginFailures.class).forgetBefore(t0.plus(Duration.ofMinutes(1))));

    List<?> left =
        db.inTransaction(
            unit ->
                unit.entityManager()
                    .createNativeQuery("SELECT throttle_key FROM login_failure")
                    .getResultList());
    assertEquals(List.of(HOME.value()), left.stream().map(Object::toString).toList());
  }
}
