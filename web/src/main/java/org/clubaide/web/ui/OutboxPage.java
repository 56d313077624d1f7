package org.clubaide.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.notification.Delivery;
import org.clubaide.core.notification.DeliveryStatus;
import org.clubaide.core.notification.NotificationCursor;
import org.clubaide.core.notification.NotificationId;
import org.clubaide.core.notification.NotificationService;
import org.clubaide.core.shared.DomainException;
import org.clubaide.web.notification.NotificationJobs;
import org.clubaide.web.notification.NotificationSettings;
import org.clubaide.web.security.CurrentActor;

/**
 * The administrators' page of the e-mails the platform sends (R-REQ-7, R-REQ-8): how many wait,
 * were sent or failed for good, whether an SMTP server is configured, when the sending and the
 * checks on dates last ran, and the e-mails of one status, newest first, a page at a time; a failed
 * e-mail is sent again from here once its cause is fixed. Only metadata is shown: never an
 * e-mail's text, which may hold a personal link.
 */
@Named("outbox")
@ViewScoped
public class OutboxPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** E-mails per page. */
  static final int PAGE = 50;

  @Inject transient NotificationService notifications;
  @Inject transient NotificationSettings settings;
  @Inject transient NotificationJobs jobs;
  @Inject transient CurrentActor actor;
  @Inject transient Transactions tx;

  private String status = DeliveryStatus.FAILED.name();
  private final List<NotificationCursor> previous = new ArrayList<>();
  private NotificationCursor after;
  private transient List<Delivery> page;
  private transient Map<DeliveryStatus, Long> counts;

  /** The status shown: PENDING, SENT or FAILED (the default); anything else shows the failed. */
  public String getStatus() {
    return status;
  }

  /** Chooses the status shown (the view parameter). */
  public void setStatus(String status) {
    String wanted = status == null ? "" : status.strip().toUpperCase(Locale.ROOT);
    this.status =
        List.of("PENDING", "SENT", "FAILED").contains(wanted)
            ? wanted
            : DeliveryStatus.FAILED.name();
  }

  /** The statuses, in the order of the filter. */
  public List<String> getStatuses() {
    return List.of("FAILED", "PENDING", "SENT");
  }

  /** How many e-mails have the status. */
  public long count(String of) {
    if (counts == null) {
      counts = notifications.deliveryCounts(actor.require());
    }
    return counts.getOrDefault(DeliveryStatus.valueOf(of), 0L);
  }

  /** The e-mails of the page. */
  public List<Delivery> getEmails() {
    if (page == null) {
      page =
          notifications.deliveries(
              actor.require(), DeliveryStatus.valueOf(status), Optional.ofNullable(after), PAGE);
    }
    return page;
  }

  /** Whether another page may follow. */
  public boolean isMore() {
    return getEmails().size() == PAGE;
  }

  /** Whether this is not the first page. */
  public boolean isNotFirst() {
    return after != null;
  }

  /** Shows the next page. */
  public void next() {
    List<Delivery> shown = getEmails();
    if (!shown.isEmpty()) {
      previous.add(after);
      after = NotificationCursor.after(shown.get(shown.size() - 1).notification());
      page = null;
    }
  }

  /** Shows the previous page. */
  public void back() {
    if (!previous.isEmpty()) {
      after = previous.remove(previous.size() - 1);
      page = null;
    }
  }

  /** Sends a failed e-mail again, from now. */
  public String retry(String id) {
    try {
      tx.run(() -> notifications.retry(actor.require(), NotificationId.of(id)));
      Ui.info("admin.outbox.retried");
      return "/admin/outbox.xhtml?faces-redirect=true&status=FAILED";
    } catch (DomainException e) {
      Ui.error(e);
      return null;
    }
  }

  /** Whether an SMTP server is configured; without one, e-mails wait in the outbox. */
  public boolean isSmtpConfigured() {
    return settings.smtpConfigured();
  }

  /** Which server last ran the sending, and when, if it ran. */
  public String getLastDispatch() {
    return jobs.lastRun(NotificationJobs.DISPATCH).map(OutboxPage::readable).orElse(null);
  }

  /** Which server last ran the checks on dates, and when, if they ran. */
  public String getLastChecks() {
    return jobs.lastRun(NotificationJobs.CHECKS).map(OutboxPage::readable).orElse(null);
  }

  private static String readable(String run) {
    return run.replace('|', ' ');
  }
}
