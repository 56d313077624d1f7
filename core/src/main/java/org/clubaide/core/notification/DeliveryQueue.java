package org.clubaide.core.notification;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the pending e-mail deliveries, shared by every server of the deployment. A server claims a
 * delivery for a lease before it sends; no other server can claim it while the lease holds, and
 * when the server dies the lease runs out and another server claims it again.
 */
public interface DeliveryQueue {

  /**
   * Claims the pending delivery due the longest, whose attempt time has come and which no live
   * lease holds, and counts the attempt. Safe when several servers claim at once: each delivery
   * goes to one of them.
   *
   * @param owner the claiming server's name
   * @param now the time now
   * @param leaseUntil until when the claim holds
   * @return the claimed delivery, with its attempt counted; empty when none is due
   */
  Optional<Delivery> claimNext(String owner, Instant now, Instant leaseUntil);

  /**
   * Records that the SMTP server accepted the e-mail, if the owner's claim still holds it.
   *
   * @return false when another server took the delivery over meanwhile
   */
  boolean recordSent(NotificationId id, String owner, Instant at);

  /**
   * Records a failed attempt and releases the claim: pending again from {@code retryAt}, or failed
   * for good when there is no retry.
   *
   * @return false when another server took the delivery over meanwhile
   */
  boolean recordFailure(NotificationId id, String owner, String error, Optional<Instant> retryAt);

  /** The delivery of a notification, if it goes by e-mail. */
  Optional<Delivery> delivery(NotificationId id);

  /** Deliveries in a status, newest notification first, after the cursor when one is given. */
  List<Delivery> withStatus(DeliveryStatus status, Optional<NotificationCursor> after, int limit);

  /** How many deliveries are in each status. */
  Map<DeliveryStatus, Long> counts();

  /**
   * Makes a failed delivery pending again, due now, with a fresh count of attempts.
   *
   * @return false when it is not failed
   */
  boolean retry(NotificationId id, Instant now);
}
