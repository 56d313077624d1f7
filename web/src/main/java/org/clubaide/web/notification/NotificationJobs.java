package org.clubaide.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.clubaide.core.notification.CheckProgress;
import org.clubaide.core.notification.DeadlineChecks;
import org.clubaide.core.notification.Delivery;
import org.clubaide.core.notification.NotificationDispatcher;

/**
 * What the scheduled tasks do, each step in a transaction of its own: a claim commits before the
 * e-mail goes to the SMTP server (so that no other server takes it while the lease holds), the SMTP
 * conversation runs outside any transaction, and the outcome commits at once. Each run also records
 * which server ran it and when ({@link #lastRun}), for the administrator and the tests.
 */
@ApplicationScoped
public class NotificationJobs {

  /** A run sends for at most this long, well inside the scheduler's failover threshold. */
  static final Duration DISPATCH_BUDGET = Duration.ofSeconds(20);

  /** The progress name under which the sending runs are recorded. */
  public static final String DISPATCH = "run:dispatch";

  /** The progress name under which the date checks' runs are recorded. */
  public static final String CHECKS = "run:deadline-checks";

  private static final Logger LOG = Logger.getLogger(NotificationJobs.class.getName());

  @Inject NotificationDispatcher dispatcher;
  @Inject DeadlineChecks checks;
  @Inject NotificationSettings settings;
  @Inject CheckProgress progress;
  @Inject Clock clock;
  @Inject NotificationJobs self;

  /**
   * Sends the e-mails due, one at a time, for up to {@link #DISPATCH_BUDGET}. Without an SMTP
   * server configured nothing is sent: the e-mails wait in the outbox.
   *
   * @return how many the SMTP server accepted
   */
  public int dispatchDue() {
    self.recordRun(DISPATCH);
    if (!settings.smtpConfigured()) {
      return 0;
    }
    String owner = settings.serverName();
    long stop = System.nanoTime() + DISPATCH_BUDGET.toNanos();
    int sent = 0;
    while (System.nanoTime() < stop) {
      Optional<Delivery> claimed = self.claim(owner);
      if (claimed.isEmpty()) {
        break;
      }
      NotificationDispatcher.Outcome outcome = dispatcher.attempt(claimed.get());
      if (!self.record(claimed.get(), outcome, owner)) {
        LOG.warning(
            () ->
                "The claim on e-mail "
                    + claimed.get().id()
                    + " ran out before its outcome was recorded; another server took it over.");
      }
      if (outcome.sent()) {
        sent++;
      } else {
        LOG.info(
            () ->
                "E-mail "
                    + claimed.get().id()
                    + " not sent (attempt "
                    + claimed.get().attempts()
                    + (outcome.permanent() ? ", permanent" : ", will retry")
                    + "): "
                    + outcome.error());
      }
    }
    return sent;
  }

  /**
   * Runs the date checks once, in one transaction.
   *
   * @return how many notifications they wrote
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int checkDeadlines() {
    progress.save(CHECKS, settings.serverName() + "|" + clock.instant(), clock.instant());
    return checks.run();
  }

  /** Claims the next due e-mail for this server, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Delivery> claim(String owner) {
    return dispatcher.claimNext(owner);
  }

  /** Records an attempt's outcome, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean record(Delivery delivery, NotificationDispatcher.Outcome outcome, String owner) {
    return dispatcher.record(delivery, outcome, owner);
  }

  /** Records that this server runs a task now. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRun(String task) {
    progress.save(task, settings.serverName() + "|" + clock.instant(), clock.instant());
  }

  /** Which server last ran a task, and when: {@code server|time}; empty if none ran. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<String> lastRun(String task) {
    return progress.position(task);
  }
}
