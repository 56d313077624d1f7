package org.clubaide.core.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.SolutionId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.DomainEvents;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Use cases of the network, one method per thing an agent, a recipient or a party does. Each checks
 * who may do it first (R-PRV-3), then lets the aggregate check the rule:
 *
 * <ul>
 *   <li>only the central Service matches, previews, sends, closes calls and proposes introductions;
 *   <li>a member or partner sees and answers only the calls sent to them; any other call answers
 *       "not found", so that identifiers cannot be probed;
 *   <li>only the two parties see an introduction and, once both agreed, each other's contact
 *       details; anyone else, the Service included, gets "not found". The Service may record a
 *       party's e-mailed agreement or a refusal, without seeing the result.
 * </ul>
 *
 * A recipient or party acts only while their participation is active and the current terms are
 * accepted (R-MEM-2); refusing an introduction is always possible, since it releases nothing.
 * Callers run each method in a transaction. Time comes from the injected clock.
 */
public final class NetworkService {

  /** The actor recorded for automatic reactions, such as closing calls of a withdrawn request. */
  public static final String SYSTEM = "system";

  /** The most lines of a list page. */
  public static final int MAX_PAGE = 100;

  private final HelpRequestRepository requests;
  private final MemberRepository members;
  private final NetworkDirectory directory;
  private final CallForHelpRepository calls;
  private final IntroductionRepository introductions;
  private final AnonymityPolicy anonymity;
  private final SkillMatcher matcher;
  private final Clock clock;
  private final DomainEvents events;

  /**
   * Wires the use cases to their ports, policies and the clock that tells the Service's time; they
   * publish no events (for embedders who need no notifications).
   */
  public NetworkService(
      HelpRequestRepository requests,
      MemberRepository members,
      NetworkDirectory directory,
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      AnonymityPolicy anonymity,
      SkillMatcher matcher,
      Clock clock) {
    this(
        requests,
        members,
        directory,
        calls,
        introductions,
        anonymity,
        matcher,
        clock,
        DomainEvents.none());
  }

  /**
   * Wires the use cases to their ports, policies, the clock, and where they publish each change's
   * events in the change's transaction (calls sent and closed, answers, introductions).
   */
  public NetworkService(
      HelpRequestRepository requests,
      MemberRepository members,
      NetworkDirectory directory,
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      AnonymityPolicy anonymity,
      SkillMatcher matcher,
      Clock clock,
      DomainEvents events) {
    this.events = Objects.requireNonNull(events, "events");
    this.requests = Objects.requireNonNull(requests, "requests");
    this.members = Objects.requireNonNull(members, "members");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.introductions = Objects.requireNonNull(introductions, "introductions");
    this.anonymity = Objects.requireNonNull(anonymity, "anonymity");
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The Service looks for members and partners offering the skills it chose for an open request
   * (R-NET-1, R-MEM-3); see {@link SkillMatcher} for who is retained and in which order.
   *
   * @param wantedSkills the skills, as typed; normalised here
   * @param limit how many matches at most, 1 to {@value MatchQuery#MAX_LIMIT}
   */
  public List<Match> match(Actor actor, RequestId requestId, Set<String> wantedSkills, int limit) {
    actor.requireService("search the network");
    HelpRequest request = openRequest(requestId, "search the network for");
    MatchQuery query = new MatchQuery(request.id(), request.requester(), tags(wantedSkills), limit);
    return matcher.rank(query, directory.candidates());
  }

  /**
   * The Service sees, before sending, exactly what recipients would see of an open request
   * (R-NET-2).
   *
   * @throws RuleViolationException {@code R-NET-2} when the summary or a skill identifies the
   *     requester
   */
  public AnonymousRequestView previewCall(
      Actor actor, RequestId requestId, String reviewedSummary, Set<String> wantedSkills) {
    actor.requireService("preview a call for help");
    HelpRequest request = openRequest(requestId, "preview a call for help on");
    return anonymise(request, reviewedSummary, wantedSkills);
  }

  /**
   * The Service sends a call for help about an accepted request to members and partners who may be
   * called on: they offered their skills, are active and accepted the current terms (R-NET-1). The
   * call carries only the anonymous view (R-NET-2).
   *
   * @return the new call's identifier
   */
  public CallId sendCall(Actor actor, SendCallForHelp command) {
    actor.requireService("send a call for help");
    Objects.requireNonNull(command, "command");
    HelpRequest request = loadRequest(command.requestId());
    if (request.status() != RequestStatus.ACCEPTED) {
      throw new IllegalTransitionException(
          "R-NET-1", request.status().name(), "send a call for help on");
    }
    AnonymousRequestView view =
        anonymise(request, command.reviewedSummary(), command.wantedSkills());
    for (Participant recipient : command.recipients()) {
      boolean mayBeCalledOn = directory.find(recipient).map(Candidate::mayBeCalledOn).orElse(false);
      RuleViolationException.require(
          mayBeCalledOn,
          "R-NET-1",
          "recipients",
          "Every recipient must have offered their skills to the network, be active and have"
              + " accepted the current terms; "
              + recipient
              + " does not. Choose among the matches.");
    }
    CallForHelp call =
        CallForHelp.send(
            request.id(), request.requester(), view, command.recipients(), actor.login(), clock);
    save(call);
    return call.id();
  }

  /** The Service ends an open call, for example once enough answers came in. */
  public void closeCall(Actor actor, CallId callId) {
    actor.requireService("close a call for help");
    CallForHelp call = loadCall(callId);
    call.close(CloseReason.ENDED_BY_SERVICE, actor.login(), clock);
    save(call);
  }

  /** The whole call, with its recipients and every answer, for the Service only. */
  public CallForHelp callForService(Actor actor, CallId callId) {
    actor.requireService("see the answers to a call for help");
    return loadCall(callId);
  }

  /** The calls sent to the member or partner acting, newest first, as they may see them. */
  public List<RecipientCallView> callsSentToMe(Actor actor, int limit) {
    return callsSentToMe(actor, Optional.empty(), limit);
  }

  /**
   * A page of the calls sent to the member or partner acting, newest first, as they may see them
   * (R-NET-2), after the cursor when given; 1 to {@value #MAX_PAGE} calls.
   *
   * @throws AccessDeniedException when the actor is neither a member nor a partner
   */
  public List<RecipientCallView> callsSentToMe(
      Actor actor, Optional<CallCursor> after, int limit) {
    Objects.requireNonNull(after, "after");
    Participant me =
        participantOf(actor)
            .orElseThrow(
                () ->
                    new AccessDeniedException("Only members and partners receive calls for help."));
    List<RecipientCallView> views = new ArrayList<>();
    for (CallForHelp call : calls.sentTo(me, after, pageSize(limit))) {
      if (call.isRecipient(me)) {
        views.add(call.viewFor(me));
      }
    }
    return List.copyOf(views);
  }

  /**
   * The calls about a request that are still open, oldest first, with their recipients and
   * answers, for the Service only: where it stands in its search for solutions (R-NET-1).
   *
   * @throws NotFoundException when the request does not exist
   */
  public List<CallForHelp> openCalls(Actor actor, RequestId requestId) {
    actor.requireService("see the calls for help about a request");
    loadRequest(requestId);
    return calls.openForRequest(requestId);
  }

  /** One call, as the recipient acting sees it (R-NET-2); "not found" for anyone else. */
  public RecipientCallView viewCall(Actor actor, CallId callId) {
    CallForHelp call = loadCall(callId);
    return call.viewFor(recipientOf(actor, call));
  }

  /**
   * The recipient acting answers with a simple solution, which is free (R-NET-4, R-SOL-1).
   *
   * @param price the price typed, if any; anything but zero is refused
   * @return the solution's identifier
   */
  public SolutionId answerWithSimpleSolution(
      Actor actor, CallId callId, String title, String content, Optional<Money> price) {
    CallForHelp call = loadCall(callId);
    Participant me = recipientOf(actor, call);
    requireMayAct(me);
    SolutionId solution = call.offerSimpleSolution(me, actor.login(), title, content, price, clock);
    save(call);
    return solution;
  }

  /** The recipient acting offers an accompaniment, to be followed by a quote (R-NET-4). */
  public void offerAccompaniment(Actor actor, CallId callId, String outline) {
    answer(actor, callId, (me, call) -> call.offerAccompaniment(me, actor.login(), outline, clock));
  }

  /** The recipient acting declines the call, without giving a reason. */
  public void declineCall(Actor actor, CallId callId) {
    answer(actor, callId, (me, call) -> call.decline(me, actor.login(), clock));
  }

  /**
   * Reacts to a request that stopped needing help: withdrawn, postponed, declined or closed
   * (R-REQ-8). Its open calls close, telling every recipient still concerned at once, and its
   * pending introductions are cancelled. The application runs it on the request's event, without a
   * user; it reads the request's status itself, so for an open request it does nothing.
   */
  public void requestStopped(RequestId requestId) {
    HelpRequest request = loadRequest(requestId);
    CloseReason reason;
    switch (request.status()) {
      case WITHDRAWN -> reason = CloseReason.REQUEST_WITHDRAWN;
      case POSTPONED -> reason = CloseReason.REQUEST_POSTPONED;
      case DECLINED, CLOSED -> reason = CloseReason.REQUEST_ENDED;
      default -> {
        return;
      }
    }
    for (CallForHelp call : calls.openForRequest(requestId)) {
      call.close(reason, SYSTEM, clock);
      save(call);
    }
    for (Introduction introduction : introductions.forRequest(requestId)) {
      if (introduction.status().isPending()) {
        introduction.cancel(SYSTEM, clock);
        save(introduction);
      }
    }
  }

  /**
   * The Service proposes to put the requester in touch with a recipient who offered help in answer
   * to a call (R-NET-3). Once per call and helper.
   *
   * @return the new introduction's identifier
   */
  public IntroductionId proposeIntroduction(Actor actor, CallId callId, Participant helper) {
    actor.requireService("propose an introduction");
    Objects.requireNonNull(helper, "helper");
    CallForHelp call = loadCall(callId);
    boolean offeredHelp = call.answerOf(helper).map(CallAnswer::offersHelp).orElse(false);
    RuleViolationException.require(
        offeredHelp,
        "R-NET-3",
        "helper",
        "Only a recipient who offered help in answer to this call can be introduced.");
    if (introductions.findByCallAndHelper(callId, helper).isPresent()) {
      throw new ConflictException(
          "R-NET-3", "An introduction was already proposed to this helper for this call.");
    }
    HelpRequest request = openRequest(call.requestId(), "propose an introduction for");
    Introduction introduction =
        Introduction.propose(
            request.id(), callId, request.requester(), helper, actor.login(), clock);
    save(introduction);
    return introduction.id();
  }

  /** The party acting agrees on the web to pass their contact details (R-NET-3). */
  public void consentToIntroduction(Actor actor, IntroductionId id) {
    Introduction introduction = loadIntroduction(id);
    Participant me = partyOf(actor, introduction);
    requireMayAct(me);
    introduction.consent(introduction.sideOf(me), Channel.WEB, actor.login(), clock);
    save(introduction);
  }

  /** The party acting refuses the introduction; the other party learns only "not possible". */
  public void refuseIntroduction(Actor actor, IntroductionId id) {
    Introduction introduction = loadIntroduction(id);
    Participant me = partyOf(actor, introduction);
    introduction.refuse(introduction.sideOf(me), Channel.WEB, actor.login(), clock);
    save(introduction);
  }

  /** The Service records a party's agreement received by e-mail (R-NET-3). */
  public void recordConsentByEmail(Actor actor, IntroductionId id, IntroductionSide side) {
    actor.requireService("record an agreement received by e-mail");
    Introduction introduction = loadIntroduction(id);
    requireMayAct(introduction.party(side));
    introduction.consent(side, Channel.EMAIL, actor.login(), clock);
    save(introduction);
  }

  /** The Service records a party's refusal received by e-mail or telephone (R-NET-3). */
  public void recordRefusal(
      Actor actor, IntroductionId id, IntroductionSide side, Channel channel) {
    actor.requireService("record a refusal");
    Introduction introduction = loadIntroduction(id);
    introduction.refuse(side, channel, actor.login(), clock);
    save(introduction);
  }

  /**
   * A page of the introductions in which the member or partner acting is a party, newest first, as
   * they may see them (R-NET-3), after the cursor when given; 1 to {@value #MAX_PAGE}. Those whose
   * outcome is {@link IntroductionView.Outcome#AWAITING_YOUR_ANSWER} wait for the actor's consent.
   *
   * @throws AccessDeniedException when the actor is neither a member nor a partner
   */
  public List<IntroductionView> myIntroductions(
      Actor actor, Optional<IntroductionCursor> after, int limit) {
    Objects.requireNonNull(after, "after");
    Participant me =
        participantOf(actor)
            .orElseThrow(
                () ->
                    new AccessDeniedException(
                        "Only members and partners take part in introductions."));
    List<IntroductionView> views = new ArrayList<>();
    for (Introduction introduction : introductions.involving(me, after, pageSize(limit))) {
      if (introduction.isParty(me)) {
        views.add(introduction.viewFor(me));
      }
    }
    return List.copyOf(views);
  }

  /** The introduction as the party acting sees it; "not found" for anyone else (R-PRV-3). */
  public IntroductionView viewIntroduction(Actor actor, IntroductionId id) {
    Introduction introduction = loadIntroduction(id);
    return introduction.viewFor(partyOf(actor, introduction));
  }

  /**
   * The other party's contact details, for the party acting, once both agreed; empty before
   * (R-NET-3). "Not found" for anyone but the two parties.
   */
  public Optional<ContactDetails> contactOfOtherSide(Actor actor, IntroductionId id) {
    Introduction introduction = loadIntroduction(id);
    return introduction.contactOfOtherSide(partyOf(actor, introduction), directory);
  }

  /** Saves the call, then publishes its new events in the same transaction. */
  private void save(CallForHelp call) {
    calls.save(call);
    events.publish(List.copyOf(call.newEvents()));
  }

  /** Saves the introduction, then publishes its new events in the same transaction. */
  private void save(Introduction introduction) {
    introductions.save(introduction);
    events.publish(List.copyOf(introduction.newEvents()));
  }

  private void answer(Actor actor, CallId callId, BiConsumer<Participant, CallForHelp> change) {
    CallForHelp call = loadCall(callId);
    Participant me = recipientOf(actor, call);
    requireMayAct(me);
    change.accept(me, call);
    save(call);
  }

  private AnonymousRequestView anonymise(
      HelpRequest request, String reviewedSummary, Set<String> wantedSkills) {
    Member requester =
        members
            .findById(request.requester())
            .orElseThrow(() -> new NotFoundException("Member", request.requester()));
    return anonymity.anonymise(request, requester, reviewedSummary, tags(wantedSkills));
  }

  private Optional<Participant> participantOf(Actor actor) {
    if (actor.member().isPresent()) {
      return Optional.of(Participant.member(actor.member().get()));
    }
    if (actor.has(Role.PARTNER)) {
      return directory.partnerFor(actor.login()).map(Participant::partner);
    }
    return Optional.empty();
  }

  private Participant recipientOf(Actor actor, CallForHelp call) {
    return participantOf(actor)
        .filter(call::isRecipient)
        .orElseThrow(() -> new NotFoundException("Call for help", call.id()));
  }

  private Participant partyOf(Actor actor, Introduction introduction) {
    return participantOf(actor)
        .filter(introduction::isParty)
        .orElseThrow(() -> new NotFoundException("Introduction", introduction.id()));
  }

  private void requireMayAct(Participant participant) {
    Optional<Candidate> candidate = directory.find(participant);
    if (candidate.isEmpty()
        || !candidate.get().active()
        || !candidate.get().acceptedCurrentTerms()) {
      throw new AccessDeniedException(
          "An active participation and the current terms are needed to act in the network; until"
              + " then you can read your own data only.");
    }
  }

  private HelpRequest openRequest(RequestId id, String action) {
    HelpRequest request = loadRequest(id);
    RequestStatus status = request.status();
    if (status != RequestStatus.SUBMITTED && status != RequestStatus.ACCEPTED) {
      throw new IllegalTransitionException("R-NET-1", status.name(), action);
    }
    return request;
  }

  private HelpRequest loadRequest(RequestId id) {
    Objects.requireNonNull(id, "requestId");
    return requests.findById(id).orElseThrow(() -> new NotFoundException("Help request", id));
  }

  private CallForHelp loadCall(CallId id) {
    Objects.requireNonNull(id, "callId");
    return calls.findById(id).orElseThrow(() -> new NotFoundException("Call for help", id));
  }

  private Introduction loadIntroduction(IntroductionId id) {
    Objects.requireNonNull(id, "introductionId");
    return introductions.findById(id).orElseThrow(() -> new NotFoundException("Introduction", id));
  }

  private static int pageSize(int limit) {
    return Math.max(1, Math.min(limit, MAX_PAGE));
  }

  private static Set<SkillTag> tags(Set<String> typed) {
    Set<SkillTag> tags = new HashSet<>();
    if (typed != null) {
      for (String skill : typed) {
        tags.add(SkillTag.of(skill));
      }
    }
    return tags;
  }
}
