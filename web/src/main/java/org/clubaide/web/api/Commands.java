package org.clubaide.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;

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
  public record Accept(@NotNull AcceptanceRoute route, LocalDate solutionDueOn) {}

  /**
   * A text: a question, an answer, a reason.
   *
   * @param text the text
   */
  public record Text(@NotNull String text) {}

  /**
   * A deadline move (R-REQ-7).
   *
   * @param newDate the new date
   * @param reason why, shown to the member
   */
  public record MoveDeadline(@NotNull LocalDate newDate, @NotNull String reason) {}

  /**
   * A decision date agreed with the member (R-REQ-4).
   *
   * @param date the date
   */
  public record DecisionDate(@NotNull LocalDate date) {}

  /**
   * An amount of money.
   *
   * @param amount decimal amount as text, for example {@code "120.00"}
   * @param currency ISO 4217 code, for example {@code EUR}
   */
  public record Amount(@NotNull String amount, @NotNull String currency) {}

  /**
   * A simple solution (R-SOL-1). A price is refused unless zero.
   *
   * @param title title
   * @param content the solution
   * @param price must be absent or zero
   */
  public record Solution(@NotNull String title, @NotNull String content, Amount price) {}

  /**
   * A withdrawal (R-REQ-8).
   *
   * @param reason SOLVED_ELSEWHERE or NO_LONGER_ARISES
   */
  public record Withdraw(@NotNull WithdrawalReason reason) {}

  /**
   * A postponement (R-REQ-8).
   *
   * @param until the day the request becomes due again
   * @param reason optional
   */
  public record Postpone(@NotNull LocalDate until, String reason) {}

  /**
   * Closure with satisfaction (R-REQ-9).
   *
   * @param satisfaction SOLVED, PARTLY_SOLVED or NOT_SOLVED
   * @param comment optional
   */
  public record Close(@NotNull Satisfaction satisfaction, String comment) {}
}
