package org.clubaide.core.network;

import java.time.Instant;
import java.util.UUID;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.DomainEvent;

/**
 * Something that happened to an introduction, in the past tense, with its own identifier, the
 * introduction's identifier, the time and the login of who acted. {@link Refused} and {@link
 * Cancelled} are for the Service's record only; parties are notified from {@link NotPossible},
 * which says nothing of who refused or why (R-NET-3).
 */
public sealed interface IntroductionEvent extends DomainEvent {

  /** The event's identifier. */
  UUID eventId();

  /** The introduction it happened to. */
  IntroductionId introductionId();

  /** When it happened. */
  Instant occurredAt();

  /** The login of who acted. */
  String actor();

  /**
   * The Service proposed to put a requester and a helper in touch.
   *
   * @param requestId the request
   * @param callId the call the helper answered
   */
  record Proposed(
      UUID eventId,
      IntroductionId introductionId,
      Instant occurredAt,
      String actor,
      RequestId requestId,
      CallId callId)
      implements IntroductionEvent {}

  /**
   * A party agreed in writing (R-NET-3).
   *
   * @param side which party
   * @param channel web or e-mail
   */
  record ConsentGiven(
      UUID eventId,
      IntroductionId introductionId,
      Instant occurredAt,
      String actor,
      IntroductionSide side,
      Channel channel)
      implements IntroductionEvent {}

  /** Both parties agreed: each may now see the other's contact details. */
  record ContactsReleased(
      UUID eventId, IntroductionId introductionId, Instant occurredAt, String actor)
      implements IntroductionEvent {}

  /**
   * A party refused. For the Service's record only.
   *
   * @param side which party
   * @param channel how the refusal came
   */
  record Refused(
      UUID eventId,
      IntroductionId introductionId,
      Instant occurredAt,
      String actor,
      IntroductionSide side,
      Channel channel)
      implements IntroductionEvent {}

  /** The Service cancelled the introduction. For the Service's record only. */
  record Cancelled(UUID eventId, IntroductionId introductionId, Instant occurredAt, String actor)
      implements IntroductionEvent {}

  /**
   * The introduction will not happen, after a refusal or a cancellation alike. The one event
   * parties are notified from when an introduction ends without agreement.
   */
  record NotPossible(UUID eventId, IntroductionId introductionId, Instant occurredAt, String actor)
      implements IntroductionEvent {}
}
