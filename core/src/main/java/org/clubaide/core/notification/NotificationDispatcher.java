package org.clubaide.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends the pending e-mails of the outbox, one at a time, in three steps that the application runs
 * in separate transactions: {@link #claimNext claim} (committed before anything is sent, so that no
 * other server takes the same e-mail while the lease holds), {@link #attempt attempt} (no
 * transaction: the SMTP conversation), and {@link #record record} (committed at once).
 *
 * <p><b>Guarantee.</b> Every notification written to the outbox is in the recipient's in-app list
 * exactly once (unique idempotency key per recipient). Its e-mail is handed to the SMTP server at
 * least once while attempts remain: a failed attempt is retried on the {@link RetrySchedule}; a
 * server that dies holding a claim loses it when the lease runs out, and another server sends it.
 * It is sent twice only when a server dies after the SMTP server accepted the e-mail and before the
 * {@code SENT} record committed (a window of one database commit); the copy then carries the same
 * Message-ID and idempotency key, which lets the mail system drop it. Nothing is sent while no SMTP
 * server is configured: the deliveries wait, pending, where the administrator sees them.
 */
public final class NotificationDispatcher {

  /** The default lease: longer than the slowest SMTP conversation the transport allows. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

  private final DeliveryQueue queue;
  private final RecipientDirectory recipients;
  private final NotificationTemplates templates;
  private final MailTransport transport;
  private final RetrySchedule retry;
  private final Duration lease;
  private final Clock clock;

  /**
   * Wires the dispatcher.
   *
   * @param queue the pending deliveries
   * @param recipients addresses and languages
   * @param templates the texts
   * @param transport the SMTP server
   * @param retry when failed attempts are tried again
   * @param lease how long a claim holds
   * @param clock the Service's clock
   */
  public NotificationDispatcher(
      DeliveryQueue queue,
      RecipientDirectory recipients,
      NotificationTemplates templates,
      MailTransport transport,
      RetrySchedule retry,
      Duration lease,
      Clock clock) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.recipients = Objects.requireNonNull(recipients, "recipients");
    this.templates = Objects.requireNonNull(templates, "templates");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.lease = Objects.requireNonNull(lease, "lease");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("A lease is positive");
    }
  }

  /**
   * Step 1, in a transaction of its own: claims the next due delivery for this server.
   *
   * @param owner the server's name, unique in the deployment
   */
  public Optional<Delivery> claimNext(String owner) {
    Instant now = clock.instant();
    return queue.claimNext(owner, now, now.plus(lease));
  }

  /**
   * Step 2, outside any transaction: renders the e-mail in the recipient's language and hands it to
   * the SMTP server. Never throws: the outcome says what happened.
   */
  public Outcome attempt(Delivery delivery) {
    Notification notification = delivery.notification();
    try {
      Optional<String> address = recipients.emailOf(notification.recipient());
      if (address.isEmpty()) {
        return new Outcome(false, true, "The recipient has no e-mail address.");
      }
      Language language = recipients.languageOf(notification.recipient());
      RenderedNotification text = templates.render(notification, language);
      transport.send(
          new OutgoingMail(
              address.get(),
              text.subject(),
              text.body(),
              notification.id(),
              notification.recipient().key() + "/" + notification.idempotencyKey(),
              language));
      return new Outcome(true, false, "");
    } catch (DeliveryFailure e) {
      return new Outcome(false, e.isPermanent(), describe(e));
    } catch (RuntimeException e) {
      return new Outcome(false, false, describe(e));
    }
  }

  /**
   * Step 3, in a transaction of its own: records the outcome and releases the claim. A failure is
   * retried on the schedule, or failed for good when permanent or when no attempt is left.
   *
   * @return false when the claim had run out and another server took the delivery over
   */
  public boolean record(Delivery delivery, Outcome outcome, String owner) {
    Instant now = clock.instant();
    if (outcome.sent()) {
      return queue.recordSent(delivery.id(), owner, now);
    }
    Optional<Instant> next =
        outcome.permanent() ? Optional.empty() : retry.nextAttempt(delivery.attempts(), now);
    return queue.recordFailure(delivery.id(), owner, outcome.error(), next);
  }

  /**
   * Claims, attempts and records up to {@code max} deliveries in turn, for callers without
   * transactions of their own (tests, embedders); an application server runs the steps in separate
   * transactions instead.
   *
   * @return how many were handed to the SMTP server
   */
  public int dispatch(String owner, int max) {
    int sent = 0;
    for (int i = 0; i < max; i++) {
      Optional<Delivery> claimed = claimNext(owner);
      if (claimed.isEmpty()) {
        break;
      }
      Outcome outcome = attempt(claimed.get());
      record(claimed.get(), outcome, owner);
      if (outcome.sent()) {
        sent++;
      }
    }
    return sent;
  }

  private static String describe(RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.length() > Delivery.ERROR_MAX
        ? message.substring(0, Delivery.ERROR_MAX)
        : message;
  }

  /**
   * What one attempt did.
   *
   * @param sent whether the SMTP server accepted the e-mail
   * @param permanent whether a failure cannot be helped by trying again
   * @param error what went wrong, empty when sent
   */
  public record Outcome(boolean sent, boolean permanent, String error) {

    /** Checks the argument. */
    public Outcome {
      Objects.requireNonNull(error, "error");
    }
  }
}
