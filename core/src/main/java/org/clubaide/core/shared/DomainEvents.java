package org.clubaide.core.shared;

import java.util.List;

/**
 * Port: where use cases publish the events of a change, right after saving the aggregate and in the
 * same transaction. The application wires it to the notification outbox ({@code
 * org.clubaide.core.notification.NotificationRecorder}), so that a notification row is written with
 * the change or not at all. An implementation may itself call use cases that publish again.
 */
@FunctionalInterface
public interface DomainEvents {

  /**
   * The events a use case just saved, oldest first.
   *
   * @param events the aggregate's new events; empty publishes nothing
   */
  void publish(List<? extends DomainEvent> events);

  /** Publishes nothing: for embedders who need no notifications, and for tests of other rules. */
  static DomainEvents none() {
    return events -> {};
  }
}
