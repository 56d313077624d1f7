package org.clubaide.core.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.SolutionId;
import org.clubaide.core.shared.DomainEvent;

/**
 * Something that happened to a call for help, in the past tense. The events feed notifications to
 * the recipients and to the Service. Each carries its own identifier, the call's identifier, the
 * time and the login of who acted ({@code system} for an automatic reaction).
 */
public sealed interface CallEvent extends DomainEvent {

  /** The event's identifier. */
  UUID eventId();

  /** The call it happened to. */
  CallId callId();

  /** When it happened. */
  Instant occurredAt();

  /** The login of who acted. */
  String actor();

  /**
   * The Service sent the call to its recipients (R-NET-1).
   *
   * @param requestId the request the call is about
   * @param recipients who received it
   */
  record CallSent(
      UUID eventId,
      CallId callId,
      Instant occurredAt,
      String actor,
      RequestId requestId,
      List<Participant> recipients)
      implements CallEvent {

    /** Copies the list. */
    public CallSent {
      recipients = List.copyOf(recipients);
    }
  }

  /**
   * A recipient offered a simple, free solution (R-NET-4, R-SOL-1).
   *
   * @param recipient who answered
   * @param solutionId the solution
   * @param title its title
   */
  record SimpleSolutionOffered(
      UUID eventId,
      CallId callId,
      Instant occurredAt,
      String actor,
      Participant recipient,
      SolutionId solutionId,
      String title)
      implements CallEvent {}

  /**
   * A recipient offered an accompaniment, to be followed by a quote (R-NET-4, R-SOL-2).
   *
   * @param recipient who answered
   */
  record AccompanimentOffered(
      UUID eventId, CallId callId, Instant occurredAt, String actor, Participant recipient)
      implements CallEvent {}

  /**
   * A recipient declined the call.
   *
   * @param recipient who answered
   */
  record CallDeclined(
      UUID eventId, CallId callId, Instant occurredAt, String actor, Participant recipient)
      implements CallEvent {}

  /**
   * The call was closed. Every recipient who has not declined is to be told at once, so that nobody
   * works for nothing (R-REQ-8).
   *
   * @param reason why
   * @param recipientsToTell the recipients who had not declined, in the order they were called
   */
  record CallClosed(
      UUID eventId,
      CallId callId,
      Instant occurredAt,
      String actor,
      CloseReason reason,
      List<Participant> recipientsToTell)
      implements CallEvent {

    /** Copies the list. */
    public CallClosed {
      recipientsToTell = List.copyOf(recipientsToTell);
    }
  }
}
