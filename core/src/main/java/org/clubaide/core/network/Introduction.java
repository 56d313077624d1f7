package org.clubaide.core.network;

import static org.clubaide.core.shared.RuleViolationException.require;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.IllegalTransitionException;

/**
 * An introduction ("mise en contact") between the member who asked and a member or partner who
 * answered a call for help (R-NET-3). Contact details pass only once each party agreed in writing
 * (on the web, or by an e-mail an agent records); each consent is kept with its time and channel.
 * Either party may refuse while the other has not agreed too; a refusal tells the other party only
 * that the introduction is not possible, exactly as a cancellation by the Service does. See {@link
 * IntroductionStatus} for the lifecycle; an action it does not allow throws an {@link
 * IllegalTransitionException} naming the state as the party may know it.
 */
public final class Introduction {

  private final IntroductionId id;
  private final RequestId requestId;
  private final CallId callId;
  private final MemberId requester;
  private final Participant helper;
  private final Instant proposedAt;
  private IntroductionStatus status;
  private Consent requesterConsent;
  private Consent helperConsent;
  private final List<IntroductionEvent> timeline;
  private final int storedEvents;
  private final long version;

  private Introduction(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.requestId = Objects.requireNonNull(s.requestId(), "requestId");
    this.callId = Objects.requireNonNull(s.callId(), "callId");
    this.requester = Objects.requireNonNull(s.requester(), "requester");
    this.helper = Objects.requireNonNull(s.helper(), "helper");
    this.proposedAt = Objects.requireNonNull(s.proposedAt(), "proposedAt");
    this.status = Objects.requireNonNull(s.status(), "status");
    this.requesterConsent = s.requesterConsent();
    this.helperConsent = s.helperConsent();
    this.timeline = new ArrayList<>(s.timeline());
    this.storedEvents = this.timeline.size();
    this.version = s.version();
  }

  /**
   * The Service proposes to put the requester in touch with a helper who answered a call.
   *
   * @param requestId the request
   * @param callId the call the helper answered
   * @param requester the member who raised the request
   * @param helper the member or partner who answered, never the requester
   * @param proposedBy the login of the agent
   */
  public static Introduction propose(
      RequestId requestId,
      CallId callId,
      MemberId requester,
      Participant helper,
      String proposedBy,
      Clock clock) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(helper, "helper");
    Objects.requireNonNull(proposedBy, "proposedBy");
    require(
        !helper.isMember(requester),
        "R-NET-3",
        "helper",
        "A member cannot be introduced to themselves.");
    IntroductionId id = IntroductionId.newId();
    Instant now = clock.instant();
    Introduction introduction =
        new Introduction(
            new Snapshot(
                id,
                requestId,
                callId,
                requester,
                helper,
                now,
                IntroductionStatus.AWAITING_BOTH,
                null,
                null,
                List.of(),
                0));
    introduction.record(
        new IntroductionEvent.Proposed(UUID.randomUUID(), id, now, proposedBy, requestId, callId));
    return introduction;
  }

  /** Rebuilds an introduction from storage; checks no rule, since it was checked when saved. */
  public static Introduction restore(Snapshot snapshot) {
    return new Introduction(snapshot);
  }

  /**
   * A party agrees in writing to pass their contact details (R-NET-3). When the other party has
   * agreed already, the contacts are released.
   *
   * @param side which party
   * @param channel {@link Channel#WEB} when the party acts, {@link Channel#EMAIL} when an agent
   *     records the party's e-mail; a telephone agreement is not in writing and is refused
   * @param recordedBy the login that records it
   */
  public void consent(IntroductionSide side, Channel channel, String recordedBy, Clock clock) {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(recordedBy, "recordedBy");
    require(
        channel == Channel.WEB || channel == Channel.EMAIL,
        "R-NET-3",
        "channel",
        "An agreement to pass contact details is given in writing: on the web, or by an e-mail"
            + " that the Service records.");
    if (!status.awaits(side)) {
      throw new IllegalTransitionException(
          "R-NET-3", status.outwardName(), "agree to an introduction for");
    }
    Instant now = clock.instant();
    Consent consent = new Consent(now, channel, recordedBy);
    if (side == IntroductionSide.REQUESTER) {
      requesterConsent = consent;
    } else {
      helperConsent = consent;
    }
    status = status.afterConsentOf(side);
    record(
        new IntroductionEvent.ConsentGiven(UUID.randomUUID(), id, now, recordedBy, side, channel));
    if (status == IntroductionStatus.AGREED) {
      record(new IntroductionEvent.ContactsReleased(UUID.randomUUID(), id, now, recordedBy));
    }
  }

  /**
   * A party refuses, with no reason asked; allowed while the introduction is pending, even after
   * the party's own consent, since nothing has passed yet (R-NET-3).
   *
   * @param side which party
   * @param channel how the refusal came (any channel: a refusal releases nothing)
   * @param recordedBy the login that records it
   */
  public void refuse(IntroductionSide side, Channel channel, String recordedBy, Clock clock) {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recordedBy, "recordedBy");
    requirePending("refuse an introduction for");
    Instant now = clock.instant();
    status = IntroductionStatus.REFUSED;
    record(new IntroductionEvent.Refused(UUID.randomUUID(), id, now, recordedBy, side, channel));
    record(new IntroductionEvent.NotPossible(UUID.randomUUID(), id, now, recordedBy));
  }

  /**
   * The Service cancels a pending introduction, for example because the request was withdrawn
   * (R-REQ-8). The parties see the same "not possible" as after a refusal.
   *
   * @param cancelledBy the login of the agent, or {@code system} for an automatic reaction
   */
  public void cancel(String cancelledBy, Clock clock) {
    Objects.requireNonNull(cancelledBy, "cancelledBy");
    requirePending("cancel an introduction for");
    Instant now = clock.instant();
    status = IntroductionStatus.CANCELLED;
    record(new IntroductionEvent.Cancelled(UUID.randomUUID(), id, now, cancelledBy));
    record(new IntroductionEvent.NotPossible(UUID.randomUUID(), id, now, cancelledBy));
  }

  /**
   * The contact details of the other party, for one party, once both agreed; empty before, and
   * empty for good after a refusal or a cancellation. The contact book is consulted only when both
   * agreed.
   *
   * @param viewer a party of the introduction
   * @param contacts where contact details are read
   * @throws AccessDeniedException when the viewer is not a party
   */
  public Optional<ContactDetails> contactOfOtherSide(Participant viewer, ContactBook contacts) {
    IntroductionSide side = sideOf(viewer);
    Objects.requireNonNull(contacts, "contacts");
    if (status != IntroductionStatus.AGREED) {
      return Optional.empty();
    }
    return contacts.contactOf(party(side.other()));
  }

  /**
   * What one party sees of the introduction.
   *
   * @throws AccessDeniedException when the viewer is not a party
   */
  public IntroductionView viewFor(Participant viewer) {
    IntroductionSide side = sideOf(viewer);
    IntroductionView.Outcome outcome;
    if (status == IntroductionStatus.AGREED) {
      outcome = IntroductionView.Outcome.AGREED;
    } else if (!status.isPending()) {
      outcome = IntroductionView.Outcome.NOT_POSSIBLE;
    } else if (status.awaits(side)) {
      outcome = IntroductionView.Outcome.AWAITING_YOUR_ANSWER;
    } else {
      outcome = IntroductionView.Outcome.AWAITING_THE_OTHER_SIDE;
    }
    boolean isRequester = side == IntroductionSide.REQUESTER;
    return new IntroductionView(
        id,
        proposedAt,
        side,
        isRequester ? Optional.of(requestId) : Optional.empty(),
        isRequester ? Optional.empty() : Optional.of(callId),
        outcome,
        consentOf(side));
  }

  /** Whether the participant is one of the two parties. */
  public boolean isParty(Participant participant) {
    return participant.isMember(requester) || helper.equals(participant);
  }

  /**
   * The side the participant is on.
   *
   * @throws AccessDeniedException when the participant is not a party
   */
  public IntroductionSide sideOf(Participant participant) {
    Objects.requireNonNull(participant, "participant");
    if (participant.isMember(requester)) {
      return IntroductionSide.REQUESTER;
    }
    if (helper.equals(participant)) {
      return IntroductionSide.HELPER;
    }
    throw new AccessDeniedException(
        "Only the two parties of an introduction can see or answer it.");
  }

  /** The participant on the given side. */
  public Participant party(IntroductionSide side) {
    return side == IntroductionSide.REQUESTER ? Participant.member(requester) : helper;
  }

  /** The consent given by the side, if any. */
  public Optional<Consent> consentOf(IntroductionSide side) {
    return Optional.ofNullable(
        side == IntroductionSide.REQUESTER ? requesterConsent : helperConsent);
  }

  private void requirePending(String action) {
    if (!status.isPending()) {
      throw new IllegalTransitionException("R-NET-3", status.outwardName(), action);
    }
  }

  private void record(IntroductionEvent event) {
    timeline.add(event);
  }

  /** The identifier. */
  public IntroductionId id() {
    return id;
  }

  /** The request the introduction is about. */
  public RequestId requestId() {
    return requestId;
  }

  /** The call the helper answered. */
  public CallId callId() {
    return callId;
  }

  /** The member who raised the request. */
  public MemberId requester() {
    return requester;
  }

  /** The member or partner who answered the call. */
  public Participant helper() {
    return helper;
  }

  /** When the Service proposed it. */
  public Instant proposedAt() {
    return proposedAt;
  }

  /** The status. Parties are told {@link IntroductionStatus#outwardName()} only. */
  public IntroductionStatus status() {
    return status;
  }

  /** Every event, oldest first. */
  public List<IntroductionEvent> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  /** The events added since it was loaded or created, for adapters to append. */
  public List<IntroductionEvent> newEvents() {
    return Collections.unmodifiableList(timeline.subList(storedEvents, timeline.size()));
  }

  /** The version read from storage, for optimistic locking; 0 for a new introduction. */
  public long version() {
    return version;
  }

  /** Whether it was never saved. */
  public boolean isNew() {
    return storedEvents == 0;
  }

  /** The state, for adapters to store and restore. */
  public Snapshot snapshot() {
    return new Snapshot(
        id,
        requestId,
        callId,
        requester,
        helper,
        proposedAt,
        status,
        requesterConsent,
        helperConsent,
        List.copyOf(timeline),
        version);
  }

  /**
   * The whole state of an introduction, as adapters store it.
   *
   * @param id identifier
   * @param requestId the request
   * @param callId the call the helper answered
   * @param requester the member who asked
   * @param helper the member or partner who answered
   * @param proposedAt when it was proposed
   * @param status the status
   * @param requesterConsent the requester's consent, or {@code null}
   * @param helperConsent the helper's consent, or {@code null}
   * @param timeline events, oldest first
   * @param version optimistic-lock version
   */
  public record Snapshot(
      IntroductionId id,
      RequestId requestId,
      CallId callId,
      MemberId requester,
      Participant helper,
      Instant proposedAt,
      IntroductionStatus status,
      Consent requesterConsent,
      Consent helperConsent,
      List<IntroductionEvent> timeline,
      long version) {}
}
