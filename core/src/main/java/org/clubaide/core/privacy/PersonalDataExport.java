package org.clubaide.core.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.NetworkOfferChange;
import org.clubaide.core.member.ParticipationStatus;
import org.clubaide.core.member.Profile;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProviderKind;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.SimpleSolution;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.request.SolutionId;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsAcceptance;

/**
 * Everything the club holds on a member, for the member to see and download (R-PRV-2): plain
 * records of values, lists and optionals that the web layer serialises (JSON) as they are.
 *
 * <p>It holds what is about the member: identity, contact details, participation, profile, photo
 * reference, visibility choices with their history, network offer history, terms acceptances, every
 * request they raised with its timeline and solutions, and every quote made on those requests. It
 * leaves out what identifies someone else: the logins of agents and providers are not exported,
 * only whether an event came from the Service or the member and which kind of provider made a
 * quote.
 *
 * @param exportedAt when the export was made
 * @param member the member's identifier
 * @param identity names and organisation
 * @param contact e-mail, telephone, address
 * @param registeredAt when the member registered
 * @param participationStatus active, lapsed or ended at the time of the export
 * @param participationEndsOn the last day of the participation period
 * @param participationEndedAt when the member ended their participation, once ended
 * @param erased whether the member's data was erased
 * @param profile skills, hobbies, particularities and the offer to the network
 * @param photoRef where the photo is stored, if any
 * @param visibility the visibility of each group of fields
 * @param termsAcceptances the terms versions accepted, with time and channel
 * @param consentHistory every visibility choice, with who and when
 * @param networkOfferHistory every change of the offer to the network, with who and when
 * @param requests the requests the member raised, newest first
 * @param quotesReceived the quotes made on those requests, request by request, oldest first
 */
public record PersonalDataExport(
    Instant exportedAt,
    MemberId member,
    Identity identity,
    ContactDetails contact,
    Instant registeredAt,
    ParticipationStatus participationStatus,
    LocalDate participationEndsOn,
    Optional<Instant> participationEndedAt,
    boolean erased,
    Profile profile,
    Optional<String> photoRef,
    Map<FieldGroup, Visibility> visibility,
    List<TermsAcceptance> termsAcceptances,
    List<ConsentChange> consentHistory,
    List<NetworkOfferChange> networkOfferHistory,
    List<RequestRecord> requests,
    List<QuoteRecord> quotesReceived) {

  /** Checks and copies the arguments. */
  public PersonalDataExport {
    Objects.requireNonNull(exportedAt, "exportedAt");
    Objects.requireNonNull(member, "member");
    visibility = Map.copyOf(visibility);
    termsAcceptances = List.copyOf(termsAcceptances);
    consentHistory = List.copyOf(consentHistory);
    networkOfferHistory = List.copyOf(networkOfferHistory);
    requests = List.copyOf(requests);
    quotesReceived = List.copyOf(quotesReceived);
  }

  /** The export of a member with their requests and the quotes received, as of the clock's time. */
  static PersonalDataExport of(
      Member m, List<HelpRequest> requests, List<Quote> quotes, Clock clock) {
    return new PersonalDataExport(
        clock.instant(),
        m.id(),
        m.identity(),
        m.contact(),
        m.registeredAt(),
        m.participationStatus(clock),
        m.participationEndsOn(),
        m.endedAt(),
        m.isErased(),
        m.profile(),
        m.photoRef(),
        m.visibility(),
        m.acceptances(),
        m.consentHistory(),
        m.networkOfferHistory(),
        requests.stream().map(RequestRecord::of).toList(),
        quotes.stream().map(q -> QuoteRecord.of(q, clock)).toList());
  }

  /**
   * One request the member raised, with its timeline (R-REQ-10).
   *
   * @param id identifier
   * @param channel how it reached the Service
   * @param title title
   * @param description description
   * @param kinds kinds of help asked for
   * @param neededBy the date by which help was needed
   * @param submittedAt when it was raised
   * @param status status
   * @param decisionDueOn the agreed decision date, if any
   * @param solutionDueOn the solution deadline, once accepted
   * @param postponedUntil the date it is postponed to, while postponed
   * @param satisfaction the member's satisfaction, once closed
   * @param solutions the simple solutions proposed
   * @param timeline every event, oldest first
   */
  public record RequestRecord(
      RequestId id,
      Channel channel,
      String title,
      String description,
      Set<KindOfHelp> kinds,
      LocalDate neededBy,
      Instant submittedAt,
      RequestStatus status,
      Optional<LocalDate> decisionDueOn,
      Optional<LocalDate> solutionDueOn,
      Optional<LocalDate> postponedUntil,
      Optional<Satisfaction> satisfaction,
      List<SolutionRecord> solutions,
      List<TimelineEntry> timeline) {

    /** Checks and copies the arguments. */
    public RequestRecord {
      Objects.requireNonNull(id, "id");
      kinds = Set.copyOf(kinds);
      solutions = List.copyOf(solutions);
      timeline = List.copyOf(timeline);
    }

    static RequestRecord of(HelpRequest r) {
      return new RequestRecord(
          r.id(),
          r.channel(),
          r.title(),
          r.description(),
          r.kinds(),
          r.neededBy(),
          r.submittedAt(),
          r.status(),
          r.decisionDueOn(),
          r.solutionDeadline().map(SolutionDeadline::dueOn),
          r.postponedUntil(),
          r.satisfaction(),
          r.solutions().stream().map(SolutionRecord::of).toList(),
          r.timeline().stream().map(TimelineEntry::of).toList());
    }
  }

  /**
   * A simple solution proposed on the member's request (R-SOL-1).
   *
   * @param id identifier
   * @param title title
   * @param content what the solution says
   * @param proposedAt when it was proposed
   */
  public record SolutionRecord(SolutionId id, String title, String content, Instant proposedAt) {

    static SolutionRecord of(SimpleSolution s) {
      return new SolutionRecord(s.id(), s.title(), s.content(), s.proposedAt());
    }
  }

  /**
   * One event of a request's timeline. Fields that do not apply to the type are empty.
   *
   * @param type the kind of event, for example {@code Accepted} or {@code DeadlineMoved}
   * @param occurredAt when
   * @param byService whether the Service acted (otherwise the member did)
   * @param text the question, answer, reason, comment or solution title
   * @param code the channel, route, deadline kind, withdrawal reason or satisfaction
   * @param date the date the event set (needed-by, decision, solution, postponement, new deadline)
   * @param previousDate for a moved deadline, the date before the move
   */
  public record TimelineEntry(
      String type,
      Instant occurredAt,
      boolean byService,
      Optional<String> text,
      Optional<String> code,
      Optional<LocalDate> date,
      Optional<LocalDate> previousDate) {

    static TimelineEntry of(RequestEvent e) {
      String text = null;
      String code = null;
      LocalDate date = null;
      LocalDate previous = null;
      if (e instanceof RequestEvent.Submitted s) {
        code = s.channel().name();
        date = s.neededBy();
      } else if (e instanceof RequestEvent.QuestionAsked q) {
        text = q.question();
      } else if (e instanceof RequestEvent.QuestionAnswered a) {
        text = a.answer();
      } else if (e instanceof RequestEvent.DecisionDateAgreed d) {
        date = d.decisionDueOn();
      } else if (e instanceof RequestEvent.Accepted a) {
        code = a.route().name();
        date = a.solutionDueOn();
      } else if (e instanceof RequestEvent.Declined d) {
        text = d.reason();
      } else if (e instanceof RequestEvent.DeadlineMoved m) {
        text = m.reason();
        code = m.kind().name();
        date = m.to();
        previous = m.from();
      } else if (e instanceof RequestEvent.SolutionProposed p) {
        text = p.title();
      } else if (e instanceof RequestEvent.Withdrawn w) {
        code = w.reason().name();
      } else if (e instanceof RequestEvent.Postponed p) {
        text = p.reason();
        date = p.until();
      } else if (e instanceof RequestEvent.Closed c) {
        text = c.comment();
        code = c.satisfaction().name();
      }
      return new TimelineEntry(
          e.getClass().getSimpleName(),
          e.occurredAt(),
          e.byService(),
          Optional.ofNullable(text).filter(t -> !t.isEmpty()),
          Optional.ofNullable(code),
          Optional.ofNullable(date),
          Optional.ofNullable(previous));
    }
  }

  /**
   * A quote made on one of the member's requests (R-SOL-2..R-SOL-6).
   *
   * @param id identifier
   * @param request the request it answers
   * @param providerKind who would provide the accompaniment: the Service, a member or a partner
   * @param title title
   * @param scope what the accompaniment covers
   * @param usualPrice the usual price
   * @param memberPrice the member's preferential price
   * @param duration how long the accompaniment would last
   * @param validUntil the last day it could be accepted
   * @param proposedAt when it was made
   * @param status its status at the time of the export
   * @param acceptedAt when the member accepted it, if they did
   */
  public record QuoteRecord(
      QuoteId id,
      RequestId request,
      ProviderKind providerKind,
      String title,
      String scope,
      Money usualPrice,
      Money memberPrice,
      EngagementDuration duration,
      LocalDate validUntil,
      Instant proposedAt,
      QuoteStatus status,
      Optional<Instant> acceptedAt) {

    static QuoteRecord of(Quote q, Clock clock) {
      return new QuoteRecord(
          q.id(),
          q.requestId(),
          q.provider().kind(),
          q.title(),
          q.scope(),
          q.usualPrice(),
          q.memberPrice(),
          q.duration(),
          q.validUntil(),
          q.proposedAt(),
          q.status(clock),
          q.acceptance().map(a -> a.acknowledgedAt()));
    }
  }
}
