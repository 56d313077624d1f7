package org.clubaide.web.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.SimpleSolution;
import org.clubaide.core.request.SolutionDeadline;

/** The records the API answers with, and how they are built from the core's objects. */
public final class Views {

  private Views() {}

  /**
   * A member as the member sees themselves.
   *
   * @param id identifier
   * @param firstName first name
   * @param lastName last name
   * @param organisation organisation, if any
   * @param email e-mail address (the login)
   * @param phone telephone
   * @param postalAddress postal address
   * @param registeredAt registration time
   * @param termsAccepted labels of the accepted terms versions
   * @param visibility visibility per field group
   */
  public record MemberView(
      String id,
      String firstName,
      String lastName,
      String organisation,
      String email,
      String phone,
      String postalAddress,
      Instant registeredAt,
      List<String> termsAccepted,
      Map<String, String> visibility) {

    static MemberView of(Member m) {
      Map<String, String> visibility = new TreeMap<>();
      m.visibility().forEach((k, v) -> visibility.put(k.name(), v.name()));
      return new MemberView(
          m.id().toString(),
          m.identity().firstName(),
          m.identity().lastName(),
          m.identity().organisation().orElse(null),
          m.contact().email(),
          m.contact().phone(),
          m.contact().postalAddress(),
          m.registeredAt(),
          m.acceptances().stream().map(a -> a.versionLabel()).toList(),
          visibility);
    }
  }

  /**
   * A help request with its solutions and timeline.
   *
   * @param id identifier
   * @param title title
   * @param description description
   * @param kinds kinds of help
   * @param channel how it reached the Service
   * @param neededBy date by which help is needed
   * @param submittedAt submission time
   * @param status status
   * @param decisionDueOn agreed decision date, if any
   * @param solutionDueOn solution deadline, once accepted
   * @param solutionImmediate whether solutions were promised at once
   * @param postponedUntil postponement date, while postponed
   * @param satisfaction the member's satisfaction, once closed
   * @param nextDeadline next date to act by
   * @param overdue whether a promised deadline has passed
   * @param solutions proposed simple solutions
   * @param timeline events, oldest first
   * @param allowedActions what the caller may do to the request now (R-PRV-3)
   * @param version version for optimistic locking
   */
  public record HelpRequestView(
      String id,
      String title,
      String description,
      List<KindOfHelp> kinds,
      String channel,
      LocalDate neededBy,
      Instant submittedAt,
      String status,
      LocalDate decisionDueOn,
      LocalDate solutionDueOn,
      Boolean solutionImmediate,
      LocalDate postponedUntil,
      String satisfaction,
      LocalDate nextDeadline,
      boolean overdue,
      List<SolutionView> solutions,
      List<TimelineEntryView> timeline,
      List<String> allowedActions,
      long version) {

    static HelpRequestView of(HelpRequest r, Set<RequestStatus.Action> allowed, Clock clock) {
      return new HelpRequestView(
          r.id().toString(),
          r.title(),
          r.description(),
          r.kinds().stream().sorted().toList(),
          r.channel().name(),
          r.neededBy(),
          r.submittedAt(),
          r.status().name(),
          r.decisionDueOn().orElse(null),
          r.solutionDeadline().map(SolutionDeadline::dueOn).orElse(null),
          r.solutionDeadline().map(SolutionDeadline::immediate).orElse(null),
          r.postponedUntil().orElse(null),
          r.satisfaction().map(Enum::name).orElse(null),
          r.nextDeadline().orElse(null),
          r.isOverdue(clock),
          r.solutions().stream().map(SolutionView::of).toList(),
          r.timeline().stream().map(TimelineEntryView::of).toList(),
          allowed.stream().map(Enum::name).sorted().toList(),
          r.version());
    }
  }

  /**
   * A simple solution.
   *
   * @param id identifier
   * @param title title
   * @param content the solution
   * @param proposedAt when
   * @param free always true: simple solutions are free (R-SOL-1)
   */
  public record SolutionView(
      String id, String title, String content, Instant proposedAt, boolean free) {
    static SolutionView of(SimpleSolution s) {
      return new SolutionView(s.id().toString(), s.title(), s.content(), s.proposedAt(), true);
    }
  }

  /**
   * One event of a request's timeline (R-REQ-10). Fields that do not apply to the type are absent.
   *
   * @param type the kind of event, for example {@code Accepted}, {@code DeadlineMoved}
   * @param occurredAt when
   * @param by {@code SERVICE} or {@code MEMBER}
   * @param text the question, answer, reason, comment or solution title
   * @param code the channel, route, deadline kind, withdrawal reason or satisfaction
   * @param date the date the event sets (needed-by, decision, solution deadline, postponement)
   * @param previousDate for a moved deadline, the date before the move
   */
  public record TimelineEntryView(
      String type,
      Instant occurredAt,
      String by,
      String text,
      String code,
      LocalDate date,
      LocalDate previousDate) {

    static TimelineEntryView of(RequestEvent e) {
      String by = e.byService() ? "SERVICE" : "MEMBER";
      String type = e.getClass().getSimpleName();
      if (e instanceof RequestEvent.Submitted s) {
        return new TimelineEntryView(
            type, e.occurredAt(), by, null, s.channel().name(), s.neededBy(), null);
      } else if (e instanceof RequestEvent.QuestionAsked q) {
        return new TimelineEntryView(type, e.occurredAt(), by, q.question(), null, null, null);
      } else if (e instanceof RequestEvent.QuestionAnswered a) {
        return new TimelineEntryView(type, e.occurredAt(), by, a.answer(), null, null, null);
      } else if (e instanceof RequestEvent.DecisionDateAgreed d) {
        return new TimelineEntryView(
            type, e.occurredAt(), by, null, null, d.decisionDueOn(), null);
      } else if (e instanceof RequestEvent.Accepted a) {
        return new TimelineEntryView(
            type, e.occurredAt(), by, null, a.route().name(), a.solutionDueOn(), null);
      } else if (e instanceof RequestEvent.Declined d) {
        return new TimelineEntryView(type, e.occurredAt(), by, d.reason(), null, null, null);
      } else if (e instanceof RequestEvent.DeadlineMoved m) {
        return new TimelineEntryView(
            type, e.occurredAt(), by, m.reason(), m.kind().name(), m.to(), m.from());
      } else if (e instanceof RequestEvent.SolutionProposed p) {
        return new TimelineEntryView(type, e.occurredAt(), by, p.title(), null, null, null);
      } else if (e instanceof RequestEvent.Withdrawn w) {
        return new TimelineEntryView(type, e.occurredAt(), by, null, w.reason().name(), null, null);
      } else if (e instanceof RequestEvent.Postponed p) {
        return new TimelineEntryView(type, e.occurredAt(), by, p.reason(), null, p.until(), null);
      } else if (e instanceof RequestEvent.Closed c) {
        return new TimelineEntryView(
            type, e.occurredAt(), by, c.comment(), c.satisfaction().name(), null, null);
      }
      return new TimelineEntryView(type, e.occurredAt(), by, null, null, null, null);
    }
  }

  /**
   * One line of a list of requests.
   *
   * @param id identifier
   * @param title title
   * @param status status
   * @param channel how it reached the Service
   * @param submittedAt submission time
   * @param neededBy needed-by date
   * @param nextDeadline next date to act by, absent once finished
   * @param overdue whether a promised deadline has passed
   */
  public record SummaryView(
      String id,
      String title,
      String status,
      String channel,
      Instant submittedAt,
      LocalDate neededBy,
      LocalDate nextDeadline,
      boolean overdue) {
    static SummaryView of(RequestSummary s, Clock clock) {
      return new SummaryView(
          s.id().toString(),
          s.title(),
          s.status().name(),
          s.channel().name(),
          s.submittedAt(),
          s.neededBy(),
          s.nextDeadline().orElse(null),
          s.isOverdue(clock));
    }
  }

  /**
   * A member as the Service's search by skill lists them.
   *
   * @param id identifier
   * @param firstName first name
   * @param lastName last name
   * @param organisation organisation, if any
   * @param email e-mail address
   * @param phone telephone
   * @param postalAddress postal address
   * @param skills the member's skills, in their order
   * @param offeredToNetwork whether the member offered their profile to the network
   * @param participationEndsOn last day of the participation period (lapsed when past)
   */
  public record MemberCardView(
      String id,
      String firstName,
      String lastName,
      String organisation,
      String email,
      String phone,
      String postalAddress,
      List<String> skills,
      boolean offeredToNetwork,
      LocalDate participationEndsOn) {
    static MemberCardView of(MemberCard c) {
      return new MemberCardView(
          c.id().toString(),
          c.identity().firstName(),
          c.identity().lastName(),
          c.identity().organisation().orElse(null),
          c.contact().email(),
          c.contact().phone(),
          c.contact().postalAddress(),
          c.skills(),
          c.offeredToNetwork(),
          c.participationEndsOn());
    }
  }

  /**
   * A page of members, with the cursor of the next page when there is one.
   *
   * @param items the members
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  public record MemberPage(List<MemberCardView> items, String nextCursor) {}

  /**
   * A page of a list, with the cursor of the next page when there is one.
   *
   * @param items the lines
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  public record Page(List<SummaryView> items, String nextCursor) {}
}
