package org.clubaide.core.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.DomainEvent;

/**
 * Something that happened to a help request, in the past tense. The ordered events of a request
 * are its timeline, which the member and the Service see (R-REQ-10); they also feed notifications.
 * Each event carries its own identifier, the request's identifier, the time, and who acted.
 */
public sealed interface RequestEvent extends DomainEvent {

  /** The event's identifier. */
  UUID eventId();

  /** The request it happened to. */
  RequestId requestId();

  /** When it happened. */
  Instant occurredAt();

  /** The login of who acted. */
  String actor();

  /** Whether the actor spoke for the central Service rather than for the requester. */
  boolean byService();

  /**
   * The request was raised (R-REQ-1).
   *
   * @param channel web, e-mail or phone
   * @param neededBy the date by which help is needed
   */
  record Submitted(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      Channel channel,
      LocalDate neededBy)
      implements RequestEvent {}

  /**
   * The Service asked the member a question to understand the problem (R-REQ-3).
   *
   * @param question the question
   */
  record QuestionAsked(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      String question)
      implements RequestEvent {}

  /**
   * The member answered the Service's question (R-REQ-3).
   *
   * @param answer the answer
   */
  record QuestionAnswered(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      String answer)
      implements RequestEvent {}

  /**
   * The Service and the member agreed the date of the decision (R-REQ-4).
   *
   * @param decisionDueOn the agreed date
   */
  record DecisionDateAgreed(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      LocalDate decisionDueOn)
      implements RequestEvent {}

  /**
   * The Service accepted the mission of finding solutions (R-REQ-4, R-REQ-6).
   *
   * @param route internal or network
   * @param solutionDueOn the day by which solutions are due
   * @param immediate whether solutions were promised at once
   */
  record Accepted(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      AcceptanceRoute route,
      LocalDate solutionDueOn,
      boolean immediate)
      implements RequestEvent {}

  /**
   * The Service said it is not competent (R-REQ-4); the member has no claim (R-REQ-5).
   *
   * @param reason the explanation given, possibly empty
   */
  record Declined(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      String reason)
      implements RequestEvent {}

  /**
   * A deadline was moved, with its reason, visible to the member (R-REQ-7).
   *
   * @param kind which deadline
   * @param from the previous date
   * @param to the new date
   * @param reason why
   */
  record DeadlineMoved(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      DeadlineKind kind,
      LocalDate from,
      LocalDate to,
      String reason)
      implements RequestEvent {}

  /**
   * A simple, free solution was proposed (R-SOL-1).
   *
   * @param solutionId the solution
   * @param title its title
   */
  record SolutionProposed(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      SolutionId solutionId,
      String title)
      implements RequestEvent {}

  /**
   * The member withdrew the request: solved on their side or no longer arising (R-REQ-8).
   *
   * @param reason why
   */
  record Withdrawn(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      WithdrawalReason reason)
      implements RequestEvent {}

  /**
   * The member postponed the problem to a later date (R-REQ-8).
   *
   * @param until the day it becomes due again
   * @param reason the reason given, possibly empty
   */
  record Postponed(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      LocalDate until,
      String reason)
      implements RequestEvent {}

  /** A postponed request became active again. */
  record Resumed(
      UUID eventId, RequestId requestId, Instant occurredAt, String actor, boolean byService)
      implements RequestEvent {}

  /**
   * The member closed the request and said how far it was solved (R-REQ-9).
   *
   * @param satisfaction solved, partly, not solved
   * @param comment the member's comment, possibly empty
   */
  record Closed(
      UUID eventId,
      RequestId requestId,
      Instant occurredAt,
      String actor,
      boolean byService,
      Satisfaction satisfaction,
      String comment)
      implements RequestEvent {}
}
