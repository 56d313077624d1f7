package org.clubaide.core.network;

import static org.clubaide.core.shared.RuleViolationException.require;
import static org.clubaide.core.shared.RuleViolationException.requireText;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.network.CallStatus.Action;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.SimpleSolution;
import org.clubaide.core.request.SolutionId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.IllegalTransitionException;

/**
 * A call for help: the Service sends the anonymous view of a request to members and partners it
 * selected (R-NET-1, R-NET-2); each recipient answers once, with a free simple solution, the
 * intention to offer an accompaniment, or a refusal (R-NET-4); the call closes when the request is
 * withdrawn, postponed or ended, and every recipient still concerned is told (R-REQ-8).
 * Authorisation (who may call which verb) is the use case's job; the aggregate checks that an
 * answer comes from a recipient and records who acted.
 */
public final class CallForHelp {

  /** The most recipients of one call. */
  public static final int MAX_RECIPIENTS = MatchQuery.MAX_LIMIT;

  /** The most characters of an accompaniment outline. */
  public static final int OUTLINE_MAX = 1000;

  private final CallId id;
  private final RequestId requestId;
  private final AnonymousRequestView view;
  private final List<Participant> recipients;
  private final Instant sentAt;
  private final String sentBy;
  private CallStatus status;
  private CloseReason closeReason;
  private final Map<Participant, CallAnswer> answers;
  private final List<CallEvent> timeline;
  private final int storedEvents;
  private final long version;

  private CallForHelp(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.requestId = Objects.requireNonNull(s.requestId(), "requestId");
    this.view = Objects.requireNonNull(s.view(), "view");
    this.recipients = List.copyOf(s.recipients());
    this.sentAt = Objects.requireNonNull(s.sentAt(), "sentAt");
    this.sentBy = Objects.requireNonNull(s.sentBy(), "sentBy");
    this.status = Objects.requireNonNull(s.status(), "status");
    this.closeReason = s.closeReason();
    this.answers = new LinkedHashMap<>();
    for (CallAnswer answer : s.answers()) {
      this.answers.put(answer.recipient(), answer);
    }
    this.timeline = new ArrayList<>(s.timeline());
    this.storedEvents = this.timeline.size();
    this.version = s.version();
  }

  /**
   * Sends a call about a request to the chosen members and partners (R-NET-1). The recipients are
   * one to {@value #MAX_RECIPIENTS} distinct participants, never the requester.
   *
   * @param requestId the request
   * @param requester the member who raised it
   * @param view the anonymous view built by the {@link AnonymityPolicy} (R-NET-2)
   * @param recipients who receives the call, in the order the agent chose
   * @param sentBy the login of the agent who sends it
   */
  public static CallForHelp send(
      RequestId requestId,
      MemberId requester,
      AnonymousRequestView view,
      List<Participant> recipients,
      String sentBy,
      Clock clock) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(sentBy, "sentBy");
    require(
        recipients != null && !recipients.isEmpty(),
        "R-NET-1",
        "recipients",
        "Choose at least one member or partner to call on.");
    require(
        recipients.size() <= MAX_RECIPIENTS,
        "R-NET-1",
        "recipients",
        "A call goes to at most " + MAX_RECIPIENTS + " recipients (" + recipients.size() + ").");
    Set<Participant> distinct = new LinkedHashSet<>(recipients);
    require(
        distinct.size() == recipients.size(),
        "R-NET-1",
        "recipients",
        "Each recipient may be named only once.");
    for (Participant recipient : distinct) {
      require(
          !recipient.isMember(requester),
          "R-NET-1",
          "recipients",
          "The member who asked cannot be called on for their own request.");
    }
    CallId id = CallId.newId();
    Instant now = clock.instant();
    List<Participant> ordered = List.copyOf(distinct);
    CallForHelp call =
        new CallForHelp(
            new Snapshot(
                id,
                requestId,
                view,
                ordered,
                now,
                sentBy,
                CallStatus.OPEN,
                null,
                List.of(),
                List.of(),
                0));
    call.record(new CallEvent.CallSent(UUID.randomUUID(), id, now, sentBy, requestId, ordered));
    return call;
  }

  /** Rebuilds a call from storage; checks no rule, since the data was checked when saved. */
  public static CallForHelp restore(Snapshot snapshot) {
    return new CallForHelp(snapshot);
  }

  /**
   * The recipient offers a simple solution, which is always free (R-NET-4, R-SOL-1).
   *
   * @param recipient who answers; must be a recipient who has not answered yet
   * @param answeredBy the login that typed the answer
   * @param price the price typed, if any; anything but zero is refused (R-SOL-1)
   * @return the solution's identifier
   */
  public SolutionId offerSimpleSolution(
      Participant recipient,
      String answeredBy,
      String title,
      String content,
      Optional<Money> price,
      Clock clock) {
    checkCanAnswer(recipient);
    Instant now = clock.instant();
    SimpleSolution solution =
        SimpleSolution.offer(
            title, content, price == null ? Optional.empty() : price, answeredBy, now);
    answers.put(recipient, new CallAnswer.SimpleSolutionOffer(recipient, solution));
    record(
        new CallEvent.SimpleSolutionOffered(
            UUID.randomUUID(), id, now, answeredBy, recipient, solution.id(), solution.title()));
    return solution.id();
  }

  /**
   * The recipient offers an accompaniment; the price will come in a quote (R-NET-4, R-SOL-2).
   *
   * @param recipient who answers; must be a recipient who has not answered yet
   * @param answeredBy the login that typed the answer
   * @param outline what the accompaniment would be, at most {@value #OUTLINE_MAX} characters
   */
  public void offerAccompaniment(
      Participant recipient, String answeredBy, String outline, Clock clock) {
    checkCanAnswer(recipient);
    String text =
        requireText(outline, OUTLINE_MAX, "R-NET-4", "outline", "The outline of the accompaniment");
    Instant now = clock.instant();
    answers.put(recipient, new CallAnswer.AccompanimentOffer(recipient, text, answeredBy, now));
    record(new CallEvent.AccompanimentOffered(UUID.randomUUID(), id, now, answeredBy, recipient));
  }

  /**
   * The recipient cannot help this time; no reason is asked.
   *
   * @param recipient who answers; must be a recipient who has not answered yet
   * @param answeredBy the login that typed the answer
   */
  public void decline(Participant recipient, String answeredBy, Clock clock) {
    checkCanAnswer(recipient);
    Instant now = clock.instant();
    answers.put(recipient, new CallAnswer.Declined(recipient, answeredBy, now));
    record(new CallEvent.CallDeclined(UUID.randomUUID(), id, now, answeredBy, recipient));
  }

  /**
   * Closes the call. The event lists every recipient who has not declined, so that they are all
   * told at once (R-REQ-8).
   *
   * @param reason why
   * @param closedBy the login of who closed it, or {@code system} for an automatic reaction
   */
  public void close(CloseReason reason, String closedBy, Clock clock) {
    check(Action.CLOSE);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(closedBy, "closedBy");
    status = CallStatus.CLOSED;
    closeReason = reason;
    record(
        new CallEvent.CallClosed(
            UUID.randomUUID(), id, clock.instant(), closedBy, reason, recipientsToTell()));
  }

  /** Whether the participant received this call. */
  public boolean isRecipient(Participant participant) {
    return recipients.contains(participant);
  }

  /** The participant's answer, once given. */
  public Optional<CallAnswer> answerOf(Participant recipient) {
    return Optional.ofNullable(answers.get(recipient));
  }

  /**
   * What the recipient sees of the call: the anonymous view, the state and their own answer.
   *
   * @throws AccessDeniedException when the participant is not a recipient
   */
  public RecipientCallView viewFor(Participant recipient) {
    requireRecipient(recipient);
    return new RecipientCallView(
        id,
        view,
        sentAt,
        status,
        Optional.ofNullable(closeReason),
        Optional.ofNullable(answers.get(recipient)));
  }

  /** The recipients who have not declined, in the order they were called. */
  public List<Participant> recipientsToTell() {
    List<Participant> toTell = new ArrayList<>();
    for (Participant recipient : recipients) {
      CallAnswer answer = answers.get(recipient);
      if (answer == null || answer.offersHelp()) {
        toTell.add(recipient);
      }
    }
    return List.copyOf(toTell);
  }

  private void checkCanAnswer(Participant recipient) {
    check(Action.ANSWER);
    requireRecipient(recipient);
    if (answers.containsKey(recipient)) {
      throw new ConflictException(
          "R-NET-4", "You have already answered this call for help; an answer cannot be changed.");
    }
  }

  private void requireRecipient(Participant participant) {
    Objects.requireNonNull(participant, "participant");
    if (!recipients.contains(participant)) {
      throw new AccessDeniedException(
          "Only a recipient of this call for help can see or answer it.");
    }
  }

  private void check(Action action) {
    if (!status.allows(action)) {
      throw new IllegalTransitionException(
          "R-NET-1", "a call for help", status.name(), action.verb());
    }
  }

  private void record(CallEvent event) {
    timeline.add(event);
  }

  /** The identifier. */
  public CallId id() {
    return id;
  }

  /** The request the call is about. */
  public RequestId requestId() {
    return requestId;
  }

  /** The anonymous view of the request the recipients see. */
  public AnonymousRequestView view() {
    return view;
  }

  /** The recipients, in the order the agent chose. */
  public List<Participant> recipients() {
    return recipients;
  }

  /** When the call was sent. */
  public Instant sentAt() {
    return sentAt;
  }

  /** The login of the agent who sent it. */
  public String sentBy() {
    return sentBy;
  }

  /** Open or closed. */
  public CallStatus status() {
    return status;
  }

  /** Why the call was closed, once closed. */
  public Optional<CloseReason> closeReason() {
    return Optional.ofNullable(closeReason);
  }

  /** The answers received, in the order they came. */
  public List<CallAnswer> answers() {
    return List.copyOf(answers.values());
  }

  /** Every event, oldest first. */
  public List<CallEvent> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  /** The events added since the call was loaded or created, for adapters to append. */
  public List<CallEvent> newEvents() {
    return Collections.unmodifiableList(timeline.subList(storedEvents, timeline.size()));
  }

  /** The version read from storage, for optimistic locking; 0 for a new call. */
  public long version() {
    return version;
  }

  /** Whether the call was never saved. */
  public boolean isNew() {
    return storedEvents == 0;
  }

  /** The state of the call, for adapters to store and restore. */
  public Snapshot snapshot() {
    return new Snapshot(
        id,
        requestId,
        view,
        recipients,
        sentAt,
        sentBy,
        status,
        closeReason,
        answers(),
        List.copyOf(timeline),
        version);
  }

  /**
   * The whole state of a call, as adapters store it.
   *
   * @param id identifier
   * @param requestId the request
   * @param view the anonymous view sent
   * @param recipients the recipients, in order
   * @param sentAt when it was sent
   * @param sentBy the agent's login
   * @param status open or closed
   * @param closeReason why it was closed, or {@code null} while open
   * @param answers the answers, in the order they came
   * @param timeline events, oldest first
   * @param version optimistic-lock version
   */
  public record Snapshot(
      CallId id,
      RequestId requestId,
      AnonymousRequestView view,
      List<Participant> recipients,
      Instant sentAt,
      String sentBy,
      CallStatus status,
      CloseReason closeReason,
      List<CallAnswer> answers,
      List<CallEvent> timeline,
      long version) {}
}
