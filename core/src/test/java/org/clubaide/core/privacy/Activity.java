package org.clubaide.core.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.Acknowledgement;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.IntermediaryNotice;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.InMemoryClubAide;

/**
 * A member's history in the club, made through the use cases: requests that went through every kind
 * of event, with the member's own free text in them ({@code ownText}, typically their name and
 * e-mail address), and a quote they accepted.
 */
final class Activity {

  /** The Service's question, which says nothing about who asked. */
  static final String QUESTION = "Over how many months do you need the plan?";

  private Activity() {}

  /** A request raised on the web whose title and description carry {@code ownText}. */
  static RequestId raised(InMemoryClubAide club, Actor member, String ownText) {
    return club.helpRequests()
        .submit(
            member,
            HelpRequests.aSubmission(club.clock().today())
                .title("Help for " + ownText)
                .description("I am " + ownText + " and I need a cash-flow plan.")
                .build());
  }

  /**
   * A request that was submitted, questioned and answered, given a decision date that moved,
   * accepted, solved with a free solution, postponed, resumed and closed; a quote was accepted on
   * it. The member's answer, postponement reason and comment carry {@code ownText}.
   */
  static RequestId closedWithEveryEvent(InMemoryClubAide club, Actor member, String ownText) {
    HelpRequestService requests = club.helpRequests();
    Actor agent = Actors.agent();
    LocalDate today = club.clock().today();
    RequestId id = raised(club, member, ownText);
    requests.askQuestion(agent, id, QUESTION);
    requests.answerQuestion(member, id, "Twelve months. " + ownText);
    requests.agreeDecisionDate(agent, id, today.plusDays(3));
    requests.moveDeadline(agent, id, today.plusDays(4), "The expert is ill.");
    requests.accept(agent, id, AcceptanceRoute.INTERNAL, Optional.of(today.plusDays(10)));
    requests.proposeSimpleSolution(agent, id, "Template", "A free template.", Optional.empty());
    Quote quote =
        Quote.propose(
            id,
            Provider.service(),
            agent,
            "Accompaniment",
            "Three meetings with an accountant.",
            Money.of("900.00", "EUR"),
            Money.of("600.00", "EUR"),
            EngagementDuration.months(2),
            today.plusDays(30),
            club.clock());
    quote.accept(
        member, Acknowledgement.confirmed(IntermediaryNotice.CURRENT.version()), club.clock());
    club.quotes().save(quote);
    requests.postpone(member, id, today.plusDays(2), "Away, " + ownText);
    requests.resume(agent, id);
    requests.close(member, id, Satisfaction.PARTLY_SOLVED, "Thanks from " + ownText);
    return id;
  }

  /** A request the Service declined. */
  static RequestId declined(InMemoryClubAide club, Actor member, String ownText) {
    RequestId id = raised(club, member, ownText);
    club.helpRequests().decline(Actors.agent(), id, "Not our field.");
    return id;
  }

  /** A request the member withdrew. */
  static RequestId withdrawn(InMemoryClubAide club, Actor member, String ownText) {
    RequestId id = raised(club, member, ownText);
    club.helpRequests().withdraw(member, id, WithdrawalReason.SOLVED_ELSEWHERE);
    return id;
  }

  /** The three finished requests above, in that order. */
  static List<RequestId> finished(InMemoryClubAide club, Actor member, String ownText) {
    return List.of(
        closedWithEveryEvent(club, member, ownText),
        declined(club, member, ownText),
        withdrawn(club, member, ownText));
  }
}
