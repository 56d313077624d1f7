package org.clubaide.core.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.request.SubmitHelpRequest;
import org.clubaide.core.shared.Channel;

/** Fixtures for help requests: valid by default, changed one field at a time. */
public final class HelpRequests {

  /** A valid title. */
  public static final String TITLE = "Cash-flow plan for a new workshop";

  /** A valid description. */
  public static final String DESCRIPTION =
      "I am opening a second workshop and need help to build a twelve-month cash-flow plan.";

  /** How many days after today help is needed by default. */
  public static final int NEEDED_IN_DAYS = 30;

  private HelpRequests() {}

  /** A member's own web submission, needed {@link #NEEDED_IN_DAYS} days after {@code today}. */
  public static SubmissionBuilder aSubmission(LocalDate today) {
    return new SubmissionBuilder(today.plusDays(NEEDED_IN_DAYS));
  }

  /** A request raised by {@code member} on the web, straight on the aggregate. */
  public static HelpRequest submitted(MemberId member, Clock clock) {
    Actor actor = Actor.member("member@example.org", member);
    return HelpRequest.submit(
        member,
        Channel.WEB,
        actor,
        TITLE,
        DESCRIPTION,
        Set.of(KindOfHelp.INFORMATION),
        LocalDate.now(clock).plusDays(NEEDED_IN_DAYS),
        clock);
  }

  /** A request raised by a new member on the web, straight on the aggregate. */
  public static HelpRequest submitted(Clock clock) {
    return submitted(MemberId.newId(), clock);
  }

  /** A request accepted internally with solutions due in a week. */
  public static HelpRequest accepted(Clock clock) {
    HelpRequest request = submitted(clock);
    request.accept(
        Actors.agent(),
        AcceptanceRoute.INTERNAL,
        SolutionDeadline.fixed(LocalDate.now(clock).plusDays(7)),
        clock);
    return request;
  }

  /** A request accepted internally that already has one simple solution. */
  public static HelpRequest withSolution(Clock clock) {
    HelpRequest request = accepted(clock);
    request.proposeSimpleSolution(
        Actors.agent(),
        "Cash-flow template",
        "The chamber of commerce publishes a free template: see its web site.",
        Optional.empty(),
        clock);
    return request;
  }

  /** Builds a {@link SubmitHelpRequest}. */
  public static final class SubmissionBuilder {
    private Optional<MemberId> onBehalfOf = Optional.empty();
    private Channel channel = Channel.WEB;
    private String title = TITLE;
    private String description = DESCRIPTION;
    private Set<KindOfHelp> kinds = EnumSet.of(KindOfHelp.INFORMATION);
    private LocalDate neededBy;

    private SubmissionBuilder(LocalDate neededBy) {
      this.neededBy = neededBy;
    }

    public SubmissionBuilder onBehalfOf(MemberId member, Channel through) {
      onBehalfOf = Optional.of(member);
      channel = through;
      return this;
    }

    public SubmissionBuilder channel(Channel value) {
      channel = value;
      return this;
    }

    public SubmissionBuilder title(String value) {
      title = value;
      return this;
    }

    public SubmissionBuilder description(String value) {
      description = value;
      return this;
    }

    public SubmissionBuilder kinds(Set<KindOfHelp> value) {
      kinds = value;
      return this;
    }

    public SubmissionBuilder neededBy(LocalDate value) {
      neededBy = value;
      return this;
    }

    public SubmitHelpRequest build() {
      return new SubmitHelpRequest(onBehalfOf, channel, title, description, kinds, neededBy);
    }
  }
}
