package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.InMemoryClubAide;
import org.clubaide.core.testing.Members;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A new terms version comes into force: a member who has not accepted it keeps reading their own
 * requests but can no longer act on them (R-MEM-2).
 */
class HelpRequestServiceTermsTest {

  private final TermsVersion v4 = new TermsVersion("V4/2025", LocalDate.of(2025, 4, 1));
  private final InMemoryClubAide club =
      InMemoryClubAide.withTerms(FixedTermsCatalogue.of(FixedTermsCatalogue.V3_2018, v4));
  private final HelpRequestService service = club.helpRequests();
  private final Actor member = club.registerMember("carol@example.org");
  private final RequestId id = club.submitFor(member);

  private void newTermsComeIntoForce() {
    club.clock().setTo(v4.validFrom().atTime(9, 0).atZone(club.clock().getZone()).toInstant());
  }

  @Test
  @DisplayName("R-MEM-2 a new terms version becomes current on its validity date")
  void newVersionBecomesCurrent() {
    assertEquals(FixedTermsCatalogue.V3_2018, club.terms().currentOn(club.clock().today()));

    newTermsComeIntoForce();

    assertEquals(v4, club.terms().currentOn(club.clock().today()));
  }

  @Test
  @DisplayName("R-MEM-2 a member who has not accepted the current version still reads own requests")
  void readAccessIsKept() {
    newTermsComeIntoForce();

    assertEquals(id, service.view(member, id).id());
    assertEquals(
        List.of(id), service.myRequests(member, 10).stream().map(RequestSummary::id).toList());
  }

  @Test
  @DisplayName("R-MEM-2 a member who has not accepted the current version cannot raise a request")
  void cannotSubmit() {
    newTermsComeIntoForce();
    var command = HelpRequests.aSubmission(club.clock().today()).build();

    AccessDeniedException refused =
        assertThrows(AccessDeniedException.class, () -> service.submit(member, command));

    assertEquals(
        "Accept the current terms (version V4/2025) before acting; until then you can read your"
            + " own data only.",
        refused.getMessage());
    assertEquals(1, club.requests().size());
  }

  @Test
  @DisplayName(
      "R-MEM-2 an agent cannot record a request for a member who has not accepted the current"
          + " version")
  void agentCannotRecordForThatMember() {
    newTermsComeIntoForce();
    var command =
        HelpRequests.aSubmission(club.clock().today())
            .onBehalfOf(member.requireMember(), Channel.PHONE)
            .build();

    assertThrows(AccessDeniedException.class, () -> service.submit(Actors.agent(), command));
  }

  @Test
  @DisplayName("R-MEM-2 a member who has not accepted the current version cannot answer a question")
  void cannotAnswer() {
    service.askQuestion(Actors.agent(), id, "Which month?");
    newTermsComeIntoForce();

    assertThrows(AccessDeniedException.class, () -> service.answerQuestion(member, id, "May"));
    assertEquals(1, stored(id).openQuestions());
  }

  @Test
  @DisplayName("R-MEM-2 a member who has not accepted the current version cannot close a request")
  void cannotClose() {
    service.accept(Actors.agent(), id, AcceptanceRoute.INTERNAL, Optional.empty());
    service.proposeSimpleSolution(Actors.agent(), id, "T", "C", Optional.empty());
    newTermsComeIntoForce();

    assertThrows(
        AccessDeniedException.class, () -> service.close(member, id, Satisfaction.SOLVED, null));
    assertEquals(RequestStatus.ACCEPTED, stored(id).status());
  }

  @Test
  @DisplayName(
      "R-MEM-2 a member who has not accepted the current version cannot withdraw or postpone")
  void cannotWithdrawOrPostpone() {
    newTermsComeIntoForce();
    LocalDate later = club.clock().today().plusDays(3);

    assertThrows(
        AccessDeniedException.class,
        () -> service.withdraw(member, id, WithdrawalReason.SOLVED_ELSEWHERE));
    assertThrows(AccessDeniedException.class, () -> service.postpone(member, id, later, null));
    assertEquals(RequestStatus.SUBMITTED, stored(id).status());
  }

  @Test
  @DisplayName("R-MEM-2 once the member has accepted the new version, they can act again")
  void acceptingTheNewVersionRestoresActions() {
    newTermsComeIntoForce();
    Member before = club.members().findById(member.requireMember()).orElseThrow();
    club.members().save(Members.alsoAccepted(before, v4, club.clock().instant()));

    RequestId second =
        service.submit(member, HelpRequests.aSubmission(club.clock().today()).build());

    assertEquals(RequestStatus.SUBMITTED, stored(second).status());
  }

  @Test
  @DisplayName(
      "R-MEM-2 the Service keeps working on the request of a member who has not accepted yet")
  void serviceStillActs() {
    newTermsComeIntoForce();

    service.accept(Actors.agent(), id, AcceptanceRoute.NETWORK, Optional.empty());

    assertEquals(RequestStatus.ACCEPTED, stored(id).status());
  }

  private HelpRequest stored(RequestId requestId) {
    return club.requests().findById(requestId).orElseThrow();
  }
}
