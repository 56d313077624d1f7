package org.clubaide.core.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an aggregate, in the past tense: the timeline events of requests,
 * quotes, calls for help and introductions. Use cases publish the events their change made through
 * {@link DomainEvents}, in the transaction of the change, so that whoever must hear of it (R-REQ-7,
 * R-REQ-8) is told exactly when the change is saved, and never when it is not.
 */
public interface DomainEvent {

  /** The event's identifier, unique across every aggregate. */
  UUID eventId();

  /** When it happened. */
  Instant occurredAt();
}
