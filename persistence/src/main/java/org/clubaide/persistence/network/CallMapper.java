package org.clubaide.persistence.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.clubaide.core.network.AnonymousRequestView;
import org.clubaide.core.network.CallAnswer;
import org.clubaide.core.network.CallEvent;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.CallStatus;
import org.clubaide.core.network.CloseReason;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.SimpleSolution;
import org.clubaide.core.request.SolutionId;

/**
 * Maps calls for help, their answers and events between the domain and the persistence model. Event
 * columns per type: the answer events name the recipient in {@code member_id}/{@code partner_id},
 * {@code SimpleSolutionOffered} also the solution's identifier and title; {@code CallClosed} the
 * close reason; {@code CallSent} (its recipients) and {@code CallClosed} (the recipients to tell)
 * list participants. The request of {@code CallSent} is the call's own, so it is not stored on the
 * event's row.
 */
final class CallMapper {

  private CallMapper() {}

  /** A call as read: its row and its children's rows, each list in stored order. */
  record Rows(
      CallForHelpEntity call,
      Set<String> kinds,
      Set<String> wantedSkills,
      List<Participant> recipients,
      List<CallAnswerEntity> answers,
      List<CallEventEntity> events,
      Map<String, List<Participant>> eventParticipants) {}

  /** A new entity for a call just sent, with its view and recipients. */
  static CallForHelpEntity newEntity(CallForHelp call) {
    CallForHelp.Snapshot s = call.snapshot();
    CallForHelpEntity e = new CallForHelpEntity(s.id().toString());
    e.requestId = s.requestId().toString();
    AnonymousRequestView view = s.view();
    e.viewLabel = view.label();
    e.viewNeededBy = view.neededBy();
    e.viewSummary = view.summary();
    view.kinds().forEach(k -> e.kinds.add(k.name()));
    view.wantedSkills().forEach(t -> e.wantedSkills.add(t.value()));
    e.recipients.addAll(Participants.rows(s.recipients()));
    e.sentAt = s.sentAt();
    e.sentBy = s.sentBy();
    copyState(call, e);
    return e;
  }

  /** Copies what changes after sending: the status and the close reason. */
  static void copyState(CallForHelp call, CallForHelpEntity e) {
    e.status = call.status().name();
    e.closeReason = call.closeReason().map(CloseReason::name).orElse(null);
  }

  /** The row of the answer at place {@code seq}. */
  static CallAnswerEntity toEntity(String callId, int seq, CallAnswer answer) {
    CallAnswerEntity e = new CallAnswerEntity(callId, seq);
    e.memberId = Participants.memberId(answer.recipient());
    e.partnerId = Participants.partnerId(answer.recipient());
    e.answeredBy = answer.answeredBy();
    e.answeredAt = answer.answeredAt();
    if (answer instanceof CallAnswer.SimpleSolutionOffer offer) {
      e.type = CallAnswerEntity.SIMPLE_SOLUTION;
      e.solutionId = offer.solution().id().toString();
      e.solutionTitle = offer.solution().title();
      e.solutionContent = offer.solution().content();
    } else if (answer instanceof CallAnswer.AccompanimentOffer offer) {
      e.type = CallAnswerEntity.ACCOMPANIMENT;
      e.outline = offer.outline();
    } else {
      e.type = CallAnswerEntity.DECLINED;
    }
    return e;
  }

  /** The row of an event, numbered {@code seq} within its call, with its participants. */
  static CallEventEntity toEntity(CallEvent event, int seq) {
    CallEventEntity e =
        new CallEventEntity(
            event.eventId().toString(),
            event.callId().toString(),
            seq,
            event.getClass().getSimpleName(),
            event.occurredAt(),
            event.actor());
    if (event instanceof CallEvent.CallSent sent) {
      e.participants.addAll(Participants.rows(sent.recipients()));
    } else if (event instanceof CallEvent.SimpleSolutionOffered offered) {
      recipient(e, offered.recipient());
      e.solutionId = offered.solutionId().toString();
      e.solutionTitle = offered.title();
    } else if (event instanceof CallEvent.AccompanimentOffered offered) {
      recipient(e, offered.recipient());
    } else if (event instanceof CallEvent.CallDeclined declined) {
      recipient(e, declined.recipient());
    } else if (event instanceof CallEvent.CallClosed closed) {
      e.closeReason = closed.reason().name();
      e.participants.addAll(Participants.rows(closed.recipientsToTell()));
    }
    return e;
  }

  private static void recipient(CallEventEntity e, Participant recipient) {
    e.memberId = Participants.memberId(recipient);
    e.partnerId = Participants.partnerId(recipient);
  }

  /** The call of the rows. */
  static CallForHelp toDomain(Rows rows) {
    CallForHelpEntity e = rows.call();
    CallId id = CallId.of(e.id);
    RequestId requestId = RequestId.of(e.requestId);
    EnumSet<KindOfHelp> kinds = EnumSet.noneOf(KindOfHelp.class);
    rows.kinds().forEach(k -> kinds.add(KindOfHelp.valueOf(k)));
    Set<SkillTag> skills = new TreeSet<>();
    rows.wantedSkills().forEach(s -> skills.add(new SkillTag(s)));
    AnonymousRequestView view =
        AnonymousRequestView.restore(e.viewLabel, kinds, e.viewNeededBy, skills, e.viewSummary);
    List<CallAnswer> answers = new ArrayList<>();
    rows.answers().forEach(a -> answers.add(toDomain(a)));
    List<CallEvent> timeline = new ArrayList<>();
    for (CallEventEntity event : rows.events()) {
      List<Participant> participants =
          rows.eventParticipants().getOrDefault(event.eventId, List.of());
      timeline.add(toDomain(event, id, requestId, participants));
    }
    return CallForHelp.restore(
        new CallForHelp.Snapshot(
            id,
            requestId,
            view,
            rows.recipients(),
            e.sentAt,
            e.sentBy,
            CallStatus.valueOf(e.status),
            e.closeReason == null ? null : CloseReason.valueOf(e.closeReason),
            answers,
            timeline,
            e.version));
  }

  private static CallAnswer toDomain(CallAnswerEntity a) {
    Participant recipient = Participants.of(a.memberId, a.partnerId);
    return switch (a.type) {
      case CallAnswerEntity.SIMPLE_SOLUTION ->
          new CallAnswer.SimpleSolutionOffer(
              recipient,
              new SimpleSolution(
                  new SolutionId(UUID.fromString(a.solutionId.strip())),
                  a.solutionTitle,
                  a.solutionContent,
                  a.answeredBy,
                  a.answeredAt));
      case CallAnswerEntity.ACCOMPANIMENT ->
          new CallAnswer.AccompanimentOffer(recipient, a.outline, a.answeredBy, a.answeredAt);
      case CallAnswerEntity.DECLINED ->
          new CallAnswer.Declined(recipient, a.answeredBy, a.answeredAt);
      default -> throw new IllegalStateException("Unknown call answer type " + a.type);
    };
  }

  private static CallEvent toDomain(
      CallEventEntity e, CallId call, RequestId request, List<Participant> participants) {
    UUID id = UUID.fromString(e.eventId.strip());
    return switch (e.type) {
      case "CallSent" ->
          new CallEvent.CallSent(id, call, e.occurredAt, e.actor, request, participants);
      case "SimpleSolutionOffered" ->
          new CallEvent.SimpleSolutionOffered(
              id,
              call,
              e.occurredAt,
              e.actor,
              Participants.of(e.memberId, e.partnerId),
              new SolutionId(UUID.fromString(e.solutionId.strip())),
              e.solutionTitle);
      case "AccompanimentOffered" ->
          new CallEvent.AccompanimentOffered(
              id, call, e.occurredAt, e.actor, Participants.of(e.memberId, e.partnerId));
      case "CallDeclined" ->
          new CallEvent.CallDeclined(
              id, call, e.occurredAt, e.actor, Participants.of(e.memberId, e.partnerId));
      case "CallClosed" ->
          new CallEvent.CallClosed(
              id, call, e.occurredAt, e.actor, CloseReason.valueOf(e.closeReason), participants);
      default -> throw new IllegalStateException("Unknown call event type " + e.type);
    };
  }
}
