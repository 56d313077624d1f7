package org.clubaide.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.AnonymousRequestView;
import org.clubaide.core.network.CallAnswer;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.Consent;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.IntroductionSide;
import org.clubaide.core.network.Match;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.RecipientCallView;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.shared.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records the API answers with about the network: calls for help and introductions. */
public final class NetworkViews {

  private NetworkViews() {}

  /**
   * A member or partner of the network, as the Service sees them (never shown to other members).
   *
   * @param kind MEMBER or PARTNER
   * @param id the member's or partner's identifier
   */
  @Schema(example = ApiExamples.PARTICIPANT)
  public record ParticipantView(String kind, String id) {
    static ParticipantView of(Participant p) {
      return p instanceof Participant.OfMember m
          ? new ParticipantView("MEMBER", m.id().toString())
          : new ParticipantView("PARTNER", ((Participant.OfPartner) p).id().toString());
    }
  }

  /**
   * A member or partner who offered the wanted skills (R-NET-1), for the Service.
   *
   * @param participant who
   * @param overlap how many wanted skills they offer
   * @param matchedSkills those skills, normalised, in alphabetical order
   */
  @Schema(example = ApiExamples.CANDIDATE)
  public record CandidateView(ParticipantView participant, int overlap, List<String> matchedSkills) {
    static CandidateView of(Match m) {
      return new CandidateView(
          ParticipantView.of(m.participant()),
          m.overlap(),
          m.matchedSkills().stream().map(SkillTag::value).toList());
    }
  }

  /**
   * The candidates for a call, best first: those offering the most wanted skills (R-NET-1). A
   * ranking, not a list to page through: ask for more with {@code limit}.
   *
   * @param items the candidates
   */
  @Schema(example = ApiExamples.CANDIDATES)
  public record CandidateList(List<CandidateView> items) {}

  /**
   * What a call for help shows of a request, exactly as its recipients see it (R-NET-2): an
   * anonymous label instead of the requester, the kinds of help, the date, the wanted skills and
   * the summary the Service reviewed. Nothing else.
   *
   * @param label the requester's anonymous label, for example {@code Member #7F3A0C}
   * @param kinds the kinds of help asked for
   * @param neededBy the date by which help is needed
   * @param wantedSkills the skills looked for, normalised
   * @param summary the summary the Service wrote or reviewed
   */
  @Schema(example = ApiExamples.ANONYMOUS)
  public record AnonymousView(
      String label,
      List<KindOfHelp> kinds,
      LocalDate neededBy,
      List<String> wantedSkills,
      String summary) {
    static AnonymousView of(AnonymousRequestView v) {
      return new AnonymousView(
          v.label(),
          v.kinds().stream().sorted().toList(),
          v.neededBy(),
          v.wantedSkills().stream().map(SkillTag::value).toList(),
          v.summary());
    }
  }

  /**
   * An answer to a call for help (R-NET-4).
   *
   * @param recipient who answered; for the Service only, absent in a recipient's own view
   * @param type SIMPLE_SOLUTION, ACCOMPANIMENT or DECLINED
   * @param answeredAt when
   * @param title the simple solution's title
   * @param content the simple solution
   * @param outline the accompaniment's outline
   */
  @Schema(example = ApiExamples.ANSWER)
  public record AnswerView(
      ParticipantView recipient,
      String type,
      Instant answeredAt,
      String title,
      String content,
      String outline) {
    static AnswerView of(CallAnswer a, boolean forService) {
      ParticipantView who = forService ? ParticipantView.of(a.recipient()) : null;
      if (a instanceof CallAnswer.SimpleSolutionOffer s) {
        return new AnswerView(
            who,
            "SIMPLE_SOLUTION",
            a.answeredAt(),
            s.solution().title(),
            s.solution().content(),
            null);
      }
      if (a instanceof CallAnswer.AccompanimentOffer o) {
        return new AnswerView(who, "ACCOMPANIMENT", a.answeredAt(), null, null, o.outline());
      }
      return new AnswerView(who, "DECLINED", a.answeredAt(), null, null, null);
    }
  }

  /**
   * A call for help as one of its recipients sees it (R-NET-2): never the requester, the other
   * recipients or their answers.
   *
   * @param id the call
   * @param request the anonymous view of the request
   * @param sentAt when it was sent
   * @param status OPEN or CLOSED
   * @param closeReason why it was closed, once closed
   * @param yourAnswer the recipient's own answer, once given
   */
  @Schema(example = ApiExamples.CALL)
  public record CallView(
      String id,
      AnonymousView request,
      Instant sentAt,
      String status,
      String closeReason,
      AnswerView yourAnswer) {
    static CallView of(RecipientCallView v) {
      return new CallView(
          v.id().toString(),
          AnonymousView.of(v.request()),
          v.sentAt(),
          v.status().name(),
          v.closeReason().map(Enum::name).orElse(null),
          v.yourAnswer().map(a -> AnswerView.of(a, false)).orElse(null));
    }
  }

  /**
   * A page of the calls sent to me, newest first.
   *
   * @param items the calls
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  @Schema(example = ApiExamples.CALL_PAGE)
  public record CallPage(List<CallView> items, String nextCursor) {}

  /**
   * A whole call for help, for the Service: the request it is about, its recipients and every
   * answer (R-NET-1, R-NET-4).
   *
   * @param id the call
   * @param requestId the request
   * @param request the anonymous view the recipients see
   * @param sentAt when it was sent
   * @param status OPEN or CLOSED
   * @param closeReason why it was closed, once closed
   * @param recipients the members and partners called on, in the order chosen
   * @param answers the answers, in the order they came
   */
  @Schema(example = ApiExamples.SERVICE_CALL)
  public record ServiceCallView(
      String id,
      String requestId,
      AnonymousView request,
      Instant sentAt,
      String status,
      String closeReason,
      List<ParticipantView> recipients,
      List<AnswerView> answers) {
    static ServiceCallView of(CallForHelp c) {
      return new ServiceCallView(
          c.id().toString(),
          c.requestId().toString(),
          AnonymousView.of(c.view()),
          c.sentAt(),
          c.status().name(),
          c.closeReason().map(Enum::name).orElse(null),
          c.recipients().stream().map(ParticipantView::of).toList(),
          c.answers().stream().map(a -> AnswerView.of(a, true)).toList());
    }
  }

  /**
   * A page of the open calls about a request, oldest first, for the Service.
   *
   * @param items the calls
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  @Schema(example = ApiExamples.SERVICE_CALL_PAGE)
  public record ServiceCallPage(List<ServiceCallView> items, String nextCursor) {}

  /**
   * A party's written agreement (R-NET-3).
   *
   * @param givenAt when
   * @param channel WEB, or EMAIL when the Service recorded it
   */
  @Schema(example = ApiExamples.CONSENT)
  public record ConsentView(Instant givenAt, String channel) {
    static ConsentView of(Consent c) {
      return new ConsentView(c.givenAt(), c.channel().name());
    }
  }

  /**
   * How to reach the other party of an introduction, once both agreed (R-NET-3).
   *
   * @param email e-mail address
   * @param phone telephone
   * @param postalAddress postal address
   */
  @Schema(example = ApiExamples.CONTACT)
  public record ContactView(String email, String phone, String postalAddress) {
    static ContactView of(ContactDetails c) {
      return new ContactView(c.email(), c.phone(), c.postalAddress());
    }
  }

  /**
   * An introduction as one of its two parties sees it (R-NET-3): nothing about the other party
   * until both agreed, and after a refusal only that it is not possible.
   *
   * @param id the introduction
   * @param proposedAt when the Service proposed it
   * @param yourSide REQUESTER or HELPER
   * @param yourRequest the request, for the requester only
   * @param yourCall the call answered, for the helper only
   * @param outcome AWAITING_YOUR_ANSWER, AWAITING_THE_OTHER_SIDE, AGREED or NOT_POSSIBLE
   * @param yourConsent the viewer's own agreement, once given
   * @param otherSideContact the other party's contact details: only once both agreed, and only on
   *     the introduction itself, never in a list
   */
  @Schema(example = ApiExamples.INTRODUCTION)
  public record IntroductionView(
      String id,
      Instant proposedAt,
      String yourSide,
      String yourRequest,
      String yourCall,
      String outcome,
      ConsentView yourConsent,
      ContactView otherSideContact) {
    static IntroductionView of(
        org.clubaide.core.network.IntroductionView v, ContactDetails otherSide) {
      return new IntroductionView(
          v.id().toString(),
          v.proposedAt(),
          v.yourSide().name(),
          v.yourRequest().map(Object::toString).orElse(null),
          v.yourCall().map(Object::toString).orElse(null),
          v.outcome().name(),
          v.yourConsent().map(ConsentView::of).orElse(null),
          otherSide == null ? null : ContactView.of(otherSide));
    }
  }

  /**
   * A page of my introductions, newest first.
   *
   * @param items the introductions
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  @Schema(example = ApiExamples.INTRODUCTION_PAGE)
  public record IntroductionPage(List<IntroductionView> items, String nextCursor) {}

  /**
   * What the Service did on an introduction. The Service does not see introductions: the parties
   * do (R-NET-3).
   *
   * @param id the introduction
   * @param action PROPOSED, CONSENT_RECORDED or REFUSAL_RECORDED
   * @param side the party concerned, for a recorded consent or refusal
   * @param channel how the party's answer came, for a recorded consent or refusal
   */
  @Schema(example = ApiExamples.INTRODUCTION_ACTION)
  public record IntroductionActionView(String id, String action, String side, String channel) {
    static IntroductionActionView proposed(IntroductionId id) {
      return new IntroductionActionView(id.toString(), "PROPOSED", null, null);
    }

    static IntroductionActionView recorded(
        IntroductionId id, String action, IntroductionSide side, Channel channel) {
      return new IntroductionActionView(id.toString(), action, side.name(), channel.name());
    }
  }
}
