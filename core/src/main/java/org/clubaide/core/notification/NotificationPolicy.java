package org.clubaide.core.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.AnonymousRequestView;
import org.clubaide.core.network.CallEvent;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallForHelpRepository;
import org.clubaide.core.network.Introduction;
import org.clubaide.core.network.IntroductionEvent;
import org.clubaide.core.network.IntroductionRepository;
import org.clubaide.core.network.IntroductionSide;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.network.NetworkService;
import org.clubaide.core.network.Participant;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteEvent;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.request.DeadlineKind;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.shared.DomainEvent;
import org.clubaide.core.terms.TermsVersion;

/**
 * Who must hear of what: turns a domain event, or a date the {@link DeadlineChecks} found, into the
 * notifications to write. Members and partners are told in the app and by e-mail; the Service's
 * inbox in the app, and by e-mail when the deployment gave it an address.
 *
 * <ul>
 *   <li>The member hears of every step of their request: received, question, decision date,
 *       acceptance with its deadline, refusal with its no-compensation notice (R-REQ-5), every
 *       deadline moved with its reason and new date (R-REQ-7), solutions, quotes.
 *   <li>The Service hears of new requests, answers, withdrawals and postponements, deadlines
 *       approaching and missed (an agent must then move the deadline with a reason, which tells the
 *       member), answers to its calls.
 *   <li>Every helper engaged on a request hears at once when it is withdrawn or postponed
 *       (R-REQ-8): call recipients through the closing of their call, parties of a pending
 *       introduction through its cancellation, providers of open quotes directly.
 *   <li>A member or partner called on sees only the anonymous view of the request (R-NET-2): the
 *       label, kinds, needed-by date, wanted skills and reviewed summary, and the call's
 *       identifier; never the request's, nor anything of the requester.
 *   <li>A party to an introduction learns that it is not possible without learning who refused
 *       (R-NET-3); the party who refused is not told again.
 * </ul>
 *
 * Every notification's idempotency key names the fact: the event's identifier for events, the
 * object and day for dates found by the checks.
 */
public final class NotificationPolicy {

  /** The parameters a call for help carries to its recipients (R-NET-2); nothing else. */
  public static final Set<String> CALL_PARAMETERS =
      Set.of("call", "label", "kinds", "neededBy", "skills", "summary");

  private final HelpRequestRepository requests;
  private final QuoteRepository quotes;
  private final CallForHelpRepository calls;
  private final IntroductionRepository introductions;
  private final NetworkDirectory directory;
  private final boolean serviceByEmail;
  private final Clock clock;

  /**
   * Wires the policy to the ports it reads the aggregates from.
   *
   * @param serviceByEmail whether the Service's inbox has an e-mail address, so that its
   *     notifications go by e-mail too
   */
  public NotificationPolicy(
      HelpRequestRepository requests,
      QuoteRepository quotes,
      CallForHelpRepository calls,
      IntroductionRepository introductions,
      NetworkDirectory directory,
      boolean serviceByEmail,
      Clock clock) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.calls = Objects.requireNonNull(calls, "calls");
    this.introductions = Objects.requireNonNull(introductions, "introductions");
    this.directory = Objects.requireNonNull(directory, "directory");
    this.serviceByEmail = serviceByEmail;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The notifications an event calls for; empty when nobody needs to hear of it. */
  public List<Notification> notificationsFor(DomainEvent event) {
    Objects.requireNonNull(event, "event");
    if (event instanceof RequestEvent e) {
      return forRequest(e);
    } else if (event instanceof CallEvent e) {
      return forCall(e);
    } else if (event instanceof IntroductionEvent e) {
      return forIntroduction(e);
    } else if (event instanceof QuoteEvent e) {
      return forQuote(e);
    }
    return List.of();
  }

  private List<Notification> forRequest(RequestEvent event) {
    HelpRequest request = request(event.requestId());
    Recipient member = Recipient.member(request.requester());
    String key = event.eventId().toString();
    List<Notification> out = new ArrayList<>();
    if (event instanceof RequestEvent.Submitted e) {
      out.add(
          note(
              member,
              NotificationKind.REQUEST_RECEIVED,
              key,
              about(request, "neededBy", e.neededBy())));
      out.add(
          note(
              Recipient.SERVICE,
              NotificationKind.NEW_REQUEST,
              key,
              about(request, "neededBy", e.neededBy(), "channel", e.channel())));
    } else if (event instanceof RequestEvent.QuestionAsked e) {
      out.add(
          note(
              member,
              NotificationKind.QUESTION_ASKED,
              key,
              about(request, "question", e.question())));
    } else if (event instanceof RequestEvent.QuestionAnswered e && !e.byService()) {
      out.add(
          note(
              Recipient.SERVICE,
              NotificationKind.QUESTION_ANSWERED,
              key,
              about(request, "answer", e.answer())));
    } else if (event instanceof RequestEvent.DecisionDateAgreed e) {
      out.add(
          note(
              member,
              NotificationKind.DECISION_DATE_AGREED,
              key,
              about(request, "decisionDueOn", e.decisionDueOn())));
    } else if (event instanceof RequestEvent.Accepted e) {
      out.add(
          note(
              member,
              NotificationKind.REQUEST_ACCEPTED,
              key,
              about(
                  request,
                  "route",
                  e.route(),
                  "solutionDueOn",
                  e.solutionDueOn(),
                  "immediate",
                  e.immediate())));
    } else if (event instanceof RequestEvent.Declined e) {
      out.add(
          note(
              member,
              NotificationKind.REQUEST_DECLINED,
              key,
              about(request, "reason", e.reason())));
    } else if (event instanceof RequestEvent.DeadlineMoved e) {
      out.add(
          note(
              member,
              NotificationKind.DEADLINE_MOVED,
              key,
              about(
                  request,
                  "deadline",
                  e.kind(),
                  "from",
                  e.from(),
                  "to",
                  e.to(),
                  "reason",
                  e.reason())));
    } else if (event instanceof RequestEvent.SolutionProposed e) {
      out.add(
          note(
              member,
              NotificationKind.SOLUTION_PROPOSED,
              key,
              about(request, "solution", e.title())));
    } else if (event instanceof RequestEvent.Withdrawn e) {
      out.add(
          note(
              Recipient.SERVICE,
              NotificationKind.REQUEST_WITHDRAWN,
              key,
              about(request, "withdrawal", e.reason())));
      out.addAll(toOpenQuoteProviders(request, key, params("stop", "WITHDRAWN", "until", "")));
    } else if (event instanceof RequestEvent.Postponed e) {
      out.add(
          note(
              Recipient.SERVICE,
              NotificationKind.REQUEST_POSTPONED,
              key,
              about(request, "until", e.until(), "reason", e.reason())));
      out.addAll(
          toOpenQuoteProviders(request, key, params("stop", "POSTPONED", "until", e.until())));
    }
    return out;
  }

  /** Providers of the request's quotes still open hear that it stopped needing help (R-REQ-8). */
  private List<Notification> toOpenQuoteProviders(
      HelpRequest request, String key, Map<String, String> stop) {
    List<Notification> out = new ArrayList<>();
    for (Quote quote : quotes.byRequest(request.id())) {
      if (quote.status(clock) != QuoteStatus.PROPOSED) {
        continue;
      }
      Map<String, String> p = params("quote", quote.id(), "quoteTitle", quote.title());
      p.putAll(stop);
      out.add(note(providerOf(quote.provider()), NotificationKind.REQUEST_STOPPED, key, p));
    }
    return out;
  }

  private List<Notification> forCall(CallEvent event) {
    CallForHelp call =
        calls
            .findById(event.callId())
            .orElseThrow(() -> new IllegalStateException("No call " + event.callId()));
    String key = event.eventId().toString();
    List<Notification> out = new ArrayList<>();
    if (event instanceof CallEvent.CallSent e) {
      Map<String, String> view = anonymousView(call);
      for (Participant recipient : e.recipients()) {
        out.add(note(Recipient.of(recipient), NotificationKind.CALL_FOR_HELP, key, view));
      }
    } else if (event instanceof CallEvent.SimpleSolutionOffered) {
      out.add(callAnswered(call, key, "SIMPLE_SOLUTION"));
    } else if (event instanceof CallEvent.AccompanimentOffered) {
      out.add(callAnswered(call, key, "ACCOMPANIMENT"));
    } else if (event instanceof CallEvent.CallClosed e) {
      Map<String, String> p =
          params("call", call.id(), "label", call.view().label(), "reason", e.reason());
      for (Participant recipient : e.recipientsToTell()) {
        out.add(note(Recipient.of(recipient), NotificationKind.CALL_CLOSED, key, p));
      }
    }
    return out;
  }

  /** What a recipient of a call may know (R-NET-2): exactly {@link #CALL_PARAMETERS}. */
  private static Map<String, String> anonymousView(CallForHelp call) {
    AnonymousRequestView view = call.view();
    return params(
        "call",
        call.id(),
        "label",
        view.label(),
        "kinds",
        view.kinds().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
        "neededBy",
        view.neededBy(),
        "skills",
        view.wantedSkills().stream().map(Object::toString).collect(Collectors.joining(", ")),
        "summary",
        view.summary());
  }

  private Notification callAnswered(CallForHelp call, String key, String answer) {
    return note(
        Recipient.SERVICE,
        NotificationKind.CALL_ANSWERED,
        key,
        params("call", call.id(), "request", call.requestId(), "answer", answer));
  }

  private List<Notification> forIntroduction(IntroductionEvent event) {
    Introduction introduction =
        introductions
            .findById(event.introductionId())
            .orElseThrow(
                () -> new IllegalStateException("No introduction " + event.introductionId()));
    String key = event.eventId().toString();
    Map<String, String> p = params("introduction", introduction.id());
    List<Notification> out = new ArrayList<>();
    Set<IntroductionSide> told = EnumSet.noneOf(IntroductionSide.class);
    NotificationKind kind = null;
    if (event instanceof IntroductionEvent.Proposed) {
      kind = NotificationKind.INTRODUCTION_CONSENT_ASKED;
      told = EnumSet.allOf(IntroductionSide.class);
    } else if (event instanceof IntroductionEvent.ConsentGiven e) {
      IntroductionSide other = e.side().other();
      if (introduction.consentOf(other).isEmpty()) {
        kind = NotificationKind.INTRODUCTION_CONSENT_GIVEN;
        told = EnumSet.of(other);
      }
    } else if (event instanceof IntroductionEvent.ContactsReleased) {
      kind = NotificationKind.INTRODUCTION_CONTACTS_RELEASED;
      told = EnumSet.allOf(IntroductionSide.class);
    } else if (event instanceof IntroductionEvent.NotPossible e) {
      kind = NotificationKind.INTRODUCTION_NOT_POSSIBLE;
      told = notPossibleTold(introduction, e);
    }
    for (IntroductionSide side : told) {
      out.add(note(Recipient.of(introduction.party(side)), kind, key, p));
    }
    return out;
  }

  /**
   * Who hears that an introduction is not possible: the side that did not refuse; after a
   * cancellation, both, unless the request stopped (its requester knows why), then the helper.
   */
  private static Set<IntroductionSide> notPossibleTold(
      Introduction introduction, IntroductionEvent.NotPossible event) {
    for (IntroductionEvent earlier : introduction.timeline()) {
      if (earlier instanceof IntroductionEvent.Refused refused) {
        return EnumSet.of(refused.side().other());
      }
    }
    if (NetworkService.SYSTEM.equals(event.actor())) {
      return EnumSet.of(IntroductionSide.HELPER);
    }
    return EnumSet.allOf(IntroductionSide.class);
  }

  private List<Notification> forQuote(QuoteEvent event) {
    Quote quote =
        quotes
            .findById(event.quoteId())
            .orElseThrow(() -> new IllegalStateException("No quote " + event.quoteId()));
    String key = event.eventId().toString();
    Map<String, String> p = params("quote", quote.id(), "quoteTitle", quote.title());
    if (event instanceof QuoteEvent.QuoteProposed e) {
      HelpRequest request = request(quote.requestId());
      Map<String, String> received = params("request", request.id());
      received.putAll(p);
      received.putAll(
          params(
              "usualPrice",
              e.usualPrice(),
              "memberPrice",
              e.memberPrice(),
              "validUntil",
              e.validUntil()));
      return List.of(
          note(
              Recipient.member(request.requester()),
              NotificationKind.QUOTE_RECEIVED,
              key,
              received));
    } else if (event instanceof QuoteEvent.QuoteAccepted) {
      return List.of(note(providerOf(quote.provider()), NotificationKind.QUOTE_ACCEPTED, key, p));
    } else if (event instanceof QuoteEvent.QuoteDeclined e) {
      p.put("cause", e.cause().name());
      return List.of(note(providerOf(quote.provider()), NotificationKind.QUOTE_DECLINED, key, p));
    }
    return List.of();
  }

  /**
   * The provider of a quote as a recipient: the Service, a member, or a partner known by its login;
   * a partner the Service recorded under another reference is reached through the Service.
   */
  private Recipient providerOf(Provider provider) {
    return switch (provider.kind()) {
      case SERVICE -> Recipient.SERVICE;
      case MEMBER -> Recipient.member(provider.member().orElseThrow());
      case PARTNER ->
          provider
              .partner()
              .flatMap(directory::partnerFor)
              .map(Recipient::partner)
              .orElse(Recipient.SERVICE);
    };
  }

  /**
   * To the Service: a deadline it committed to falls on {@code dueOn}, soon (R-REQ-7). Told once
   * per request, deadline and day.
   */
  public Notification deadlineApproaching(
      RequestSummary request, DeadlineKind kind, LocalDate dueOn) {
    return note(
        Recipient.SERVICE,
        NotificationKind.DEADLINE_APPROACHING,
        request.id() + ":" + kind + ":" + dueOn,
        params(
            "request", request.id(), "title", request.title(), "deadline", kind, "dueOn", dueOn));
  }

  /**
   * To the Service: a deadline it committed to passed without the promised step; an agent must move
   * it with a reason, which tells the member (R-REQ-4, R-REQ-7). Told once per request, deadline
   * and day.
   */
  public Notification deadlineMissed(RequestSummary request, DeadlineKind kind, LocalDate dueOn) {
    return note(
        Recipient.SERVICE,
        NotificationKind.DEADLINE_MISSED,
        request.id() + ":" + kind + ":" + dueOn,
        params(
            "request", request.id(), "title", request.title(), "deadline", kind, "dueOn", dueOn));
  }

  /** To the Service and the member: a postponed request reached the day it was postponed to. */
  public List<Notification> dueAgain(HelpRequest request, LocalDate until) {
    String key = request.id() + ":" + until;
    Map<String, String> p = about(request, "until", until);
    return List.of(
        note(Recipient.SERVICE, NotificationKind.POSTPONED_DUE_AGAIN, key, p),
        note(Recipient.member(request.requester()), NotificationKind.POSTPONED_DUE_AGAIN, key, p));
  }

  /**
   * To the member: a quote on their request can be accepted until {@code validUntil} only
   * (R-SOL-6).
   */
  public Notification quoteExpiring(Quote quote, MemberId requester) {
    return note(
        Recipient.member(requester),
        NotificationKind.QUOTE_EXPIRING,
        quote.id() + ":" + quote.validUntil(),
        params(
            "request",
            quote.requestId(),
            "quote",
            quote.id(),
            "quoteTitle",
            quote.title(),
            "validUntil",
            quote.validUntil()));
  }

  /** To the member: the participation ends on {@code endsOn} unless renewed (R-MEM-7). */
  public Notification participationEnding(MemberId member, LocalDate endsOn) {
    return note(
        Recipient.member(member),
        NotificationKind.PARTICIPATION_ENDING,
        endsOn.toString(),
        params("endsOn", endsOn));
  }

  /** To the member: a new terms version is in force and must be accepted (R-MEM-2). */
  public Notification termsInForce(MemberId member, TermsVersion version) {
    return note(
        Recipient.member(member),
        NotificationKind.TERMS_NEW_VERSION,
        version.label(),
        params("terms", version.label(), "validFrom", version.validFrom()));
  }

  private HelpRequest request(RequestId id) {
    return requests
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("No help request " + id));
  }

  private Notification note(
      Recipient recipient, NotificationKind kind, String fact, Map<String, String> params) {
    boolean byEmail = !(recipient instanceof Recipient.ServiceInbox) || serviceByEmail;
    return Notification.create(
        recipient, kind, keyOf(kind, fact), params, byEmail, clock.instant());
  }

  /** The idempotency key of a fact told as this kind: {@code deadline-missed:<request>:…}. */
  static String keyOf(NotificationKind kind, String fact) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + fact;
  }

  private static Map<String, String> about(HelpRequest request, Object... more) {
    Map<String, String> p = params("request", request.id(), "title", request.title());
    p.putAll(params(more));
    return p;
  }

  private static Map<String, String> params(Object... pairs) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      p.put(
          (String) pairs[i],
          value instanceof Optional<?> o
              ? o.map(Object::toString).orElse("")
              : String.valueOf(value));
    }
    return p;
  }
}
