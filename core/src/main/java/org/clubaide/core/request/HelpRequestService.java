package org.clubaide.core.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.RequestStatus.Action;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.DomainEvents;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.terms.TermsCatalogue;

/**
 * Use cases on help requests, one method per thing a member or an agent does. Each checks who may
 * do it (R-PRV-3) before the aggregate checks the rule. A member who has not accepted the current
 * terms may read their requests but not act (R-MEM-2). Callers run each method in a transaction.
 */
public final class HelpRequestService {

  /** The most lines of a list page. */
  public static final int MAX_PAGE = 100;

  private final HelpRequestRepository requests;
  private final MemberRepository members;
  private final TermsCatalogue terms;
  private final Clock clock;
  private final DomainEvents events;
  private final AcceptedOffers offers;

  /**
   * Wires the use cases to their ports and to the clock that tells the Service's time; they
   * publish no events (for embedders who need no notifications).
   */
  public HelpRequestService(
      HelpRequestRepository requests, MemberRepository members, TermsCatalogue terms, Clock clock) {
    this(requests, members, terms, clock, DomainEvents.none());
  }

  /**
   * Wires the use cases to their ports, the clock that tells the Service's time, and where they
   * publish each change's events, in the change's transaction (R-REQ-7, R-REQ-8).
   */
  public HelpRequestService(
      HelpRequestRepository requests,
      MemberRepository members,
      TermsCatalogue terms,
      Clock clock,
      DomainEvents events) {
    this(requests, members, terms, clock, events, AcceptedOffers.none());
  }

  /**
   * Wires the use cases to their ports, the clock, where they publish events, and where they learn
   * whether the member took an offer on a request (which lets the member close it, R-REQ-9).
   */
  public HelpRequestService(
      HelpRequestRepository requests,
      MemberRepository members,
      TermsCatalogue terms,
      Clock clock,
      DomainEvents events,
      AcceptedOffers offers) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.members = Objects.requireNonNull(members, "members");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.events = Objects.requireNonNull(events, "events");
    this.offers = Objects.requireNonNull(offers, "offers");
  }

  /**
   * Raises a request (R-REQ-1, R-REQ-2). A member raises their own through the web; an agent
   * records one received by e-mail or phone on a member's behalf, and the channel is kept.
   *
   * @return the new request's identifier
   */
  public RequestId submit(Actor actor, SubmitHelpRequest command) {
    Objects.requireNonNull(command, "command");
    final MemberId requester;
    if (command.onBehalfOf().isPresent()) {
      actor.requireService("record a request on a member's behalf");
      RuleViolationException.require(
          command.channel() != Channel.WEB,
          "R-REQ-1",
          "channel",
          "A request recorded by the Service came by e-mail or phone: say which.");
      requester = command.onBehalfOf().get();
    } else {
      requester = actor.requireMember();
      RuleViolationException.require(
          command.channel() == Channel.WEB,
          "R-REQ-1",
          "channel",
          "A member's own request comes through the web; e-mail and phone requests are recorded"
              + " by the Service.");
    }
    Member member =
        members.findById(requester).orElseThrow(() -> new NotFoundException("Member", requester));
    requireCurrentTerms(member);
    HelpRequest request =
        HelpRequest.submit(
            requester,
            command.channel(),
            actor,
            command.title(),
            command.description(),
            command.kinds(),
            command.neededBy(),
            clock);
    save(request);
    return request.id();
  }

  /** The whole request with its timeline, for its requester or the Service (R-PRV-3). */
  public HelpRequest view(Actor actor, RequestId id) {
    return readable(actor, id);
  }

  /** The member's own requests, newest first (R-PRV-3). */
  public List<RequestSummary> myRequests(Actor actor, int limit) {
    return myRequests(actor, Optional.empty(), limit);
  }

  /** A page of the member's own requests, newest first, after the cursor (R-PRV-3). */
  public List<RequestSummary> myRequests(
      Actor actor, Optional<RequesterCursor> after, int limit) {
    return requests.byRequester(actor.requireMember(), after, pageSize(limit));
  }

  /** The Service's queue: open requests ordered by next deadline (R-REQ-4). */
  public List<RequestSummary> queue(Actor actor, Optional<QueueCursor> after, int limit) {
    actor.requireService("see the queue");
    return requests.openByNextDeadline(after, pageSize(limit));
  }

  /** The Service asks the member a question (R-REQ-3). */
  public void askQuestion(Actor actor, RequestId id, String question) {
    act(actor, id, Action.ASK_QUESTION, r -> r.askQuestion(actor, question, clock));
  }

  /** The member answers the Service's question (R-REQ-3). */
  public void answerQuestion(Actor actor, RequestId id, String answer) {
    act(actor, id, Action.ANSWER_QUESTION, r -> r.answerQuestion(actor, answer, clock));
  }

  /** The Service agrees a decision date with the member (R-REQ-4). */
  public void agreeDecisionDate(Actor actor, RequestId id, LocalDate date) {
    act(actor, id, Action.AGREE_DECISION_DATE, r -> r.agreeDecisionDate(actor, date, clock));
  }

  /**
   * The Service accepts the mission, with a solution deadline (R-REQ-4, R-REQ-6).
   *
   * @param solutionDueOn the fixed date, or empty for immediate solutions
   */
  public void accept(
      Actor actor, RequestId id, AcceptanceRoute route, Optional<LocalDate> solutionDueOn) {
    SolutionDeadline deadline =
        solutionDueOn
            .map(SolutionDeadline::fixed)
            .orElseGet(() -> SolutionDeadline.immediate(LocalDate.now(clock)));
    act(actor, id, Action.ACCEPT, r -> r.accept(actor, route, deadline, clock));
  }

  /** The Service declines: it is not competent (R-REQ-4, R-REQ-5). */
  public void decline(Actor actor, RequestId id, String reason) {
    act(actor, id, Action.DECLINE, r -> r.decline(actor, reason, clock));
  }

  /** The Service moves the current deadline, with a reason the member sees (R-REQ-7). */
  public void moveDeadline(Actor actor, RequestId id, LocalDate newDate, String reason) {
    act(actor, id, Action.MOVE_DEADLINE, r -> r.moveDeadline(actor, newDate, reason, clock));
  }

  /** The Service proposes a simple solution, which is free (R-SOL-1). */
  public SolutionId proposeSimpleSolution(
      Actor actor, RequestId id, String title, String content, Optional<Money> price) {
    HelpRequest request = load(id);
    authorise(actor, request, Action.PROPOSE_SOLUTION);
    SolutionId solution = request.proposeSimpleSolution(actor, title, content, price, clock);
    save(request);
    return solution;
  }

  /** The member (or the Service, told by phone or e-mail) withdraws the request (R-REQ-8). */
  public void withdraw(Actor actor, RequestId id, WithdrawalReason reason) {
    RuleViolationException.require(
        reason == null || WithdrawalReason.memberChoices().contains(reason),
        "R-REQ-8",
        "reason",
        "A request is withdrawn because the problem was solved on the member's side or no longer"
            + " arises; ending the participation withdraws every request at once.");
    act(actor, id, Action.WITHDRAW, r -> r.withdraw(actor, reason, clock));
  }

  /** The member (or the Service, told by phone or e-mail) postpones the request (R-REQ-8). */
  public void postpone(Actor actor, RequestId id, LocalDate until, String reason) {
    act(actor, id, Action.POSTPONE, r -> r.postpone(actor, until, reason, clock));
  }

  /** The Service resumes a postponed request. */
  public void resume(Actor actor, RequestId id) {
    act(actor, id, Action.RESUME, r -> r.resume(actor, clock));
  }

  /**
   * The member closes the request with their satisfaction (R-REQ-9), once a simple solution was
   * proposed or an offer taken.
   */
  public void close(Actor actor, RequestId id, Satisfaction satisfaction, String comment) {
    act(
        actor,
        id,
        Action.CLOSE,
        r -> r.close(actor, satisfaction, comment, offers.anyAcceptedFor(id), clock));
  }

  /** The actions the actor may take on the request now (R-PRV-3), for pages and API clients. */
  public Set<Action> allowedActions(Actor actor, HelpRequest request) {
    return RequestAccessPolicy.allowedActions(actor, request);
  }

  private void act(Actor actor, RequestId id, Action action, Consumer<HelpRequest> change) {
    HelpRequest request = load(id);
    authorise(actor, request, action);
    change.accept(request);
    save(request);
  }

  /** Saves the request, then publishes its new events in the same transaction. */
  private void save(HelpRequest request) {
    requests.save(request);
    events.publish(List.copyOf(request.newEvents()));
  }

  /**
   * The access policy first; then a member acting for themselves must have accepted the current
   * terms (R-MEM-2), while the Service may still record what the member said.
   */
  private void authorise(Actor actor, HelpRequest request, Action action) {
    RequestAccessPolicy.check(actor, request, action);
    if (!actor.isService()) {
      requireCurrentTerms(
          members
              .findById(request.requester())
              .orElseThrow(() -> new NotFoundException("Member", request.requester())));
    }
  }

  private HelpRequest readable(Actor actor, RequestId id) {
    HelpRequest request = load(id);
    RequestAccessPolicy.checkRead(actor, request);
    return request;
  }

  private HelpRequest load(RequestId id) {
    Objects.requireNonNull(id, "id");
    return requests.findById(id).orElseThrow(() -> new NotFoundException("Help request", id));
  }

  private void requireCurrentTerms(Member member) {
    var current = terms.currentOn(LocalDate.now(clock));
    if (!member.hasAccepted(current)) {
      throw new AccessDeniedException(
          "Accept the current terms (version "
              + current.label()
              + ") before acting; until then you can read your own data only.");
    }
  }

  private static int pageSize(int limit) {
    return Math.max(1, Math.min(limit, MAX_PAGE));
  }
}
