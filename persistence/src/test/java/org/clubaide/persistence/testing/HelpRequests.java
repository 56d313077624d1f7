package org.clubaide.persistence.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.KindOfHelp;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.SolutionDeadline;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.Channel;

/**
 * Help requests for the contract tests, built through the aggregate's verbs; the clock moves a
 * minute before each verb, so every event has its own time.
 */
public final class HelpRequests {

  /** The agent who acts for the Service. */
  public static final Actor AGENT = Actor.agent("agent@clubaide.invalid");

  private HelpRequests() {}

  /** The member's own login. */
  public static Actor memberActor(MemberId member) {
    return Actor.member("member@example.org", member);
  }

  /** A web request needed thirty days from today. */
  public static HelpRequest submitted(MemberId member, TestClock clock) {
    return submitted(member, clock, clock.today().plusDays(30));
  }

  /** A web request needed by {@code neededBy}, which is its next deadline while undecided. */
  public static HelpRequest submitted(MemberId member, TestClock clock, LocalDate neededBy) {
    return HelpRequest.submit(
        member,
        Channel.WEB,
        memberActor(member),
        "Cash-flow plan for a new workshop",
        "I am opening a second workshop and need a twelve-month cash-flow plan.\nWhere to start?",
        EnumSet.of(KindOfHelp.INFORMATION, KindOfHelp.DOCUMENT),
        neededBy,
        clock);
  }

  /**
   * A request closed after the longest lifecycle: question and answer, a decision date agreed and
   * moved, a postponement and its end, acceptance through the network, the solution deadline moved,
   * two solutions, closure with a comment.
   */
  public static HelpRequest closedAfterFullLifecycle(MemberId member, TestClock clock) {
    Actor requester = memberActor(member);
    HelpRequest request =
        HelpRequest.submit(
            member,
            Channel.PHONE,
            AGENT,
            "Contract with a supplier",
            "A supplier changed the terms of our contract without notice.",
            EnumSet.of(KindOfHelp.LISTENING, KindOfHelp.HELP, KindOfHelp.FOLLOW_UP),
            clock.today().plusDays(20),
            clock);
    LocalDate today = clock.today();
    request.askQuestion(AGENT, "Since when does the contract run?", tick(clock));
    request.answerQuestion(requester, "Since January 2023, renewed each year.", tick(clock));
    request.agreeDecisionDate(AGENT, today.plusDays(5), tick(clock));
    request.moveDeadline(AGENT, today.plusDays(6), "The lawyer answers on Monday.", tick(clock));
    request.postpone(requester, today.plusDays(10), "Away on holiday.", tick(clock));
    request.resume(requester, tick(clock));
    request.accept(
        AGENT, AcceptanceRoute.NETWORK, SolutionDeadline.fixed(today.plusDays(12)), tick(clock));
    request.moveDeadline(AGENT, today.plusDays(14), "A partner needs two more days.", tick(clock));
    request.proposeSimpleSolution(
        AGENT,
        "Model letter",
        "Send the supplier the enclosed letter by registered post.",
        Optional.empty(),
        tick(clock));
    request.proposeSimpleSolution(
        AGENT,
        "Mediation service",
        "The chamber of commerce offers free mediation between firms.",
        Optional.empty(),
        tick(clock));
    request.close(
        requester, Satisfaction.PARTLY_SOLVED, "The letter worked; no mediation.", tick(clock));
    return request;
  }

  /** A request the Service declined without giving a reason. */
  public static HelpRequest declined(MemberId member, TestClock clock) {
    HelpRequest request = submitted(member, clock);
    request.decline(AGENT, "", tick(clock));
    return request;
  }

  /** A request accepted with immediate solutions, then withdrawn by the member. */
  public static HelpRequest withdrawnAfterImmediateAcceptance(MemberId member, TestClock clock) {
    HelpRequest request = submitted(member, clock);
    request.accept(
        AGENT, AcceptanceRoute.INTERNAL, SolutionDeadline.immediate(clock.today()), tick(clock));
    request.withdraw(memberActor(member), WithdrawalReason.SOLVED_ELSEWHERE, tick(clock));
    return request;
  }

  /**
   * An accepted request with {@code solutions} solutions and one question and answer per solution:
   * a heavy line of the queue, whose next deadline is {@code solutionDueOn}.
   */
  public static HelpRequest acceptedWithSolutions(
      MemberId member, TestClock clock, LocalDate solutionDueOn, int solutions) {
    HelpRequest request = submitted(member, clock);
    request.accept(
        AGENT, AcceptanceRoute.INTERNAL, SolutionDeadline.fixed(solutionDueOn), tick(clock));
    for (int i = 1; i <= solutions; i++) {
      request.askQuestion(AGENT, "Question " + i, tick(clock));
      request.answerQuestion(memberActor(member), "Answer " + i, tick(clock));
      request.proposeSimpleSolution(
          AGENT, "Solution " + i, "Content of solution " + i, Optional.empty(), tick(clock));
    }
    return request;
  }

  /**
   * Everything a request holds but its version: two requests with equal states differ at most in
   * the version storage gave them.
   */
  public static HelpRequest.Snapshot state(HelpRequest request) {
    HelpRequest.Snapshot s = request.snapshot();
    return new HelpRequest.Snapshot(
        s.id(),
        s.requester(),
        s.channel(),
        s.title(),
        s.description(),
        s.kinds(),
        s.neededBy(),
        s.submittedAt(),
        s.status(),
        s.decisionDueOn(),
        s.solutionDeadline(),
        s.postponedUntil(),
        s.statusBeforePostponement(),
        s.satisfaction(),
        s.solutions(),
        s.timeline(),
        0);
  }

  private static TestClock tick(TestClock clock) {
    return clock.advance(Duration.ofMinutes(1));
  }
}
