package org.clubaide.core.notification;

import java.util.List;
import java.util.Objects;
import org.clubaide.core.participation.HelpersNotifier;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.shared.DomainEvent;
import org.clubaide.core.shared.DomainEvents;

/**
 * The transactional outbox's writer: the use cases publish each change's events here, in the
 * change's transaction, and every notification the {@link NotificationPolicy} calls for is written
 * to the {@link Outbox} in that same transaction. A change that rolls back leaves no notification;
 * a saved change never lacks one.
 *
 * <p>When a request stops needing help (withdrawn, postponed, declined or closed), the recorder
 * also tells everyone working on it at once through the {@link HelpersNotifier} (R-REQ-8): the
 * network closes the request's calls and cancels its pending introductions, whose own events then
 * notify each helper still concerned. Telling twice is harmless: a closed call is not closed again.
 */
public final class NotificationRecorder implements DomainEvents {

  private final NotificationPolicy policy;
  private final Outbox outbox;
  private final HelpersNotifier helpers;

  /**
   * Wires the recorder.
   *
   * @param policy who must hear of what
   * @param outbox where notifications are written
   * @param helpers tells the network that a request stopped needing help
   */
  public NotificationRecorder(NotificationPolicy policy, Outbox outbox, HelpersNotifier helpers) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.helpers = Objects.requireNonNull(helpers, "helpers");
  }

  @Override
  public void publish(List<? extends DomainEvent> events) {
    for (DomainEvent event : List.copyOf(events)) {
      for (Notification notification : policy.notificationsFor(event)) {
        outbox.add(notification);
      }
      if (stopsTheRequest(event)) {
        helpers.requestStopped(((RequestEvent) event).requestId());
      }
    }
  }

  private static boolean stopsTheRequest(DomainEvent event) {
    return event instanceof RequestEvent.Withdrawn
        || event instanceof RequestEvent.Postponed
        || event instanceof RequestEvent.Declined
        || event instanceof RequestEvent.Closed;
  }
}
