package org.clubaide.core.request;

import static org.clubaide.core.shared.RuleViolationException.require;
import static org.clubaide.core.shared.RuleViolationException.requireText;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.RequestStatus.Action;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.IllegalTransitionException;

/**
 * A member's request for help with a problem in their professional activity, from its submission
 * to its closure. Every change goes through a verb that checks the rule behind it and appends an
 * event to the timeline (R-REQ-10). Authorisation (who may call which verb) is the use case's job;
 * the aggregate only records who acted.
 */
public final class HelpRequest {

  /** The most characters of a title (R-REQ-2: a request is concise). */
  public static final int TITLE_MAX = 120;

  /** The most characters of a description (R-REQ-2: a request is concise). */
  public static final int DESCRIPTION_MAX = 2000;

  /** The most characters of a question, an answer, a reason or a comment. */
  public static final int NOTE_MAX = 1000;

  /** The title a request keeps once its requester's text was erased (R-PRV-2). */
  public static final String ERASED_TITLE = "Demande d'un membre effacé";

  /** The description a request keeps once its requester's text was erased (R-PRV-2). */
  public static final String ERASED_DESCRIPTION =
      "Le texte de cette demande a été effacé à la demande du membre.";

  /** What replaces the requester's answers, reasons and comments once erased (R-PRV-2). */
  public static final String ERASED_TEXT = "[effacé]";

  private final RequestId id;
  private final MemberId requester;
  private final Channel channel;
  private String title;
  private String description;
  private final Set<KindOfHelp> kinds;
  private final LocalDate neededBy;
  private final Instant submittedAt;
  private RequestStatus status;
  private LocalDate decisionDueOn;
  private SolutionDeadline solutionDeadline;
  private LocalDate postponedUntil;
  private RequestStatus statusBeforePostponement;
  private Satisfaction satisfaction;
  private final List<SimpleSolution> solutions;
  private final List<RequestEvent> timeline;
  private final int storedEvents;
  private final int storedSolutions;
  private final long version;
  private boolean timelineRewritten;

  private HelpRequest(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.requester = Objects.requireNonNull(s.requester(), "requester");
    this.channel = Objects.requireNonNull(s.channel(), "channel");
    this.title = s.title();
    this.description = s.description();
    this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(s.kinds()));
    this.neededBy = s.neededBy();
    this.submittedAt = s.submittedAt();
    this.status = s.status();
    this.decisionDueOn = s.decisionDueOn();
    this.solutionDeadline = s.solutionDeadline();
    this.postponedUntil = s.postponedUntil();
    this.statusBeforePostponement = s.statusBeforePostponement();
    this.satisfaction = s.satisfaction();
    this.solutions = new ArrayList<>(s.solutions());
    this.timeline = new ArrayList<>(s.timeline());
    this.storedEvents = this.timeline.size();
    this.storedSolutions = this.solutions.size();
    this.version = s.version();
  }

  /**
   * Raises a request (R-REQ-1, R-REQ-2): a concise title and description, at least one kind of
   * help, and the date by which help is needed, today or later.
   *
   * @param requester the member who has the problem
   * @param channel how the request reached the Service
   * @param recordedBy who typed it: the member, or an agent for an e-mail or phone request
   */
  public static HelpRequest submit(
      MemberId requester,
      Channel channel,
      Actor recordedBy,
      String title,
      String description,
      Set<KindOfHelp> kinds,
      LocalDate neededBy,
      Clock clock) {
    Objects.requireNonNull(requester, "requester");
    Objects.requireNonNull(channel, "channel");
    String checkedTitle = requireText(title, TITLE_MAX, "R-REQ-2", "title", "The title");
    String checkedDescription =
        requireText(description, DESCRIPTION_MAX, "R-REQ-2", "description", "The description");
    require(
        kinds != null && !kinds.isEmpty(),
        "R-REQ-1",
        "kinds",
        "Say what kind of help you need: listening, information, a document, help or follow-up.");
    requireFutureOrToday(neededBy, clock, "R-REQ-2", "neededBy", "The date by which help is needed");
    RequestId id = RequestId.newId();
    Instant now = clock.instant();
    HelpRequest request =
        new HelpRequest(
            new Snapshot(
                id,
                requester,
                channel,
                checkedTitle,
                checkedDescription,
                kinds,
                neededBy,
                now,
                RequestStatus.SUBMITTED,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                0));
    request.record(
        new RequestEvent.Submitted(
            UUID.randomUUID(),
            id,
            now,
            recordedBy.login(),
            recordedBy.isService(),
            channel,
            neededBy));
    return request;
  }

  /** Rebuilds a request from storage; checks no rule, since the data was checked when saved. */
  public static HelpRequest restore(Snapshot snapshot) {
    return new HelpRequest(snapshot);
  }

  /** The Service asks the member a question to understand the problem fully (R-REQ-3). */
  public void askQuestion(Actor agent, String question, Clock clock) {
    check(Action.ASK_QUESTION);
    String text = requireText(question, NOTE_MAX, "R-REQ-3", "question", "The question");
    record(
        new RequestEvent.QuestionAsked(
            UUID.randomUUID(), id, clock.instant(), agent.login(), true, text));
  }

  /** The member answers the Service's open question (R-REQ-3). */
  public void answerQuestion(Actor member, String answer, Clock clock) {
    check(Action.ANSWER_QUESTION);
    require(
        openQuestions() > 0,
        "R-REQ-3",
        "answer",
        "The Service has no open question on this request.");
    String text = requireText(answer, NOTE_MAX, "R-REQ-3", "answer", "The answer");
    record(
        new RequestEvent.QuestionAnswered(
            UUID.randomUUID(), id, clock.instant(), member.login(), member.isService(), text));
  }

  /**
   * The Service and the member agree the date by which the Service will decide (R-REQ-4). Once
   * agreed, the date moves only with a reason through {@link #moveDeadline}.
   */
  public void agreeDecisionDate(Actor agent, LocalDate date, Clock clock) {
    check(Action.AGREE_DECISION_DATE);
    require(
        decisionDueOn == null,
        "R-REQ-7",
        "decisionDueOn",
        "A decision date is already agreed ("
            + decisionDueOn
            + "); move it with a reason instead.");
    requireFutureOrToday(date, clock, "R-REQ-4", "decisionDueOn", "The decision date");
    decisionDueOn = date;
    record(
        new RequestEvent.DecisionDateAgreed(
            UUID.randomUUID(), id, clock.instant(), agent.login(), true, date));
  }

  /**
   * The Service accepts the mission of finding solutions, itself or through the network, with a
   * solution deadline: immediate or a fixed date, today or later (R-REQ-4, R-REQ-6).
   */
  public void accept(Actor agent, AcceptanceRoute route, SolutionDeadline deadline, Clock clock) {
    check(Action.ACCEPT);
    Objects.requireNonNull(route, "route");
    require(deadline != null, "R-REQ-6", "solutionDueOn", "Give the solution deadline.");
    requireFutureOrToday(deadline.dueOn(), clock, "R-REQ-6", "solutionDueOn", "The solution deadline");
    status = RequestStatus.ACCEPTED;
    solutionDeadline = deadline;
    record(
        new RequestEvent.Accepted(
            UUID.randomUUID(),
            id,
            clock.instant(),
            agent.login(),
            true,
            route,
            deadline.dueOn(),
            deadline.immediate()));
  }

  /** The Service is not competent for this request (R-REQ-4); the member has no claim (R-REQ-5). */
  public void decline(Actor agent, String reason, Clock clock) {
    check(Action.DECLINE);
    String text = optionalNote(reason, "reason");
    status = RequestStatus.DECLINED;
    record(
        new RequestEvent.Declined(
            UUID.randomUUID(), id, clock.instant(), agent.login(), true, text));
  }

  /**
   * Moves the current deadline — the agreed decision date while undecided, the solution deadline
   * once accepted — to a new date, with a reason the member sees (R-REQ-7).
   */
  public void moveDeadline(Actor agent, LocalDate newDate, String reason, Clock clock) {
    check(Action.MOVE_DEADLINE);
    String why = requireText(reason, NOTE_MAX, "R-REQ-7", "reason", "The reason for the move");
    requireFutureOrToday(newDate, clock, "R-REQ-7", "newDate", "The new date");
    final DeadlineKind kind;
    final LocalDate from;
    if (status == RequestStatus.ACCEPTED) {
      kind = DeadlineKind.SOLUTION;
      from = solutionDeadline.dueOn();
    } else {
      require(
          decisionDueOn != null,
          "R-REQ-7",
          "newDate",
          "No decision date is agreed yet: agree one first.");
      kind = DeadlineKind.DECISION;
      from = decisionDueOn;
    }
    require(
        !newDate.equals(from), "R-REQ-7", "newDate", "The new date is the same as the current one.");
    if (kind == DeadlineKind.SOLUTION) {
      solutionDeadline = SolutionDeadline.fixed(newDate);
    } else {
      decisionDueOn = newDate;
    }
    record(
        new RequestEvent.DeadlineMoved(
            UUID.randomUUID(), id, clock.instant(), agent.login(), true, kind, from, newDate, why));
  }

  /**
   * Proposes a simple solution, which is always free (R-SOL-1).
   *
   * @param price the price the proposer typed, if any; anything but zero is refused
   * @return the solution's identifier
   */
  public SolutionId proposeSimpleSolution(
      Actor proposer, String solutionTitle, String content, Optional<Money> price, Clock clock) {
    check(Action.PROPOSE_SOLUTION);
    Instant now = clock.instant();
    SimpleSolution solution =
        SimpleSolution.offer(solutionTitle, content, price, proposer.login(), now);
    solutions.add(solution);
    record(
        new RequestEvent.SolutionProposed(
            UUID.randomUUID(),
            id,
            now,
            proposer.login(),
            proposer.isService(),
            solution.id(),
            solution.title()));
    return solution.id();
  }

  /**
   * The member withdraws the request: solved on their side or no longer arising (R-REQ-8). Everyone
   * working on it learns it from the event.
   */
  public void withdraw(Actor actor, WithdrawalReason reason, Clock clock) {
    check(Action.WITHDRAW);
    require(reason != null, "R-REQ-8", "reason", "Say why the request is withdrawn.");
    status = RequestStatus.WITHDRAWN;
    postponedUntil = null;
    statusBeforePostponement = null;
    record(
        new RequestEvent.Withdrawn(
            UUID.randomUUID(), id, clock.instant(), actor.login(), actor.isService(), reason));
  }

  /** The member postpones the problem to a later date; the request pauses until then (R-REQ-8). */
  public void postpone(Actor actor, LocalDate until, String reason, Clock clock) {
    check(Action.POSTPONE);
    require(until != null, "R-REQ-8", "until", "Give the date until which the request waits.");
    require(
        until.isAfter(LocalDate.now(clock)),
        "R-REQ-8",
        "until",
        "A request can be postponed only to a later day.");
    String why = optionalNote(reason, "reason");
    statusBeforePostponement = status;
    status = RequestStatus.POSTPONED;
    postponedUntil = until;
    record(
        new RequestEvent.Postponed(
            UUID.randomUUID(),
            id,
            clock.instant(),
            actor.login(),
            actor.isService(),
            until,
            why));
  }

  /** A postponed request becomes active again, in the status it had before. */
  public void resume(Actor actor, Clock clock) {
    check(Action.RESUME);
    status = statusBeforePostponement;
    statusBeforePostponement = null;
    postponedUntil = null;
    record(
        new RequestEvent.Resumed(
            UUID.randomUUID(), id, clock.instant(), actor.login(), actor.isService()));
  }

  /**
   * The member closes the request after simple solutions were proposed, saying how far they solved
   * it (R-REQ-9). The answer gives no claim.
   */
  public void close(Actor member, Satisfaction given, String comment, Clock clock) {
    close(member, given, comment, false, clock);
  }

  /**
   * The member closes the request after a simple solution was proposed or an offer taken (a quote
   * accepted, R-SOL-5), saying how far it solved the problem (R-REQ-9). The answer gives no claim.
   *
   * @param offerAccepted whether the member accepted a quote on this request
   */
  public void close(
      Actor member, Satisfaction given, String comment, boolean offerAccepted, Clock clock) {
    check(Action.CLOSE);
    require(given != null, "R-REQ-9", "satisfaction", "Say how far the problem is solved.");
    require(
        !solutions.isEmpty() || offerAccepted,
        "R-REQ-9",
        "satisfaction",
        "No solution has been proposed and no quote accepted yet: withdraw the request if the"
            + " problem is solved on your side.");
    String text = optionalNote(comment, "comment");
    status = RequestStatus.CLOSED;
    satisfaction = given;
    record(
        new RequestEvent.Closed(
            UUID.randomUUID(), id, clock.instant(), member.login(), false, given, text));
  }

  /**
   * Erases the requester's own text from a finished request, once the requester had their data
   * erased (R-PRV-2). The request stays, with its dates, kinds, statuses and the Service's work,
   * for the statistics; the title and description become neutral, and in the timeline every event
   * the requester made (not the Service) gets {@code erasedLogin} as actor and {@link
   * #ERASED_TEXT} in place of any answer, reason or comment they typed. No event is added: the
   * neutral title says what happened. Erasing again changes nothing more.
   *
   * <p>This rewrites stored events, which nothing else does: adapters see it through {@link
   * #timelineRewritten()}.
   *
   * @param erasedLogin the neutral login of the erased requester
   * @throws IllegalTransitionException while the request is still open: withdraw it first
   */
  public void eraseRequesterText(String erasedLogin) {
    Objects.requireNonNull(erasedLogin, "erasedLogin");
    if (status.isOpen()) {
      throw new IllegalTransitionException(
          "R-PRV-2", status.name(), "erase the requester's text of");
    }
    title = ERASED_TITLE;
    description = ERASED_DESCRIPTION;
    timeline.replaceAll(e -> e.byService() ? e : erased(e, erasedLogin));
    timelineRewritten = true;
  }

  private static RequestEvent erased(RequestEvent e, String login) {
    UUID id = e.eventId();
    RequestId request = e.requestId();
    Instant at = e.occurredAt();
    if (e instanceof RequestEvent.Submitted s) {
      return new RequestEvent.Submitted(id, request, at, login, false, s.channel(), s.neededBy());
    } else if (e instanceof RequestEvent.QuestionAnswered a) {
      return new RequestEvent.QuestionAnswered(id, request, at, login, false, ERASED_TEXT);
    } else if (e instanceof RequestEvent.Withdrawn w) {
      return new RequestEvent.Withdrawn(id, request, at, login, false, w.reason());
    } else if (e instanceof RequestEvent.Postponed p) {
      return new RequestEvent.Postponed(
          id, request, at, login, false, p.until(), erasedNote(p.reason()));
    } else if (e instanceof RequestEvent.Closed c) {
      return new RequestEvent.Closed(
          id, request, at, login, false, c.satisfaction(), erasedNote(c.comment()));
    } else if (e instanceof RequestEvent.Resumed) {
      return new RequestEvent.Resumed(id, request, at, login, false);
    }
    // The requester makes no other kind of event; the Service's events are kept as they are.
    return e;
  }

  private static String erasedNote(String note) {
    return note.isEmpty() ? note : ERASED_TEXT;
  }

  /**
   * Whether {@link #eraseRequesterText} rewrote the stored timeline since the request was loaded:
   * adapters must then store every event again, not only the {@link #newEvents() new} ones.
   */
  public boolean timelineRewritten() {
    return timelineRewritten;
  }

  /**
   * The next date the Service or the member must act by: the agreed decision date (or the needed-by
   * date when none is agreed) while undecided, the solution deadline once accepted, the end of a
   * postponement; empty once the request is finished.
   */
  public Optional<LocalDate> nextDeadline() {
    return switch (status) {
      case SUBMITTED -> Optional.of(decisionDueOn != null ? decisionDueOn : neededBy);
      case ACCEPTED -> Optional.of(solutionDeadline.dueOn());
      case POSTPONED -> Optional.of(postponedUntil);
      case DECLINED, WITHDRAWN, CLOSED -> Optional.empty();
    };
  }

  /**
   * Whether a deadline the Service committed to has passed without the promised step: the agreed
   * decision date without a decision (R-REQ-4) or the solution deadline without any solution
   * (R-REQ-6). Derived from the clock, never stored.
   */
  public boolean isOverdue(Clock clock) {
    LocalDate today = LocalDate.now(clock);
    return switch (status) {
      case SUBMITTED -> decisionDueOn != null && today.isAfter(decisionDueOn);
      case ACCEPTED -> solutions.isEmpty() && today.isAfter(solutionDeadline.dueOn());
      default -> false;
    };
  }

  /** Whether a postponed request has reached its date and should resume. */
  public boolean isDueAgain(Clock clock) {
    return status == RequestStatus.POSTPONED && !LocalDate.now(clock).isBefore(postponedUntil);
  }

  /** How many of the Service's questions have no answer yet. */
  public int openQuestions() {
    int open = 0;
    for (RequestEvent event : timeline) {
      if (event instanceof RequestEvent.QuestionAsked) {
        open++;
      } else if (event instanceof RequestEvent.QuestionAnswered && open > 0) {
        open--;
      }
    }
    return open;
  }

  private void check(Action action) {
    if (!status.allows(action)) {
      throw new IllegalTransitionException("R-REQ-10", status.name(), action.verb());
    }
  }

  private void record(RequestEvent event) {
    timeline.add(event);
  }

  private static String optionalNote(String note, String field) {
    String text = note == null ? "" : note.strip();
    require(
        text.length() <= NOTE_MAX,
        "R-REQ-10",
        field,
        "The " + field + " is limited to " + NOTE_MAX + " characters.");
    return text;
  }

  private static void requireFutureOrToday(
      LocalDate date, Clock clock, String rule, String field, String label) {
    require(date != null, rule, field, label + " is required.");
    require(
        !date.isBefore(LocalDate.now(clock)),
        rule,
        field,
        label + " (" + date + ") is in the past; choose today or a later day.");
  }

  /** The identifier. */
  public RequestId id() {
    return id;
  }

  /** The member who has the problem. */
  public MemberId requester() {
    return requester;
  }

  /** How the request reached the Service. */
  public Channel channel() {
    return channel;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The description. */
  public String description() {
    return description;
  }

  /** The kinds of help asked for. */
  public Set<KindOfHelp> kinds() {
    return kinds;
  }

  /** The date by which help is needed. */
  public LocalDate neededBy() {
    return neededBy;
  }

  /** When it was submitted. */
  public Instant submittedAt() {
    return submittedAt;
  }

  /** The current status. */
  public RequestStatus status() {
    return status;
  }

  /** The agreed decision date, if any. */
  public Optional<LocalDate> decisionDueOn() {
    return Optional.ofNullable(decisionDueOn);
  }

  /** The solution deadline, once accepted. */
  public Optional<SolutionDeadline> solutionDeadline() {
    return Optional.ofNullable(solutionDeadline);
  }

  /** The date until which the request is postponed, while postponed. */
  public Optional<LocalDate> postponedUntil() {
    return Optional.ofNullable(postponedUntil);
  }

  /** The member's satisfaction, once closed. */
  public Optional<Satisfaction> satisfaction() {
    return Optional.ofNullable(satisfaction);
  }

  /** The simple solutions proposed, oldest first. */
  public List<SimpleSolution> solutions() {
    return Collections.unmodifiableList(solutions);
  }

  /** The timeline: every event, oldest first (R-REQ-10). */
  public List<RequestEvent> timeline() {
    return Collections.unmodifiableList(timeline);
  }

  /** The events added since the request was loaded or created, for adapters to append. */
  public List<RequestEvent> newEvents() {
    return Collections.unmodifiableList(timeline.subList(storedEvents, timeline.size()));
  }

  /** The solutions added since the request was loaded or created, for adapters to append. */
  public List<SimpleSolution> newSolutions() {
    return Collections.unmodifiableList(solutions.subList(storedSolutions, solutions.size()));
  }

  /** The version read from storage, for optimistic locking; 0 for a new request. */
  public long version() {
    return version;
  }

  /** Whether the request was never saved. */
  public boolean isNew() {
    return storedEvents == 0;
  }

  /** The state of the request inside the aggregate, for adapters to store and restore. */
  public Snapshot snapshot() {
    return new Snapshot(
        id,
        requester,
        channel,
        title,
        description,
        kinds,
        neededBy,
        submittedAt,
        status,
        decisionDueOn,
        solutionDeadline,
        postponedUntil,
        statusBeforePostponement,
        satisfaction,
        List.copyOf(solutions),
        List.copyOf(timeline),
        version);
  }

  /**
   * The whole state of a request, as adapters store it. Nullable fields are those the lifecycle
   * has not reached yet.
   *
   * @param id identifier
   * @param requester the member
   * @param channel how it reached the Service
   * @param title title
   * @param description description
   * @param kinds kinds of help
   * @param neededBy needed-by date
   * @param submittedAt submission time
   * @param status status
   * @param decisionDueOn agreed decision date or {@code null}
   * @param solutionDeadline solution deadline or {@code null}
   * @param postponedUntil postponement date or {@code null}
   * @param statusBeforePostponement status to resume to, or {@code null}
   * @param satisfaction satisfaction or {@code null}
   * @param solutions proposed simple solutions
   * @param timeline events, oldest first
   * @param version optimistic-lock version
   */
  public record Snapshot(
      RequestId id,
      MemberId requester,
      Channel channel,
      String title,
      String description,
      Set<KindOfHelp> kinds,
      LocalDate neededBy,
      Instant submittedAt,
      RequestStatus status,
      LocalDate decisionDueOn,
      SolutionDeadline solutionDeadline,
      LocalDate postponedUntil,
      RequestStatus statusBeforePostponement,
      Satisfaction satisfaction,
      List<SimpleSolution> solutions,
      List<RequestEvent> timeline,
      long version) {}
}
