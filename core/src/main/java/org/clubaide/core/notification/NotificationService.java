package org.clubaide.core.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.NotFoundException;

/**
 * Use cases of the notifications for the people who read them: each user's in-app list, marking
 * read, the language of their notifications; and for the administrator, the e-mails waiting or
 * failed for good. Who reads which list (R-PRV-3):
 *
 * <ul>
 *   <li>a member reads their own list, a partner theirs ({@link Inbox#PERSONAL});
 *   <li>an agent or an administrator reads the Service's shared list ({@link Inbox#SERVICE});
 *   <li>nobody reads anyone else's; another's notification answers "not found".
 * </ul>
 *
 * Callers run each method in a transaction; time comes from the injected clock.
 */
public final class NotificationService {

  /** The most lines of a list page. */
  public static final int MAX_PAGE = 100;

  private final Outbox outbox;
  private final DeliveryQueue deliveries;
  private final RecipientDirectory recipients;
  private final NetworkDirectory directory;
  private final Clock clock;

  /** Wires the use cases to their ports and to the clock. */
  public NotificationService(
      Outbox outbox,
      DeliveryQueue deliveries,
      RecipientDirectory recipients,
      NetworkDirectory directory,
      Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
    this.recipients = Objects.requireNonNull(recipients, "recipients");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Which list: one's own, or the Service's shared one. */
  public enum Inbox {
    /** The member's or partner's own notifications. */
    PERSONAL,
    /** The central Service's notifications, shared by its agents. */
    SERVICE
  }

  /** A page of the list, newest first, after the cursor when one is given. */
  public List<Notification> list(
      Actor actor, Inbox inbox, Optional<NotificationCursor> after, int limit) {
    return outbox.inbox(recipientFor(actor, inbox), after, Math.max(1, Math.min(limit, MAX_PAGE)));
  }

  /** How many notifications of the list are unread. */
  public long unread(Actor actor, Inbox inbox) {
    return outbox.unread(recipientFor(actor, inbox));
  }

  /**
   * Marks a notification of the list read; marking it again changes nothing.
   *
   * @throws NotFoundException when the list has no such notification
   */
  public void markRead(Actor actor, Inbox inbox, NotificationId id) {
    if (!outbox.markRead(recipientFor(actor, inbox), id, clock.instant())) {
      throw new NotFoundException("Notification", id);
    }
  }

  /** The language of the actor's own notifications. */
  public Language language(Actor actor) {
    return recipients.languageOf(recipientFor(actor, Inbox.PERSONAL));
  }

  /** The actor chooses the language of their own notifications, e-mails included. */
  public void chooseLanguage(Actor actor, Language language) {
    Objects.requireNonNull(language, "language");
    recipients.chooseLanguage(recipientFor(actor, Inbox.PERSONAL), language, clock.instant());
  }

  /** For the administrator: how many e-mails wait, were sent, or failed for good. */
  public Map<DeliveryStatus, Long> deliveryCounts(Actor actor) {
    requireAdministrator(actor);
    return deliveries.counts();
  }

  /** For the administrator: e-mails in a status, newest first, with their last error. */
  public List<Delivery> deliveries(
      Actor actor, DeliveryStatus status, Optional<NotificationCursor> after, int limit) {
    requireAdministrator(actor);
    Objects.requireNonNull(status, "status");
    return deliveries.withStatus(status, after, Math.max(1, Math.min(limit, MAX_PAGE)));
  }

  /**
   * For the administrator: sends a failed e-mail again, from now, with a fresh count of attempts
   * (once the address or the SMTP server is fixed).
   *
   * @throws NotFoundException when no failed e-mail has this identifier
   */
  public void retry(Actor actor, NotificationId id) {
    requireAdministrator(actor);
    if (!deliveries.retry(id, clock.instant())) {
      throw new NotFoundException("Failed e-mail", id);
    }
  }

  private Recipient recipientFor(Actor actor, Inbox inbox) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(inbox, "inbox");
    if (inbox == Inbox.SERVICE) {
      actor.requireService("read the Service's notifications");
      return Recipient.SERVICE;
    }
    if (actor.member().isPresent()) {
      return Recipient.member(actor.member().get());
    }
    if (actor.has(Role.PARTNER)) {
      return directory
          .partnerFor(actor.login())
          .map(Recipient::partner)
          .orElseThrow(() -> new AccessDeniedException("This login belongs to no partner."));
    }
    throw new AccessDeniedException(
        "Only members and partners have a list of their own; agents read the Service's.");
  }

  private static void requireAdministrator(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    if (!actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("Only an administrator oversees the e-mails.");
    }
  }
}
