package org.clubaide.persistence.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.Consent;
import org.clubaide.core.network.Introduction;
import org.clubaide.core.network.IntroductionEvent;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.IntroductionSide;
import org.clubaide.core.network.IntroductionStatus;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.Channel;

/**
 * Maps introductions and their events between the domain and the persistence model. The request and
 * the call of a {@code Proposed} event are the introduction's own, so they are not stored on the
 * event's row; {@code ConsentGiven} and {@code Refused} store their side and channel.
 */
final class IntroductionMapper {

  private IntroductionMapper() {}

  /** Copies the introduction's state onto a new or managed entity. */
  static void copy(Introduction introduction, IntroductionEntity e) {
    Introduction.Snapshot s = introduction.snapshot();
    e.requestId = s.requestId().toString();
    e.callId = s.callId().toString();
    e.requesterId = s.requester().toString();
    e.helperMemberId = Participants.memberId(s.helper());
    e.helperPartnerId = Participants.partnerId(s.helper());
    e.proposedAt = s.proposedAt();
    e.status = s.status().name();
    Consent requester = s.requesterConsent();
    e.requesterConsentAt = requester == null ? null : requester.givenAt();
    e.requesterConsentChannel = requester == null ? null : requester.channel().name();
    e.requesterConsentBy = requester == null ? null : requester.recordedBy();
    Consent helper = s.helperConsent();
    e.helperConsentAt = helper == null ? null : helper.givenAt();
    e.helperConsentChannel = helper == null ? null : helper.channel().name();
    e.helperConsentBy = helper == null ? null : helper.recordedBy();
  }

  /** The introduction of the entity with its events, oldest first. */
  static Introduction toDomain(IntroductionEntity e, List<IntroductionEventEntity> events) {
    IntroductionId id = IntroductionId.of(e.id);
    RequestId requestId = RequestId.of(e.requestId);
    CallId callId = CallId.of(e.callId);
    return Introduction.restore(
        new Introduction.Snapshot(
            id,
            requestId,
            callId,
            MemberId.of(e.requesterId),
            Participants.of(e.helperMemberId, e.helperPartnerId),
            e.proposedAt,
            IntroductionStatus.valueOf(e.status),
            consent(e.requesterConsentAt, e.requesterConsentChannel, e.requesterConsentBy),
            consent(e.helperConsentAt, e.helperConsentChannel, e.helperConsentBy),
            events.stream().map(event -> toDomain(event, id, requestId, callId)).toList(),
            e.version));
  }

  private static Consent consent(Instant at, String channel, String by) {
    return at == null ? null : new Consent(at, Channel.valueOf(channel), by);
  }

  /** The row of an event, numbered {@code seq} within its introduction. */
  static IntroductionEventEntity toEntity(IntroductionEvent event, int seq) {
    IntroductionEventEntity e =
        new IntroductionEventEntity(
            event.eventId().toString(),
            event.introductionId().toString(),
            seq,
            event.getClass().getSimpleName(),
            event.occurredAt(),
            event.actor());
    if (event instanceof IntroductionEvent.ConsentGiven c) {
      e.side = c.side().name();
      e.channel = c.channel().name();
    } else if (event instanceof IntroductionEvent.Refused r) {
      e.side = r.side().name();
      e.channel = r.channel().name();
    }
    return e;
  }

  private static IntroductionEvent toDomain(
      IntroductionEventEntity e, IntroductionId introduction, RequestId request, CallId call) {
    UUID id = UUID.fromString(e.eventId.strip());
    return switch (e.type) {
      case "Proposed" ->
          new IntroductionEvent.Proposed(id, introduction, e.occurredAt, e.actor, request, call);
      case "ConsentGiven" ->
          new IntroductionEvent.ConsentGiven(
              id,
              introduction,
              e.occurredAt,
              e.actor,
              IntroductionSide.valueOf(e.side),
              Channel.valueOf(e.channel));
      case "ContactsReleased" ->
          new IntroductionEvent.ContactsReleased(id, introduction, e.occurredAt, e.actor);
      case "Refused" ->
          new IntroductionEvent.Refused(
              id,
              introduction,
              e.occurredAt,
              e.actor,
              IntroductionSide.valueOf(e.side),
              Channel.valueOf(e.channel));
      case "Cancelled" -> new IntroductionEvent.Cancelled(id, introduction, e.occurredAt, e.actor);
      case "NotPossible" ->
          new IntroductionEvent.NotPossible(id, introduction, e.occurredAt, e.actor);
      default -> throw new IllegalStateException("Unknown introduction event type " + e.type);
    };
  }
}
