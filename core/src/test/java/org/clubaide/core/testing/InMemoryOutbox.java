package org.clubaide.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.notification.Delivery;
import org.clubaide.core.notification.DeliveryQueue;
import org.clubaide.core.notification.DeliveryStatus;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationCursor;
import org.clubaide.core.notification.NotificationId;
import org.clubaide.core.notification.Outbox;
import org.clubaide.core.notification.Recipient;

/**
 * The outbox and its e-mail deliveries in memory, with the database's rules: one notification per
 * recipient and idempotency key, one claim at a time per delivery, leases that run out.
 */
public final class InMemoryOutbox implements Outbox, DeliveryQueue {

  private static final Comparator<Notification> NEWEST_FIRST =
      Comparator.comparing(Notification::createdAt)
          .thenComparing(n -> n.id().toString())
          .reversed();

  private final Map<NotificationId, Notification> notifications = new LinkedHashMap<>();
  private final Map<NotificationId, Delivery> deliveries = new LinkedHashMap<>();

  @Override
  public boolean add(Notification notification) {
    boolean told =
        notifications.values().stream()
            .anyMatch(
                n ->
                    n.recipient().equals(notification.recipient())
                        && n.idempotencyKey().equals(notification.idempotencyKey()));
    if (told) {
      return false;
    }
    notifications.put(notification.id(), notification);
    if (notification.byEmail()) {
      deliveries.put(
          notification.id(),
          new Delivery(
              notification,
              DeliveryStatus.PENDING,
              0,
              notification.createdAt(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    return true;
  }

  /** Every notification written, oldest first. */
  public List<Notification> all() {
    return List.copyOf(notifications.values());
  }

  /** The notifications written for a recipient, oldest first. */
  public List<Notification> to(Recipient recipient) {
    return notifications.values().stream().filter(n -> n.recipient().equals(recipient)).toList();
  }

  @Override
  public Optional<Notification> find(NotificationId id) {
    return Optional.ofNullable(notifications.get(id));
  }

  @Override
  public List<Notification> inbox(
      Recipient recipient, Optional<NotificationCursor> after, int limit) {
    return notifications.values().stream()
        .filter(n -> n.recipient().equals(recipient))
        .sorted(NEWEST_FIRST)
        .filter(n -> after.map(c -> olderThan(n, c)).orElse(true))
        .limit(limit)
        .toList();
  }

  private static boolean olderThan(Notification n, NotificationCursor c) {
    int byTime = n.createdAt().compareTo(c.createdAt());
    return byTime < 0 || (byTime == 0 && n.id().toString().compareTo(c.id().toString()) < 0);
  }

  @Override
  public long unread(Recipient recipient) {
    return notifications.values().stream()
        .filter(n -> n.recipient().equals(recipient) && !n.isRead())
        .count();
  }

  @Override
  public boolean markRead(Recipient recipient, NotificationId id, Instant at) {
    Notification n = notifications.get(id);
    if (n == null || !n.recipient().equals(recipient)) {
      return false;
    }
    if (!n.isRead()) {
      notifications.put(
          id,
          new Notification(
              n.id(),
              n.recipient(),
              n.kind(),
              n.params(),
              n.idempotencyKey(),
              n.createdAt(),
              n.byEmail(),
              Optional.of(at)));
    }
    return true;
  }

  @Override
  public Optional<Delivery> claimNext(String owner, Instant now, Instant leaseUntil) {
    Optional<Delivery> due =
        deliveries.values().stream()
            .filter(d -> d.status() == DeliveryStatus.PENDING)
            .filter(d -> !d.nextAttemptAt().isAfter(now))
            .filter(d -> d.claimedUntil().map(until -> until.isBefore(now)).orElse(true))
            .min(Comparator.comparing(Delivery::nextAttemptAt));
    due.ifPresent(
        d ->
            deliveries.put(
                d.id(),
                new Delivery(
                    d.notification(),
                    DeliveryStatus.PENDING,
                    d.attempts() + 1,
                    d.nextAttemptAt(),
                    d.lastError(),
                    Optional.of(owner),
                    Optional.of(leaseUntil),
                    Optional.empty())));
    return due.map(d -> deliveries.get(d.id()));
  }

  @Override
  public boolean recordSent(NotificationId id, String owner, Instant at) {
    Delivery d = deliveries.get(id);
    if (d == null || !d.claimedBy().equals(Optional.of(owner))) {
      return false;
    }
    deliveries.put(
        id,
        new Delivery(
            d.notification(),
            DeliveryStatus.SENT,
            d.attempts(),
            d.nextAttemptAt(),
            d.lastError(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(at)));
    return true;
  }

  @Override
  public boolean recordFailure(
      NotificationId id, String owner, String error, Optional<Instant> retryAt) {
    Delivery d = deliveries.get(id);
    if (d == null || !d.claimedBy().equals(Optional.of(owner))) {
      return false;
    }
    deliveries.put(
        id,
        new Delivery(
            d.notification(),
            retryAt.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED,
            d.attempts(),
            retryAt.orElse(d.nextAttemptAt()),
            Optional.of(error),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
    return true;
  }

  @Override
  public Optional<Delivery> delivery(NotificationId id) {
    return Optional.ofNullable(deliveries.get(id));
  }

  @Override
  public List<Delivery> withStatus(
      DeliveryStatus status, Optional<NotificationCursor> after, int limit) {
    List<Delivery> found = new ArrayList<>();
    for (Notification n : notifications.values().stream().sorted(NEWEST_FIRST).toList()) {
      Delivery d = deliveries.get(n.id());
      if (d != null
          && d.status() == status
          && after.map(c -> olderThan(n, c)).orElse(true)
          && found.size() < limit) {
        found.add(d);
      }
    }
    return found;
  }

  @Override
  public Map<DeliveryStatus, Long> counts() {
    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
    for (DeliveryStatus status : DeliveryStatus.values()) {
      counts.put(status, deliveries.values().stream().filter(d -> d.status() == status).count());
    }
    return counts;
  }

  @Override
  public boolean retry(NotificationId id, Instant now) {
    Delivery d = deliveries.get(id);
    if (d == null || d.status() != DeliveryStatus.FAILED) {
      return false;
    }
    deliveries.put(
        id,
        new Delivery(
            d.notification(),
            DeliveryStatus.PENDING,
            0,
            now,
            d.lastError(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
    return true;
  }
}
