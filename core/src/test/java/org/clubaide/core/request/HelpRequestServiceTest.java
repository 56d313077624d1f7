package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.AcceptQuote;
import org.clubaide.core.quote.Acknowledgement;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.IntermediaryNotice;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.InMemoryClubAide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The help-request use cases: who may do what (R-PRV-3, R-MEM-2) and what reaches the store. */
class HelpRequestServiceTest {

  private final InMemoryClubAide club = InMemoryClubAide.withSeedTerms();
  private final HelpRequestService service = club.helpRequests();
  private final Actor ada = club.registerMember("ada@example.org");
  private final Actor bob = club.registerMember("bob@example.org");
  private final Actor agent = Actors.agent();

  private LocalDate today() {
    return club.clock().today();
  }

  private HelpRequest stored(RequestId id) {
    return club.requests().findById(id).orElseThrow();
  }

  private RequestId acceptedWithSolution(Actor member) {
    RequestId id = club.submitFor(member);
    service.accept(agent, id, AcceptanceRoute.INTERNAL, Optional.of(today().plusDays(5)));
    service.proposeSimpleSolution(agent, id, "Template", "A free template", Optional.empty());
    return id;
  }

  @Nested
  class Submitting {

    @Test
    @DisplayName("R-REQ-1 a member's own request comes through the web and is kept as theirs")
    void memberSubmitsOnTheWeb() {
      RequestId id = club.submitFor(ada);

      HelpRequest request = stored(id);
      assertEquals(ada.requireMember(), request.requester());
      assertEquals(Channel.WEB, request.channel());
      var submitted = assertInstanceOf(RequestEvent.Submitted.class, request.timeline().get(0));
      assertEquals("ada@example.org", submitted.actor());
      assertFalse(submitted.byService());
    }

    @ParameterizedTest
    @EnumSource(
        value = Channel.class,
        names = {"EMAIL", "PHONE"})
    @DisplayName(
        "R-REQ-1 an agent records an e-mail or phone request on the member's behalf, channel kept")
    void agentRecordsOnBehalf(Channel channel) {
      var command =
          HelpRequests.aSubmission(today()).onBehalfOf(ada.requireMember(), channel).build();

      RequestId id = service.submit(agent, command);

      HelpRequest request = stored(id);
      assertEquals(ada.requireMember(), request.requester());
      assertEquals(channel, request.channel());
      var submitted = assertInstanceOf(RequestEvent.Submitted.class, request.timeline().get(0));
      assertEquals(agent.login(), submitted.actor());
      assertTrue(submitted.byService());
      assertEquals(channel, submitted.channel());
      assertEquals(1, service.myRequests(ada, 10).size());
    }

    @Test
    @DisplayName("R-REQ-1 a request recorded by an agent must say it came by e-mail or phone")
    void agentCannotRecordAWebRequest() {
      var command =
          HelpRequests.aSubmission(today()).onBehalfOf(ada.requireMember(), Channel.WEB).build();

      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> service.submit(agent, command));

      assertEquals("R-REQ-1", refused.rule());
      assertEquals("channel", refused.field());
      assertEquals(0, club.requests().size());
    }

    @ParameterizedTest
    @EnumSource(
        value = Channel.class,
        names = {"EMAIL", "PHONE"})
    @DisplayName("R-REQ-1 a member's own request cannot claim to come by e-mail or phone")
    void memberCannotClaimAnotherChannel(Channel channel) {
      var command = HelpRequests.aSubmission(today()).channel(channel).build();

      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> service.submit(ada, command));

      assertEquals("channel", refused.field());
      assertEquals(0, club.requests().size());
    }

    @Test
    @DisplayName("R-REQ-1 a member's own request is a web request that names no other member")
    void memberCommandIsAWebRequest() {
      LocalDate neededBy = today().plusDays(4);
      SubmitHelpRequest command =
          SubmitHelpRequest.byMember("Title", "Description", Set.of(KindOfHelp.DOCUMENT), neededBy);

      RequestId id = service.submit(ada, command);

      assertEquals(Channel.WEB, command.channel());
      assertEquals(Optional.empty(), command.onBehalfOf());
      assertEquals(Set.of(KindOfHelp.DOCUMENT), stored(id).kinds());
      assertEquals(neededBy, stored(id).neededBy());
    }

    @Test
    @DisplayName("R-REQ-1 a command without a channel is a web request")
    void missingChannelMeansWeb() {
      var command =
          new SubmitHelpRequest(null, null, "Title", "Description", null, today().plusDays(1));

      assertEquals(Channel.WEB, command.channel());
      assertEquals(Optional.empty(), command.onBehalfOf());
      assertTrue(command.kinds().isEmpty());
    }

    @Test
    @DisplayName("R-PRV-3 a member cannot record a request on another member's behalf")
    void memberCannotSubmitForAnother() {
      var command =
          HelpRequests.aSubmission(today()).onBehalfOf(bob.requireMember(), Channel.EMAIL).build();

      assertThrows(AccessDeniedException.class, () -> service.submit(ada, command));
      assertEquals(0, club.requests().size());
    }

    @Test
    @DisplayName("R-PRV-3 an agent raising a request must name the member it is for")
    void agentMustNameTheMember() {
      var command = HelpRequests.aSubmission(today()).build();

      assertThrows(AccessDeniedException.class, () -> service.submit(agent, command));
    }

    @Test
    @DisplayName("R-REQ-1 a request for a member who does not exist is refused")
    void unknownMemberIsRefused() {
      var command =
          HelpRequests.aSubmission(today()).onBehalfOf(MemberId.newId(), Channel.PHONE).build();

      assertThrows(NotFoundException.class, () -> service.submit(agent, command));
    }

    @Test
    @DisplayName("R-REQ-2 a request needed yesterday is refused with a clear message and not saved")
    void pastDateIsRefusedByTheUseCase() {
      var command = HelpRequests.aSubmission(today()).neededBy(today().minusDays(1)).build();

      RuleViolationException refused =
          assertThrows(RuleViolationException.class, () -> service.submit(ada, command));

      assertTrue(refused.getMessage().contains("is in the past"), refused.getMessage());
      assertEquals(0, club.requests().size());
    }
  }

  @Nested
  class Privacy {

    @Test
    @DisplayName(
        "R-PRV-3 a member never reads another member's request: it does not exist for them")
    void otherMembersRequestIsNotFound() {
      RequestId adas = club.submitFor(ada);

      NotFoundException refused =
          assertThrows(NotFoundException.class, () -> service.view(bob, adas));

      assertEquals("Help request " + adas + " does not exist.", refused.getMessage());
      assertEquals("NOT-FOUND", refused.rule());
    }

    @Test
    @DisplayName("R-PRV-3 another member's request and a missing one look exactly alike")
    void otherAndMissingLookAlike() {
      RequestId adas = club.submitFor(ada);
      RequestId missing = RequestId.newId();

      String other =
          assertThrows(NotFoundException.class, () -> service.view(bob, adas)).getMessage();
      String none =
          assertThrows(NotFoundException.class, () -> service.view(bob, missing)).getMessage();

      assertEquals(
          other.replace(adas.toString(), "<id>"), none.replace(missing.toString(), "<id>"));
    }

    @Test
    @DisplayName("R-PRV-3 a member never changes another member's request")
    void otherMembersRequestCannotBeChanged() {
      RequestId adas = acceptedWithSolution(ada);
      service.askQuestion(agent, adas, "Which month?");
      LocalDate later = today().plusDays(3);
      List<Consumer<Actor>> changes = new ArrayList<>();
      changes.add(a -> service.answerQuestion(a, adas, "Bob's answer"));
      changes.add(a -> service.withdraw(a, adas, WithdrawalReason.NO_LONGER_ARISES));
      changes.add(a -> service.postpone(a, adas, later, "Bob's reason"));
      changes.add(a -> service.close(a, adas, Satisfaction.NOT_SOLVED, "Bob's comment"));
      int before = stored(adas).timeline().size();

      for (Consumer<Actor> change : changes) {
        assertThrows(NotFoundException.class, () -> change.accept(bob));
      }

      assertEquals(before, stored(adas).timeline().size());
      assertEquals(RequestStatus.ACCEPTED, stored(adas).status());
    }

    @Test
    @DisplayName("R-PRV-3 a member cannot do what only an agent does, even on their own request")
    void memberCannotDoAgentActions() {
      RequestId own = club.submitFor(ada);
      LocalDate later = today().plusDays(3);
      List<Consumer<Actor>> agentActions = new ArrayList<>();
      agentActions.add(a -> service.askQuestion(a, own, "Q?"));
      agentActions.add(a -> service.agreeDecisionDate(a, own, later));
      agentActions.add(a -> service.accept(a, own, AcceptanceRoute.INTERNAL, Optional.empty()));
      agentActions.add(a -> service.decline(a, own, "No"));
      agentActions.add(a -> service.moveDeadline(a, own, later, "Reason"));
      agentActions.add(a -> service.proposeSimpleSolution(a, own, "T", "C", Optional.empty()));
      agentActions.add(a -> service.resume(a, own));

      for (Consumer<Actor> action : agentActions) {
        AccessDeniedException refused =
            assertThrows(AccessDeniedException.class, () -> action.accept(ada));
        assertEquals("R-PRV-3", refused.rule());
      }

      assertEquals(1, stored(own).timeline().size());
    }

    @Test
    @DisplayName("R-PRV-3 the queue is for the central Service only")
    void queueIsForTheServiceOnly() {
      club.submitFor(ada);

      assertThrows(AccessDeniedException.class, () -> service.queue(ada, Optional.empty(), 10));
      assertThrows(
          AccessDeniedException.class, () -> service.queue(Actors.partner(), Optional.empty(), 10));
      assertEquals(1, service.queue(agent, Optional.empty(), 10).size());
      assertEquals(1, service.queue(Actors.admin(), Optional.empty(), 10).size());
    }

    @Test
    @DisplayName("R-PRV-3 a member's list holds their own requests only, newest first")
    void myRequestsAreMineOnly() {
      RequestId first = club.submitFor(ada);
      club.clock().advanceDays(1);
      RequestId second = club.submitFor(ada);
      club.submitFor(bob);

      List<RequestId> mine = service.myRequests(ada, 10).stream().map(RequestSummary::id).toList();

      assertEquals(List.of(second, first), mine);
    }

    @Test
    @DisplayName("R-PRV-3 an agent has no list of own requests: it is not a member")
    void agentHasNoOwnRequests() {
      assertThrows(AccessDeniedException.class, () -> service.myRequests(agent, 10));
    }

    @Test
    @DisplayName("R-PRV-3 a partner neither reads nor changes a member's request")
    void partnerCannotReadRequests() {
      RequestId adas = club.submitFor(ada);

      assertThrows(NotFoundException.class, () -> service.view(Actors.partner(), adas));
      assertThrows(
          NotFoundException.class,
          () -> service.proposeSimpleSolution(Actors.partner(), adas, "T", "C", Optional.empty()));
    }

    @Test
    @DisplayName("R-PRV-3 the Service reads any member's request with its timeline")
    void serviceReadsAnyRequest() {
      RequestId adas = club.submitFor(ada);

      HelpRequest request = service.view(agent, adas);

      assertEquals(ada.requireMember(), request.requester());
      assertEquals(1, request.timeline().size());
    }

    @Test
    @DisplayName(
        "R-PRV-3 only the requester answers the Service's questions and closes the request")
    void serviceCannotSpeakForTheRequester() {
      RequestId adas = acceptedWithSolution(ada);
      service.askQuestion(agent, adas, "Which month?");

      AccessDeniedException answer =
          assertThrows(
              AccessDeniedException.class, () -> service.answerQuestion(agent, adas, "May"));
      assertThrows(
          AccessDeniedException.class, () -> service.close(agent, adas, Satisfaction.SOLVED, null));

      assertEquals(
          "Only the member who raised the request can answer a question on it.",
          answer.getMessage());
    }

    @Test
    @DisplayName("R-PRV-3 a request that does not exist is reported as such to the Service")
    void missingRequestIsNotFound() {
      RequestId missing = RequestId.newId();

      assertThrows(NotFoundException.class, () -> service.askQuestion(agent, missing, "Q?"));
      assertThrows(
          NotFoundException.class,
          () -> service.proposeSimpleSolution(agent, missing, "T", "C", Optional.empty()));
    }
  }

  @Nested
  class Lifecycle {

    @Test
    @DisplayName("R-REQ-8 a single request is withdrawn as solved or gone, never as an ended participation")
    void participationEndedIsNotAWithdrawalChoice() {
      RequestId id = club.submitFor(ada);

      RuleViolationException refused =
          assertThrows(
              RuleViolationException.class,
              () -> service.withdraw(ada, id, WithdrawalReason.PARTICIPATION_ENDED));

      assertEquals("reason", refused.field());
      assertEquals(RequestStatus.SUBMITTED, service.view(ada, id).status());
    }

    @Test
    @DisplayName("R-REQ-3 the member answers the Service's question through the use cases")
    void questionAndAnswer() {
      RequestId id = club.submitFor(ada);

      service.askQuestion(agent, id, "Which month?");
      service.answerQuestion(ada, id, "May");

      assertEquals(0, stored(id).openQuestions());
      assertEquals(3, stored(id).timeline().size());
    }

    @Test
    @DisplayName(
        "R-REQ-4 an agreed decision date that passes without a decision shows as overdue in the"
            + " queue")
    void overdueInTheQueue() {
      RequestId id = club.submitFor(ada);
      service.agreeDecisionDate(agent, id, today().plusDays(1));

      club.clock().advanceDays(2);

      RequestSummary line = service.queue(agent, Optional.empty(), 10).get(0);
      assertEquals(id, line.id());
      assertTrue(line.isOverdue(club.clock()));
      assertTrue(service.view(agent, id).isOverdue(club.clock()));
    }

    @Test
    @DisplayName("R-REQ-6 accepting without a date promises solutions immediately, that is today")
    void immediateAcceptance() {
      RequestId id = club.submitFor(ada);

      service.accept(agent, id, AcceptanceRoute.NETWORK, Optional.empty());

      assertEquals(Optional.of(SolutionDeadline.immediate(today())), stored(id).solutionDeadline());
    }

    @Test
    @DisplayName("R-REQ-6 accepting with a date fixes the solution deadline on that date")
    void fixedAcceptance() {
      RequestId id = club.submitFor(ada);

      service.accept(agent, id, AcceptanceRoute.INTERNAL, Optional.of(today().plusDays(10)));

      assertEquals(
          Optional.of(SolutionDeadline.fixed(today().plusDays(10))), stored(id).solutionDeadline());
    }

    @Test
    @DisplayName("R-REQ-5 a declined request gives the member nothing more to act on")
    void declinedThroughTheUseCase() {
      RequestId id = club.submitFor(ada);

      service.decline(agent, id, "Outside our competence");

      assertEquals(RequestStatus.DECLINED, stored(id).status());
      assertTrue(service.queue(agent, Optional.empty(), 10).isEmpty());
      assertEquals(Optional.empty(), service.myRequests(ada, 10).get(0).nextDeadline());
    }

    @Test
    @DisplayName("R-REQ-7 the member sees a moved deadline with its reason in their request")
    void memberSeesTheMove() {
      RequestId id = club.submitFor(ada);
      service.accept(agent, id, AcceptanceRoute.INTERNAL, Optional.of(today().plusDays(2)));

      service.moveDeadline(agent, id, today().plusDays(6), "Partner on leave");

      HelpRequest seen = service.view(ada, id);
      var moved =
          assertInstanceOf(
              RequestEvent.DeadlineMoved.class, seen.timeline().get(seen.timeline().size() - 1));
      assertEquals("Partner on leave", moved.reason());
      assertEquals(today().plusDays(2), moved.from());
      assertEquals(today().plusDays(6), moved.to());
    }

    @Test
    @DisplayName("R-REQ-8 the member postpones, the Service resumes once the request is due again")
    void postponeAndResume() {
      RequestId id = club.submitFor(ada);

      service.postpone(ada, id, today().plusDays(3), "Busy season");
      club.clock().advanceDays(3);
      assertTrue(stored(id).isDueAgain(club.clock()));
      service.resume(agent, id);

      assertEquals(RequestStatus.SUBMITTED, stored(id).status());
      assertFalse(stored(id).isDueAgain(club.clock()));
    }

    @Test
    @DisplayName("R-REQ-8 the member withdraws their own request")
    void memberWithdraws() {
      RequestId id = club.submitFor(ada);

      service.withdraw(ada, id, WithdrawalReason.SOLVED_ELSEWHERE);

      assertEquals(RequestStatus.WITHDRAWN, stored(id).status());
      var withdrawn = assertInstanceOf(RequestEvent.Withdrawn.class, stored(id).timeline().get(1));
      assertFalse(withdrawn.byService());
    }

    @Test
    @DisplayName("R-REQ-8 the Service, told by phone, withdraws or postpones for the member")
    void serviceWithdrawsOrPostponesForTheMember() {
      RequestId first = club.submitFor(ada);
      RequestId second = club.submitFor(ada);

      service.withdraw(agent, first, WithdrawalReason.NO_LONGER_ARISES);
      service.postpone(agent, second, today().plusDays(7), "Member called");

      assertEquals(RequestStatus.WITHDRAWN, stored(first).status());
      assertEquals(RequestStatus.POSTPONED, stored(second).status());
      assertTrue(stored(first).timeline().get(1).byService());
    }

    @Test
    @DisplayName(
        "R-REQ-9 the member closes their request after a solution, with their satisfaction")
    void memberCloses() {
      RequestId id = acceptedWithSolution(ada);

      service.close(ada, id, Satisfaction.PARTLY_SOLVED, "Part of it works");

      assertEquals(Optional.of(Satisfaction.PARTLY_SOLVED), stored(id).satisfaction());
    }

    @Test
    @DisplayName(
        "R-REQ-9 R-SOL-5 the member closes their request once they took a quote, without any"
            + " simple solution; not before")
    void memberClosesAfterTakingAQuote() {
      RequestId id = club.submitFor(ada);
      service.accept(agent, id, AcceptanceRoute.NETWORK, Optional.of(today().plusDays(10)));
      QuoteService quotes =
          new QuoteService(
              club.quotes(),
              r -> club.requests().findById(r).map(HelpRequest::requester),
              club.clock());
      QuoteId quote =
          quotes.propose(
              agent,
              ProposeQuote.inOwnName(
                  id,
                  "Accompagnement juridique",
                  "Deux mois de suivi du contrat.",
                  Money.of("1000.00", "EUR"),
                  Money.of("800.00", "EUR"),
                  EngagementDuration.months(2),
                  today().plusDays(14)));

      RuleViolationException early =
          assertThrows(
              RuleViolationException.class,
              () -> service.close(ada, id, Satisfaction.SOLVED, null));
      assertEquals("R-REQ-9", early.rule());

      quotes.accept(
          ada,
          new AcceptQuote(quote, Acknowledgement.confirmed(IntermediaryNotice.CURRENT.version())));
      service.close(ada, id, Satisfaction.SOLVED, "Merci");

      assertEquals(RequestStatus.CLOSED, stored(id).status());
      assertTrue(stored(id).solutions().isEmpty());
    }

    @Test
    @DisplayName(
        "R-SOL-1 the Service's simple solution with a price is refused and nothing is saved")
    void pricedSolutionThroughTheUseCase() {
      RequestId id = club.submitFor(ada);
      service.accept(agent, id, AcceptanceRoute.INTERNAL, Optional.empty());
      Optional<Money> price = Optional.of(Money.of("10", "EUR"));

      assertThrows(
          RuleViolationException.class,
          () -> service.proposeSimpleSolution(agent, id, "T", "C", price));

      assertTrue(stored(id).solutions().isEmpty());
    }

    @Test
    @DisplayName("R-SOL-1 the Service's free simple solution is saved with the request")
    void freeSolutionThroughTheUseCase() {
      RequestId id = club.submitFor(ada);
      service.accept(agent, id, AcceptanceRoute.INTERNAL, Optional.empty());

      SolutionId solution =
          service.proposeSimpleSolution(
              agent, id, "T", "C", Optional.of(Money.zero(Currency.getInstance("EUR"))));

      assertEquals(solution, stored(id).solutions().get(0).id());
    }
  }

  @Nested
  class Queue {

    @Test
    @DisplayName("R-REQ-4 the queue lists open requests only, soonest next deadline first")
    void openRequestsBySoonestDeadline() {
      RequestId late =
          service.submit(
              ada, HelpRequests.aSubmission(today()).neededBy(today().plusDays(20)).build());
      RequestId soon =
          service.submit(
              ada, HelpRequests.aSubmission(today()).neededBy(today().plusDays(2)).build());
      RequestId middle =
          service.submit(
              bob, HelpRequests.aSubmission(today()).neededBy(today().plusDays(9)).build());
      RequestId withdrawn = club.submitFor(bob);
      service.withdraw(bob, withdrawn, WithdrawalReason.SOLVED_ELSEWHERE);

      List<RequestId> queue =
          service.queue(agent, Optional.empty(), 10).stream().map(RequestSummary::id).toList();

      assertEquals(List.of(soon, middle, late), queue);
    }

    @Test
    @DisplayName("R-REQ-4 the queue pages on from the last line of the previous page")
    void queuePages() {
      List<RequestId> all = new ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        all.add(
            service.submit(
                ada, HelpRequests.aSubmission(today()).neededBy(today().plusDays(i)).build()));
      }

      List<RequestSummary> first = service.queue(agent, Optional.empty(), 2);
      List<RequestSummary> second =
          service.queue(agent, Optional.of(QueueCursor.after(first.get(1))), 2);
      List<RequestSummary> third =
          service.queue(agent, Optional.of(QueueCursor.after(second.get(1))), 2);

      List<RequestId> paged = new ArrayList<>();
      for (var page : List.of(first, second, third)) {
        page.forEach(line -> paged.add(line.id()));
      }
      assertEquals(all, paged);
    }

    @Test
    @DisplayName("R-REQ-4 a page holds at least one line and at most 100")
    void pageSizeIsBounded() {
      for (int i = 0; i < HelpRequestService.MAX_PAGE + 1; i++) {
        club.submitFor(i % 2 == 0 ? ada : bob);
      }

      assertEquals(1, service.queue(agent, Optional.empty(), 0).size());
      assertEquals(1, service.myRequests(ada, -5).size());
      assertEquals(
          HelpRequestService.MAX_PAGE, service.queue(agent, Optional.empty(), 1000).size());
    }
  }
}
