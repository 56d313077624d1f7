package org.clubaide.web.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.notification.CheckProgress;
import org.clubaide.core.notification.DeliveryQueue;
import org.clubaide.core.notification.NotificationDispatcher;
import org.clubaide.core.notification.RecipientDirectory;
import org.clubaide.core.notification.RetrySchedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scheduled sending without an SMTP server: e-mails wait in the outbox, none is lost. */
class NotificationJobsTest {

  @Test
  @DisplayName("without an SMTP server nothing is claimed nor sent; the run is recorded")
  void noSmtpNothingClaimed() {
    Clock clock = Clock.fixed(Instant.parse("2026-03-12T08:00:00Z"), ZoneOffset.UTC);
    Map<String, String> positions = new HashMap<>();
    NotificationJobs jobs = new NotificationJobs();
    jobs.settings =
        new NotificationSettings() {
          @Override
          public boolean smtpConfigured() {
            return false;
          }

          @Override
          public String serverName() {
            return "test-server#1";
          }
        };
    jobs.clock = clock;
    jobs.progress =
        new CheckProgress() {
          @Override
          public Optional<String> position(String check) {
            return Optional.ofNullable(positions.get(check));
          }

          @Override
          public void save(String check, String position, Instant at) {
            positions.put(check, position);
          }
        };
    jobs.dispatcher =
        new NotificationDispatcher(
            untouched(DeliveryQueue.class),
            untouched(RecipientDirectory.class),
            (n, l) -> {
              throw new AssertionError("nothing is rendered");
            },
            mail -> {
              throw new AssertionError("nothing is sent");
            },
            RetrySchedule.DEFAULT,
            Duration.ofMinutes(2),
            clock);
    jobs.self = jobs;

    assertEquals(0, jobs.dispatchDue());
    assertEquals("test-server#1|2026-03-12T08:00:00Z", positions.get(NotificationJobs.DISPATCH));
  }

  /** A port that fails the test if anything calls it. */
  private static <T> T untouched(Class<T> port) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              throw new AssertionError(
                  port.getSimpleName() + "." + method.getName() + " was called");
            }));
  }
}
