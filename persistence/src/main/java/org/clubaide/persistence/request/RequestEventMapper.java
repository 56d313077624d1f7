package org.clubaide.persistence.request;

import java.util.UUID;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.DeadlineKind;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.SolutionId;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;

/**
 * Maps timeline events to rows and back. Column use per type: {@code text} holds the free text
 * (question, answer, reason, comment, solution title), {@code code} an enum (channel, route,
 * deadline kind, withdrawal reason, satisfaction), {@code date}/{@code date2} dates, {@code flag}
 * the immediate flag, {@code ref} a solution id.
 */
final class RequestEventMapper {

  private RequestEventMapper() {}

  static RequestEventEntity toEntity(RequestEvent event, int seq) {
    RequestEventEntity e =
        new RequestEventEntity(
            event.eventId().toString(),
            event.requestId().toString(),
            seq,
            event.getClass().getSimpleName(),
            event.occurredAt(),
            event.actor(),
            event.byService());
    if (event instanceof RequestEvent.Submitted s) {
      e.code = s.channel().name();
      e.date = s.neededBy();
    } else if (event instanceof RequestEvent.QuestionAsked q) {
      e.text = q.question();
    } else if (event instanceof RequestEvent.QuestionAnswered a) {
      e.text = a.answer();
    } else if (event instanceof RequestEvent.DecisionDateAgreed d) {
      e.date = d.decisionDueOn();
    } else if (event instanceof RequestEvent.Accepted a) {
      e.code = a.route().name();
      e.date = a.solutionDueOn();
      e.flag = a.immediate();
    } else if (event instanceof RequestEvent.Declined d) {
      e.text = d.reason();
    } else if (event instanceof RequestEvent.DeadlineMoved m) {
      e.code = m.kind().name();
      e.date = m.from();
      e.date2 = m.to();
      e.text = m.reason();
    } else if (event instanceof RequestEvent.SolutionProposed p) {
      e.ref = p.solutionId().toString();
      e.text = p.title();
    } else if (event instanceof RequestEvent.Withdrawn w) {
      e.code = w.reason().name();
    } else if (event instanceof RequestEvent.Postponed p) {
      e.date = p.until();
      e.text = p.reason();
    } else if (event instanceof RequestEvent.Closed c) {
      e.code = c.satisfaction().name();
      e.text = c.comment();
    }
    return e;
  }

  /**
   * Makes a stored row say what {@code event} says now, keeping its identifier, request and place
   * in the timeline. Erasure changes only the actor and the texts; the other columns are copied
   * too, so that the row always equals what {@link #toEntity} would write.
   */
  static void rewrite(RequestEvent event, RequestEventEntity row) {
    if (!row.eventId.equals(event.eventId().toString())
        || !row.requestId.equals(event.requestId().toString())) {
      throw new IllegalArgumentException(
          "Row " + row.eventId + " does not store event " + event.eventId());
    }
    RequestEventEntity now = toEntity(event, row.seq);
    row.type = now.type;
    row.occurredAt = now.occurredAt;
    row.actor = now.actor;
    row.byService = now.byService;
    row.text = now.text;
    row.code = now.code;
    row.date = now.date;
    row.date2 = now.date2;
    row.flag = now.flag;
    row.ref = now.ref;
  }

  static RequestEvent toDomain(RequestEventEntity e) {
    UUID id = UUID.fromString(e.eventId);
    RequestId request = RequestId.of(e.requestId);
    return switch (e.type) {
      case "Submitted" -> new RequestEvent.Submitted(
          id, request, e.occurredAt, e.actor, e.byService, Channel.valueOf(e.code), e.date);
      case "QuestionAsked" -> new RequestEvent.QuestionAsked(
          id, request, e.occurredAt, e.actor, e.byService, e.text);
      case "QuestionAnswered" -> new RequestEvent.QuestionAnswered(
          id, request, e.occurredAt, e.actor, e.byService, e.text);
      case "DecisionDateAgreed" -> new RequestEvent.DecisionDateAgreed(
          id, request, e.occurredAt, e.actor, e.byService, e.date);
      case "Accepted" -> new RequestEvent.Accepted(
          id,
          request,
          e.occurredAt,
          e.actor,
          e.byService,
          AcceptanceRoute.valueOf(e.code),
          e.date,
          Boolean.TRUE.equals(e.flag));
      case "Declined" -> new RequestEvent.Declined(
          id, request, e.occurredAt, e.actor, e.byService, nullToEmpty(e.text));
      case "DeadlineMoved" -> new RequestEvent.DeadlineMoved(
          id,
          request,
          e.occurredAt,
          e.actor,
          e.byService,
          DeadlineKind.valueOf(e.code),
          e.date,
          e.date2,
          e.text);
      case "SolutionProposed" -> new RequestEvent.SolutionProposed(
          id,
          request,
          e.occurredAt,
          e.actor,
          e.byService,
          new SolutionId(UUID.fromString(e.ref)),
          e.text);
      case "Withdrawn" -> new RequestEvent.Withdrawn(
          id, request, e.occurredAt, e.actor, e.byService, WithdrawalReason.valueOf(e.code));
      case "Postponed" -> new RequestEvent.Postponed(
          id, request, e.occurredAt, e.actor, e.byService, e.date, nullToEmpty(e.text));
      case "Resumed" -> new RequestEvent.Resumed(id, request, e.occurredAt, e.actor, e.byService);
      case "Closed" -> new RequestEvent.Closed(
          id,
          request,
          e.occurredAt,
          e.actor,
          e.byService,
          Satisfaction.valueOf(e.code),
          nullToEmpty(e.text));
      default -> throw new IllegalStateException("Unknown request event type " + e.type);
    };
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
