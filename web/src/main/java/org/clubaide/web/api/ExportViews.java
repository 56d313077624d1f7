package org.clubaide.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clubaide.core.member.NetworkOfferChange;
import org.clubaide.core.privacy.PersonalDataExport;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.web.api.QuoteViews.DurationView;
import org.clubaide.web.api.QuoteViews.MoneyView;
import org.clubaide.web.api.Views.ConsentChangeView;
import org.clubaide.web.api.Views.ProfileDescription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The personal-data export (R-PRV-2), as the JSON file a member downloads. */
public final class ExportViews {

  private ExportViews() {}

  /**
   * Everything the club holds on the member (R-PRV-2): identity, contact details, participation,
   * profile, visibility choices and their history, terms acceptances, every request raised with its
   * timeline and solutions, and the quotes received. Logins of agents and providers are left out.
   *
   * @param exportedAt when the export was made
   * @param member the member's identifier
   * @param firstName first name
   * @param lastName last name
   * @param organisation organisation, if any
   * @param email e-mail address
   * @param phone telephone
   * @param postalAddress postal address
   * @param registeredAt registration time
   * @param participationStatus ACTIVE, LAPSED or ENDED at the time of the export
   * @param participationEndsOn the last day of the participation period
   * @param participationEndedAt when the member ended it, once ended
   * @param erased whether the member's data was erased
   * @param profile skills, hobbies, particularities and the offer to the network
   * @param photo where the photo is stored, if any
   * @param visibility the visibility of each group of fields
   * @param termsAcceptances the terms versions accepted, with time and channel
   * @param consentHistory every visibility choice, with who and when
   * @param networkOfferHistory every change of the offer to the network
   * @param requests the requests the member raised, newest first
   * @param quotesReceived the quotes made on those requests
   */
  @Schema(example = ApiExamples.DATA_EXPORT)
  public record DataExportView(
      Instant exportedAt,
      String member,
      String firstName,
      String lastName,
      String organisation,
      String email,
      String phone,
      String postalAddress,
      Instant registeredAt,
      String participationStatus,
      LocalDate participationEndsOn,
      Instant participationEndedAt,
      boolean erased,
      ProfileDescription profile,
      String photo,
      Map<String, String> visibility,
      List<AcceptanceView> termsAcceptances,
      List<ConsentChangeView> consentHistory,
      List<OfferChangeView> networkOfferHistory,
      List<RequestRecordView> requests,
      List<QuoteRecordView> quotesReceived) {

    static DataExportView of(PersonalDataExport e) {
      Map<String, String> visibility = new TreeMap<>();
      e.visibility().forEach((k, v) -> visibility.put(k.name(), v.name()));
      return new DataExportView(
          e.exportedAt(),
          e.member().toString(),
          e.identity().firstName(),
          e.identity().lastName(),
          e.identity().organisation().orElse(null),
          e.contact().email(),
          e.contact().phone(),
          e.contact().postalAddress(),
          e.registeredAt(),
          e.participationStatus().name(),
          e.participationEndsOn(),
          e.participationEndedAt().orElse(null),
          e.erased(),
          ProfileDescription.of(e.profile()),
          e.photoRef().orElse(null),
          visibility,
          e.termsAcceptances().stream().map(AcceptanceView::of).toList(),
          e.consentHistory().stream().map(ConsentChangeView::of).toList(),
          e.networkOfferHistory().stream().map(OfferChangeView::of).toList(),
          e.requests().stream().map(RequestRecordView::of).toList(),
          e.quotesReceived().stream().map(QuoteRecordView::of).toList());
    }
  }

  /**
   * One acceptance of a terms version (R-MEM-2).
   *
   * @param version the version accepted
   * @param acceptedAt when
   * @param channel WEB, EMAIL or PHONE
   */
  public record AcceptanceView(String version, Instant acceptedAt, String channel) {
    static AcceptanceView of(TermsAcceptance a) {
      return new AcceptanceView(a.versionLabel(), a.acceptedAt(), a.channel().name());
    }
  }

  /**
   * One change of the offer to the network (R-MEM-3, R-MEM-5).
   *
   * @param offered whether the profile is offered after the change
   * @param changedAt when
   * @param changedBy the login that made it
   */
  public record OfferChangeView(boolean offered, Instant changedAt, String changedBy) {
    static OfferChangeView of(NetworkOfferChange c) {
      return new OfferChangeView(c.offered(), c.changedAt(), c.changedBy());
    }
  }

  /**
   * One request the member raised, with its timeline.
   *
   * @param id identifier
   * @param channel how it reached the Service
   * @param title title
   * @param description description
   * @param kinds kinds of help
   * @param neededBy the date by which help was needed
   * @param submittedAt when it was raised
   * @param status status at the time of the export
   * @param decisionDueOn the agreed decision date, if any
   * @param solutionDueOn the solution deadline, once accepted
   * @param postponedUntil the date it is postponed to, while postponed
   * @param satisfaction the member's satisfaction, once closed
   * @param solutions the simple solutions proposed
   * @param timeline every event, oldest first
   */
  public record RequestRecordView(
      String id,
      String channel,
      String title,
      String description,
      List<String> kinds,
      LocalDate neededBy,
      Instant submittedAt,
      String status,
      LocalDate decisionDueOn,
      LocalDate solutionDueOn,
      LocalDate postponedUntil,
      String satisfaction,
      List<SolutionRecordView> solutions,
      List<TimelineRecordView> timeline) {
    static RequestRecordView of(PersonalDataExport.RequestRecord r) {
      return new RequestRecordView(
          r.id().toString(),
          r.channel().name(),
          r.title(),
          r.description(),
          r.kinds().stream().map(Enum::name).sorted().toList(),
          r.neededBy(),
          r.submittedAt(),
          r.status().name(),
          r.decisionDueOn().orElse(null),
          r.solutionDueOn().orElse(null),
          r.postponedUntil().orElse(null),
          r.satisfaction().map(Enum::name).orElse(null),
          r.solutions().stream().map(SolutionRecordView::of).toList(),
          r.timeline().stream().map(TimelineRecordView::of).toList());
    }
  }

  /**
   * A simple solution proposed on the member's request.
   *
   * @param id identifier
   * @param title title
   * @param content the solution
   * @param proposedAt when
   */
  public record SolutionRecordView(String id, String title, String content, Instant proposedAt) {
    static SolutionRecordView of(PersonalDataExport.SolutionRecord s) {
      return new SolutionRecordView(s.id().toString(), s.title(), s.content(), s.proposedAt());
    }
  }

  /**
   * One event of a request's timeline; fields that do not apply are absent.
   *
   * @param type the kind of event
   * @param occurredAt when
   * @param by SERVICE or MEMBER
   * @param text question, answer, reason, comment or solution title
   * @param code channel, route, deadline kind, withdrawal reason or satisfaction
   * @param date the date the event set
   * @param previousDate for a moved deadline, the date before
   */
  public record TimelineRecordView(
      String type,
      Instant occurredAt,
      String by,
      String text,
      String code,
      LocalDate date,
      LocalDate previousDate) {
    static TimelineRecordView of(PersonalDataExport.TimelineEntry t) {
      return new TimelineRecordView(
          t.type(),
          t.occurredAt(),
          t.byService() ? "SERVICE" : "MEMBER",
          t.text().orElse(null),
          t.code().orElse(null),
          t.date().orElse(null),
          t.previousDate().orElse(null));
    }
  }

  /**
   * A quote made on one of the member's requests.
   *
   * @param id identifier
   * @param requestId the request
   * @param providerKind SERVICE, MEMBER or PARTNER
   * @param title title
   * @param scope what the accompaniment covers
   * @param usualPrice the usual price
   * @param memberPrice the member's price
   * @param duration how long it runs
   * @param validUntil the last day it could be accepted
   * @param proposedAt when it was made
   * @param status its status at the time of the export
   * @param acceptedAt when the member accepted it, if they did
   */
  public record QuoteRecordView(
      String id,
      String requestId,
      String providerKind,
      String title,
      String scope,
      MoneyView usualPrice,
      MoneyView memberPrice,
      DurationView duration,
      LocalDate validUntil,
      Instant proposedAt,
      String status,
      Instant acceptedAt) {
    static QuoteRecordView of(PersonalDataExport.QuoteRecord q) {
      return new QuoteRecordView(
          q.id().toString(),
          q.request().toString(),
          q.providerKind().name(),
          q.title(),
          q.scope(),
          MoneyView.of(q.usualPrice()),
          MoneyView.of(q.memberPrice()),
          DurationView.of(q.duration()),
          q.validUntil(),
          q.proposedAt(),
          q.status().name(),
          q.acceptedAt().orElse(null));
    }
  }
}
