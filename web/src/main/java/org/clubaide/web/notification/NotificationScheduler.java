package org.clubaide.web.notification;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduled tasks, as persistent EJB timers: Liberty keeps them in the application's database
 * (the {@code databaseStore} of {@code notifications.xml}), so that with several servers on one
 * database each task runs on exactly one of them, and, with failover on ({@code
 * missedTaskThreshold}), another server takes a task over when its server dies.
 *
 * <ul>
 *   <li>every 5 seconds: send the e-mails due;
 *   <li>every minute: the checks on dates (deadlines near and missed, postponements due, quotes
 *       expiring, participations ending, new terms).
 * </ul>
 *
 * The callbacks manage their own transactions ({@link NotificationJobs}); a failure is logged and
 * the task goes on at its next time.
 */
@jakarta.ejb.Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class NotificationScheduler {

  private static final Logger LOG = Logger.getLogger(NotificationScheduler.class.getName());

  @Inject NotificationJobs jobs;

  /** Sends the e-mails due. */
  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = true, info = "dispatch")
  public void dispatch() {
    try {
      jobs.dispatchDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending the notifications' e-mails failed; next run in 5 s", e);
    }
  }

  /** Runs the checks on dates. */
  @Schedule(hour = "*", minute = "*", persistent = true, info = "deadline-checks")
  public void checkDeadlines() {
    try {
      int written = jobs.checkDeadlines();
      if (written > 0) {
        LOG.info(() -> "Date checks wrote " + written + " notification(s)");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The date checks failed; next run in a minute", e);
    }
  }
}
