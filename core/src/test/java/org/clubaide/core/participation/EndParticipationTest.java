package org.clubaide.core.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.MembershipTransitionException;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestService;
import org.clubaide.core.request.RequestEvent;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.InMemoryClubAide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ending a participation at any time, without a reason (R-MEM-6, R-REQ-8). */
class EndParticipationTest {

  private final InMemoryClubAide club = InMemoryClubAide.withSeedTerms();
  private final EndParticipation useCase = club.endParticipation();
  private final HelpRequestService requests = club.helpRequests();
  private final Actor ada = club.registerMember("ada@example.org");
  private final MemberId adas = ada.requireMember();

  private HelpRequest request(RequestId id) {
    return club.requests().findById(id).orElseThrow();
  }

  @Test
  @DisplayName("R-MEM-6 the member ends their participation at any time, without a reason")
  void memberEndsTheirParticipation() {
    EndedParticipation ended = useCase.end(ada, adas);

    assertTrue(club.member(ada).hasEnded());
    assertEquals(club.clock().instant(), ended.endedAt());
    assertEquals(adas, ended.member());
  }

  @Test
  @DisplayName(
      "R-MEM-6 every open request is withdrawn, with the reason that the participation ended")
  void openRequestsAreWithdrawn() {
    RequestId submitted = club.submitFor(ada);
    RequestId accepted = club.submitFor(ada);
    requests.accept(Actors.agent(), accepted, AcceptanceRoute.NETWORK, Optional.empty());
    RequestId postponed = club.submitFor(ada);
    requests.postpone(ada, postponed, club.clock().today().plusDays(5), "");

    EndedParticipation ended = useCase.end(ada, adas);

    for (RequestId id : List.of(submitted, accepted, postponed)) {
      HelpRequest request = request(id);
      assertEquals(RequestStatus.WITHDRAWN, request.status(), id.toString());
      var withdrawal =
          assertInstanceOf(
              RequestEvent.Withdrawn.class, request.timeline().get(request.timeline().size() - 1));
      assertEquals(WithdrawalReason.PARTICIPATION_ENDED, withdrawal.reason());
      assertEquals(ada.login(), withdrawal.actor());
    }
    assertEquals(3, ended.withdrawnRequests().size());
  }

  @Test
  @DisplayName("R-MEM-6 finished requests stay as they were")
  void finishedRequestsAreKept() {
    RequestId declined = club.submitFor(ada);
    requests.decline(Actors.agent(), declined, "Not our field");

    EndedParticipation ended = useCase.end(ada, adas);

    assertEquals(RequestStatus.DECLINED, request(declined).status());
    assertEquals(List.of(), ended.withdrawnRequests());
    assertEquals(List.of(), club.helpers().stopped());
  }

  @Test
  @DisplayName("R-REQ-8 engaged helpers are told about every withdrawn request at once")
  void helpersAreTold() {
    RequestId first = club.submitFor(ada);
    RequestId second = club.submitFor(ada);

    EndedParticipation ended = useCase.end(ada, adas);

    assertEquals(ended.withdrawnRequests(), club.helpers().stopped());
    assertEquals(2, club.helpers().stopped().size());
    assertTrue(club.helpers().stopped().containsAll(List.of(first, second)));
  }

  @Test
  @DisplayName(
      "R-REQ-8 helpers are told once the withdrawal is saved, so they read it as withdrawn")
  void helpersReadTheSavedWithdrawal() {
    RequestId id = club.submitFor(ada);
    List<RequestStatus> seen = new ArrayList<>();
    EndParticipation observed =
        new EndParticipation(
            club.members(),
            club.requests(),
            r -> seen.add(club.requests().findById(r).orElseThrow().status()),
            club.clock());

    observed.end(ada, adas);

    assertEquals(List.of(RequestStatus.WITHDRAWN), seen);
    assertEquals(RequestStatus.WITHDRAWN, request(id).status());
  }

  @Test
  @DisplayName("R-MEM-6 the Service ends a participation on the member's behalf")
  void serviceEndsOnBehalf() {
    RequestId id = club.submitFor(ada);

    useCase.end(Actors.agent(), adas);

    assertTrue(club.member(ada).hasEnded());
    var withdrawal =
        assertInstanceOf(
            RequestEvent.Withdrawn.class,
            request(id).timeline().get(request(id).timeline().size() - 1));
    assertTrue(withdrawal.byService());
  }

  @Test
  @DisplayName("R-PRV-3 a member cannot end another member's participation")
  void otherMemberIsRefused() {
    Actor bob = club.registerMember("bob@example.org");

    assertThrows(AccessDeniedException.class, () -> useCase.end(bob, adas));
    assertThrows(AccessDeniedException.class, () -> useCase.end(Actors.partner(), adas));
    assertTrue(club.member(ada).isActive(club.clock()));
  }

  @Test
  @DisplayName("R-MEM-6 ending an ended participation is refused and withdraws nothing")
  void endingTwiceIsRefused() {
    useCase.end(ada, adas);

    assertThrows(MembershipTransitionException.class, () -> useCase.end(ada, adas));
  }

  @Test
  @DisplayName("R-MEM-6 ending the participation of an unknown member answers not found")
  void unknownMember() {
    MemberId nobody = MemberId.newId();

    assertThrows(NotFoundException.class, () -> useCase.end(Actors.agent(), nobody));
  }

  @Test
  @DisplayName(
      "R-MEM-2 ending needs no acceptance of the current terms: leaving is always possible")
  void endingNeedsNoCurrentTerms() {
    InMemoryClubAide newTerms =
        InMemoryClubAide.withTerms(
            FixedTermsCatalogue.of(
                FixedTermsCatalogue.V3_2018,
                new TermsVersion("V4/2025", club.clock().today().plusDays(1))));
    Actor carol = newTerms.registerMember("carol@example.org");
    newTerms.clock().advanceDays(1);

    newTerms.endParticipation().end(carol, carol.requireMember());

    assertTrue(newTerms.member(carol).hasEnded());
  }

  @Test
  @DisplayName("R-MEM-6 a request recorded after the end is withdrawn on demand, helpers told")
  void leftOpenRequestsAreWithdrawn() {
    useCase.end(ada, adas);
    RequestId late =
        requests.submit(
            Actors.agent(),
            HelpRequests.aSubmission(club.clock().today()).onBehalfOf(adas, Channel.PHONE).build());

    List<RequestId> withdrawn = useCase.withdrawLeftOpenRequests(Actors.agent(), adas);

    assertEquals(List.of(late), withdrawn);
    assertEquals(RequestStatus.WITHDRAWN, request(late).status());
    assertEquals(List.of(late), club.helpers().stopped());
  }

  @Test
  @DisplayName("R-MEM-6 left-open requests are withdrawn only once the participation has ended")
  void leftOpenRequestsNeedAnEndedParticipation() {
    RequestId open = club.submitFor(ada);

    assertThrows(
        AccessDeniedException.class, () -> useCase.withdrawLeftOpenRequests(Actors.agent(), adas));
    assertThrows(
        AccessDeniedException.class,
        () -> useCase.withdrawLeftOpenRequests(club.registerMember("bob@example.org"), adas));
    assertEquals(RequestStatus.SUBMITTED, request(open).status());
  }

  @Test
  @DisplayName("R-MEM-6 the withdrawal form offers the member only the reasons they choose")
  void participationEndedIsNotAMemberChoice() {
    assertEquals(
        List.of(WithdrawalReason.SOLVED_ELSEWHERE, WithdrawalReason.NO_LONGER_ARISES),
        List.copyOf(WithdrawalReason.memberChoices()));
  }
}
