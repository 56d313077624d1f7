package org.clubaide.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clubaide.core.network.IntroductionSide;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProviderKind;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The records the API accepts. Bean Validation checks their shape (presence, types); the rules of
 * the service (lengths, dates, prices) are checked by the core and answered with 422.
 */
public final class Commands {

  private Commands() {}

  /**
   * A visitor's registration (R-MEM-1).
   *
   * @param firstName first name
   * @param lastName last name
   * @param organisation organisation, optional
   * @param email e-mail address, the future login
   * @param phone telephone
   * @param postalAddress postal address
   * @param password 12 to 128 characters
   * @param termsVersion the label of the terms version the visitor read
   * @param termsAccepted must be true
   * @param visibility per field group (IDENTITY, CONTACT_DETAILS, SKILLS, PHOTO): SERVICE_ONLY
   *     (default) or MEMBERS
   */
  @Schema(example = ApiExamples.REGISTER)
  public record Register(
      @NotBlank String firstName,
      @NotBlank String lastName,
      String organisation,
      @NotBlank String email,
      @NotBlank String phone,
      @NotBlank String postalAddress,
      @NotNull String password,
      @NotBlank String termsVersion,
      @NotNull Boolean termsAccepted,
      Map<String, String> visibility) {}

  /**
   * A new help request (R-REQ-1, R-REQ-2).
   *
   * @param title short title
   * @param description the problem, concisely
   * @param kinds kinds of help
   * @param neededBy the date by which help is needed
   * @param onBehalfOf for an agent: the member concerned
   * @param channel for an agent: EMAIL or PHONE; a member's own request is WEB
   */
  @Schema(example = ApiExamples.NEW_REQUEST)
  public record NewHelpRequest(
      @NotNull String title,
      @NotNull String description,
      @NotEmpty Set<KindOfHelp> kinds,
      @NotNull LocalDate neededBy,
      String onBehalfOf,
      Channel channel) {}

  /**
   * Acceptance of a request (R-REQ-4, R-REQ-6).
   *
   * @param route INTERNAL or NETWORK
   * @param solutionDueOn the fixed solution deadline; absent for immediate solutions
   */
  @Schema(example = ApiExamples.ACCEPT)
  public record Accept(@NotNull AcceptanceRoute route, LocalDate solutionDueOn) {}

  /**
   * A text: a question, an answer, a reason.
   *
   * @param text the text
   */
  @Schema(example = ApiExamples.TEXT)
  public record Text(@NotNull String text) {}

  /**
   * A deadline move (R-REQ-7).
   *
   * @param newDate the new date
   * @param reason why, shown to the member
   */
  @Schema(example = ApiExamples.MOVE_DEADLINE)
  public record MoveDeadline(@NotNull LocalDate newDate, @NotNull String reason) {}

  /**
   * A decision date agreed with the member (R-REQ-4).
   *
   * @param date the date
   */
  @Schema(example = ApiExamples.DECISION_DATE)
  public record DecisionDate(@NotNull LocalDate date) {}

  /**
   * An amount of money.
   *
   * @param amount decimal amount as text, for example {@code "120.00"}
   * @param currency ISO 4217 code, for example {@code EUR}
   */
  @Schema(example = ApiExamples.AMOUNT)
  public record Amount(@NotNull String amount, @NotNull String currency) {}

  /**
   * A simple solution (R-SOL-1). A price is refused unless zero.
   *
   * @param title title
   * @param content the solution
   * @param price must be absent or zero
   */
  @Schema(example = ApiExamples.SOLUTION)
  public record Solution(@NotNull String title, @NotNull String content, Amount price) {}

  /**
   * A withdrawal (R-REQ-8).
   *
   * @param reason SOLVED_ELSEWHERE or NO_LONGER_ARISES
   */
  @Schema(example = ApiExamples.WITHDRAW)
  public record Withdraw(@NotNull WithdrawalReason reason) {}

  /**
   * A postponement (R-REQ-8).
   *
   * @param until the day the request becomes due again
   * @param reason optional
   */
  @Schema(example = ApiExamples.POSTPONE)
  public record Postpone(@NotNull LocalDate until, String reason) {}

  /**
   * Closure with satisfaction (R-REQ-9).
   *
   * @param satisfaction SOLVED, PARTLY_SOLVED or NOT_SOLVED
   * @param comment optional
   */
  @Schema(example = ApiExamples.CLOSE)
  public record Close(@NotNull Satisfaction satisfaction, String comment) {}

  /**
   * The member accepts the terms version in force (R-MEM-2).
   *
   * @param termsVersion the label of the version the member read, which must be the current one
   */
  @Schema(example = ApiExamples.ACCEPT_TERMS)
  public record AcceptTerms(@NotBlank String termsVersion) {}

  /**
   * What the member brings to the network (R-MEM-3). Each list holds at most 20 entries of at most
   * 80 characters; blank and repeated entries are dropped.
   *
   * @param skills professional skills
   * @param hobbies hobbies
   * @param particularities anything else the member can offer
   * @param offeredToNetwork whether the member agrees to be called on by the network for these
   */
  @Schema(example = ApiExamples.DESCRIBE_PROFILE)
  public record DescribeProfile(
      List<String> skills,
      List<String> hobbies,
      List<String> particularities,
      @NotNull Boolean offeredToNetwork) {}

  /**
   * The member corrects their identity and how to reach them (R-PRV-2); the e-mail address is the
   * login and is not changed here.
   *
   * @param firstName first name
   * @param lastName last name
   * @param organisation organisation, optional
   * @param phone telephone
   * @param postalAddress postal address
   */
  @Schema(example = ApiExamples.CORRECT_DETAILS)
  public record CorrectDetails(
      @NotBlank String firstName,
      @NotBlank String lastName,
      String organisation,
      @NotBlank String phone,
      @NotBlank String postalAddress) {}

  /**
   * New visibility choices (R-MEM-4): the groups named change, the others stay as they are.
   *
   * @param visibility per field group (IDENTITY, CONTACT_DETAILS, SKILLS, PHOTO): SERVICE_ONLY or
   *     MEMBERS
   */
  @Schema(example = ApiExamples.CHANGE_VISIBILITY)
  public record ChangeVisibility(@NotEmpty Map<String, String> visibility) {}

  /** Whether a participant of the network is a member or a partner. */
  public enum ParticipantKind {
    /** A member of the club. */
    MEMBER,
    /** A partner of the network. */
    PARTNER
  }

  /**
   * A member or partner of the network, as the Service names them (R-NET-1).
   *
   * @param kind MEMBER or PARTNER
   * @param id the member's or partner's identifier
   */
  @Schema(example = ApiExamples.PARTICIPANT_REF)
  public record ParticipantRef(@NotNull ParticipantKind kind, @NotBlank String id) {}

  /**
   * What a call for help would show, for the Service to preview (R-NET-2).
   *
   * @param summary the summary of the problem the agent wrote or reviewed; it must identify nobody
   * @param wantedSkills the skills looked for
   */
  @Schema(example = ApiExamples.CALL_PREVIEW)
  public record CallPreview(@NotNull String summary, Set<String> wantedSkills) {}

  /**
   * A call for help the Service sends (R-NET-1, R-NET-2).
   *
   * @param summary the summary of the problem the agent wrote or reviewed; it must identify nobody
   * @param wantedSkills the skills looked for
   * @param recipients the members and partners called on, usually chosen among the candidates
   */
  @Schema(example = ApiExamples.NEW_CALL)
  public record NewCall(
      @NotNull String summary,
      Set<String> wantedSkills,
      @NotEmpty List<@Valid @NotNull ParticipantRef> recipients) {}

  /**
   * A recipient's offer of an accompaniment, to be followed by a quote (R-NET-4, R-SOL-2).
   *
   * @param outline what the accompaniment would be, at most 1,000 characters
   */
  @Schema(example = ApiExamples.ACCOMPANIMENT)
  public record Accompaniment(@NotNull String outline) {}

  /**
   * The Service proposes to introduce the requester to a recipient who offered help (R-NET-3).
   *
   * @param helper the recipient who answered the call
   */
  @Schema(example = ApiExamples.INTRODUCE)
  public record Introduce(@Valid @NotNull ParticipantRef helper) {}

  /**
   * The Service records a party's written agreement received by e-mail (R-NET-3).
   *
   * @param side REQUESTER or HELPER
   */
  @Schema(example = ApiExamples.RECORD_CONSENT)
  public record RecordConsent(@NotNull IntroductionSide side) {}

  /**
   * The Service records a party's refusal received by e-mail or telephone (R-NET-3).
   *
   * @param side REQUESTER or HELPER
   * @param channel EMAIL or PHONE
   */
  @Schema(example = ApiExamples.RECORD_REFUSAL)
  public record RecordRefusal(@NotNull IntroductionSide side, @NotNull Channel channel) {}

  /**
   * How long an accompaniment runs, as the provider states it.
   *
   * @param amount how many units, at least 1
   * @param unit DAYS, WEEKS or MONTHS
   */
  @Schema(example = ApiExamples.QUOTE_DURATION)
  public record QuoteDuration(@NotNull Integer amount, @NotNull EngagementDuration.Unit unit) {}

  /**
   * The provider an agent records a quote for (R-SOL-2).
   *
   * @param kind SERVICE, MEMBER or PARTNER
   * @param member the member's identifier, for MEMBER only
   * @param partner the partner's reference, for PARTNER only
   */
  @Schema(example = ApiExamples.PROVIDER_REF)
  public record ProviderRef(@NotNull ProviderKind kind, String member, String partner) {}

  /**
   * A quote for an accompaniment (R-SOL-2, R-SOL-3, R-SOL-6).
   *
   * @param title short title, at most 120 characters
   * @param scope what the accompaniment covers, at most 4,000 characters
   * @param usualPrice the price usually charged for this kind of service
   * @param memberPrice the member's preferential price, below the usual price, same currency
   * @param duration how long the accompaniment runs
   * @param validUntil the last day on which the member can accept it
   * @param onBehalfOf for an agent recording an offer received by e-mail or phone: the provider;
   *     absent when the caller quotes in their own name
   */
  @Schema(example = ApiExamples.NEW_QUOTE)
  public record NewQuote(
      @NotNull String title,
      @NotNull String scope,
      @Valid @NotNull Amount usualPrice,
      @Valid @NotNull Amount memberPrice,
      @Valid @NotNull QuoteDuration duration,
      @NotNull LocalDate validUntil,
      @Valid ProviderRef onBehalfOf) {}

  /**
   * The member takes a quote after reading the intermediary notice (R-SOL-5, R-SOL-6).
   *
   * @param confirmed must be true: the member confirms the contract binds them and the provider
   *     only, the Service being an intermediary
   * @param noticeVersion the version of the notice the member read, as the API gave it
   */
  @Schema(example = ApiExamples.ACCEPT_QUOTE)
  public record AcceptQuote(@NotNull Boolean confirmed, @NotBlank String noticeVersion) {}

  /**
   * The member declines a quote (R-SOL-4).
   *
   * @param note an optional note for the provider
   */
  @Schema(example = ApiExamples.DECLINE_QUOTE)
  public record DeclineQuote(String note) {}
}
