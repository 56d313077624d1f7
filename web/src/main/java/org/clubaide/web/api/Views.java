package org.clubaide.web.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberCard;
import org.clubaide.core.member.Profile;
import org.clubaide.core.participation.EndedParticipation;
import org.clubaide.core.participation.Participation;
import org.clubaide.core.privacy.Erasure;
import org.clubaide.core.privacy.ProfileView;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.SimpleSolution;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.terms.TermsVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
   * @param termsToAccept the label of the terms version in force that the member has not accepted
   *     yet (R-MEM-2); absent when there is none. Until they accept it, they read their own data
   *     only
   * @param visibility visibility per field group
   * @param profile skills, hobbies and particularities, and the offer to the network (R-MEM-3)
   * @param participation where the participation stands (R-MEM-7)
   */
  @Schema(example = ApiExamples.MEMBER)
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
      String termsToAccept,
      Map<String, String> visibility,
      ProfileDescription profile,
      ParticipationView participation) {

    static MemberView of(Member m, Optional<TermsVersion> toAccept, Participation participation) {
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
          toAccept.map(TermsVersion::label).orElse(null),
          visibility,
          ProfileDescription.of(m.profile()),
          ParticipationView.of(participation));
    }
  }

  /**
   * What a member brings to the network (R-MEM-3).
   *
   * @param skills professional skills
   * @param hobbies hobbies
   * @param particularities anything else the member can offer
   * @param offeredToNetwork whether the member agreed to be called on by the network for these
   */
  @Schema(example = ApiExamples.PROFILE_DESCRIPTION)
  public record ProfileDescription(
      List<String> skills,
      List<String> hobbies,
      List<String> particularities,
      boolean offeredToNetwork) {
    static ProfileDescription of(Profile p) {
      return new ProfileDescription(
          p.skills(), p.hobbies(), p.particularities(), p.skillsOfferedToNetwork());
    }
  }

  /**
   * Where a member's participation stands (R-MEM-6, R-MEM-7).
   *
   * @param status ACTIVE, LAPSED (the end date passed without a renewal) or ENDED
   * @param endsOn the last day of the current period
   * @param renewableFrom the first day a renewal is accepted; absent once ended
   * @param endedAt when the member ended it, once ended
   */
  @Schema(example = ApiExamples.PARTICIPATION)
  public record ParticipationView(
      String status, LocalDate endsOn, LocalDate renewableFrom, Instant endedAt) {
    static ParticipationView of(Participation p) {
      return new ParticipationView(
          p.status().name(), p.endsOn(), p.renewableFrom().orElse(null), p.endedAt().orElse(null));
    }
  }

  /**
   * What ending a participation did (R-MEM-6).
   *
   * @param endedAt when it ended
   * @param withdrawnRequests the open requests that were withdrawn; their helpers were told
   */
  @Schema(example = ApiExamples.ENDED_PARTICIPATION)
  public record EndedParticipationView(Instant endedAt, List<String> withdrawnRequests) {
    static EndedParticipationView of(EndedParticipation e) {
      return new EndedParticipationView(
          e.endedAt(), e.withdrawnRequests().stream().map(RequestId::toString).toList());
    }
  }

  /**
   * What an erasure did (R-PRV-2).
   *
   * @param member the member's identifier, which stays
   * @param erasedNow false when the member had been erased already
   * @param withdrawnRequests the requests still open that were withdrawn first
   * @param anonymisedRequests the requests whose text written by the member was erased; they stay,
   *     anonymised, for the statistics
   */
  @Schema(example = ApiExamples.ERASURE)
  public record ErasureView(
      String member,
      boolean erasedNow,
      List<String> withdrawnRequests,
      List<String> anonymisedRequests) {
    static ErasureView of(Erasure e) {
      return new ErasureView(
          e.member().toString(),
          e.erasedNow(),
          e.withdrawnRequests().stream().map(RequestId::toString).toList(),
          e.anonymisedRequests().stream().map(RequestId::toString).toList());
    }
  }

  /**
   * One visibility choice of the consent history (R-MEM-5).
   *
   * @param group the field group
   * @param visibility the visibility chosen
   * @param changedAt when
   * @param changedBy the login that made the change: the member's, or an agent's acting for them
   */
  @Schema(example = ApiExamples.CONSENT_CHANGE)
  public record ConsentChangeView(
      String group, String visibility, Instant changedAt, String changedBy) {
    static ConsentChangeView of(ConsentChange c) {
      return new ConsentChangeView(
          c.group().name(), c.visibility().name(), c.changedAt(), c.changedBy());
    }
  }

  /**
   * A page of the consent history, oldest first.
   *
   * @param items the choices
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  @Schema(example = ApiExamples.CONSENT_HISTORY_PAGE)
  public record ConsentHistoryPage(List<ConsentChangeView> items, String nextCursor) {}

  /**
   * What the viewer may see of another member's profile (R-MEM-4): each group of fields is present
   * only when the member opened it to members, or when the viewer is the member or the Service.
   *
   * @param id the member's identifier
   * @param visibleGroups the groups shown
   * @param firstName first name (IDENTITY)
   * @param lastName last name (IDENTITY)
   * @param organisation organisation (IDENTITY)
   * @param email e-mail address (CONTACT_DETAILS)
   * @param phone telephone (CONTACT_DETAILS)
   * @param postalAddress postal address (CONTACT_DETAILS)
   * @param profile skills, hobbies and particularities (SKILLS)
   * @param photo where the photo is stored (PHOTO)
   */
  @Schema(example = ApiExamples.MEMBER_PROFILE)
  public record MemberProfileView(
      String id,
      List<String> visibleGroups,
      String firstName,
      String lastName,
      String organisation,
      String email,
      String phone,
      String postalAddress,
      ProfileDescription profile,
      String photo) {
    static MemberProfileView of(ProfileView v) {
      List<String> groups = new ArrayList<>();
      v.identity().ifPresent(x -> groups.add(FieldGroup.IDENTITY.name()));
      v.contact().ifPresent(x -> groups.add(FieldGroup.CONTACT_DETAILS.name()));
      v.profile().ifPresent(x -> groups.add(FieldGroup.SKILLS.name()));
      v.photoRef().ifPresent(x -> groups.add(FieldGroup.PHOTO.name()));
      return new MemberProfileView(
          v.member().toString(),
          List.copyOf(groups),
          v.identity().map(Identity::firstName).orElse(null),
          v.identity().map(Identity::lastName).orElse(null),
          v.identity().flatMap(Identity::organisation).orElse(null),
          v.contact().map(ContactDetails::email).orElse(null),
          v.contact().map(ContactDetails::phone).orElse(null),
          v.contact().map(ContactDetails::postalAddress).orElse(null),
          v.profile().map(ProfileDescription::of).orElse(null),
          v.photoRef().orElse(null));
    }
  }

  /**
   * A version of the service terms (R-MEM-2).
   *
   * @param label the version's label, which registration and acceptance send back
   * @param validFrom the first day it is in force
   */
  @Schema(example = ApiExamples.TERMS)
  public record TermsView(String label, LocalDate validFrom) {
    static TermsView of(TermsVersion t) {
      return new TermsView(t.label(), t.validFrom());
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
  @Schema(example = ApiExamples.HELP_REQUEST)
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
  @Schema(example = ApiExamples.SOLUTION_VIEW)
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
  @Schema(example = ApiExamples.TIMELINE_ENTRY)
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
  @Schema(example = ApiExamples.SUMMARY)
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
  @Schema(example = ApiExamples.MEMBER_CARD)
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
  @Schema(example = ApiExamples.MEMBER_PAGE)
  public record MemberPage(List<MemberCardView> items, String nextCursor) {}

  /**
   * A page of a list, with the cursor of the next page when there is one.
   *
   * @param items the lines
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  @Schema(example = ApiExamples.PAGE)
  public record Page(List<SummaryView> items, String nextCursor) {}
}
