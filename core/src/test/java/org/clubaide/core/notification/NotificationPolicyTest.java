package org.clubaide.core.notification;

import static org.clubaide.core.notification.NotificationKind.CALL_CLOSED;
import static org.clubaide.core.notification.NotificationKind.CALL_FOR_HELP;
import static org.clubaide.core.notification.NotificationKind.DEADLINE_MOVED;
import static org.clubaide.core.notification.NotificationKind.DECISION_DATE_AGREED;
import static org.clubaide.core.notification.NotificationKind.INTRODUCTION_CONSENT_ASKED;
import static org.clubaide.core.notification.NotificationKind.INTRODUCTION_CONSENT_GIVEN;
import static org.clubaide.core.notification.NotificationKind.INTRODUCTION_CONTACTS_RELEASED;
import static org.clubaide.core.notification.NotificationKind.INTRODUCTION_NOT_POSSIBLE;
import static org.clubaide.core.notification.NotificationKind.NEW_REQUEST;
import static org.clubaide.core.notification.NotificationKind.QUESTION_ANSWERED;
import static org.clubaide.core.notification.NotificationKind.QUESTION_ASKED;
import static org.clubaide.core.notification.NotificationKind.QUOTE_ACCEPTED;
import static org.clubaide.core.notification.NotificationKind.QUOTE_DECLINED;
import static org.clubaide.core.notification.NotificationKind.QUOTE_RECEIVED;
import static org.clubaide.core.notification.NotificationKind.REQUEST_ACCEPTED;
import static org.clubaide.core.notification.NotificationKind.REQUEST_DECLINED;
import static org.clubaide.core.notification.NotificationKind.REQUEST_POSTPONED;
import static org.clubaide.core.notification.NotificationKind.REQUEST_RECEIVED;
import static org.clubaide.core.notification.NotificationKind.REQUEST_STOPPED;
import static org.clubaide.core.notification.NotificationKind.REQUEST_WITHDRAWN;
import static org.clubaide.core.notification.NotificationKind.SOLUTION_PROPOSED;
import static org.clubaide.core.testing.NotifyingClubAide.AGENT;
import static org.clubaide.core.testing.NotifyingClubAide.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.SendCallForHelp;
import org.clubaide.core.quote.AcceptQuote;
import org.clubaide.core.quote.Acknowledgement;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.IntermediaryNotice;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.RuleViolationException;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.NotifyingClubAide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who hears of what, through the use cases as the application wires them. */
class NotificationPolicyTest {

  private static final String SUMMARY = "A workshop needs a cash-flow plan for its first year.";

  private final NotifyingClubAide club = NotifyingClubAide.create();
  private final Actor eloise = club.member("Éloïse", "Dupont-Lefèvre", "eloise@lefevre.example");
  private final Actor marc = club.member("Marc", "Martin", "marc@martin.example");
  private final Actor partner = club.partner("desk@partner.example");
  private final RequestId request = club.submit(eloise);

  private LocalDate inDays(int days) {
    return club.clock().today().plusDays(days);
  }

  private void accept() {
    club.helpRequests().accept(AGENT, request, AcceptanceRoute.NETWORK, Optional.of(inDays(10)));
  }

  private CallId callMarcAndPartner() {
    accept();
    return club.network()
        .sendCall(
            AGENT,
            new SendCallForHelp(
                request,
                SUMMARY,
                Set.of("comptabilité"),
                List.of(
                    Participant.member(marc.requireMember()),
                    Participant.partner(club.partnerId(partner)))));
  }

  private QuoteId quoteByMarc() {
    return club.quoteService()
        .propose(
            marc,
            new ProposeQuote(
                request,
                Optional.empty(),
                "Cash-flow coaching",
                "Three sessions",
                Money.of("900.00", "EUR"),
                Money.of("600.00", "EUR"),
                EngagementDuration.weeks(3),
                inDays(20)));
  }

  @Test
  @DisplayName("R-REQ-1 a request raised tells the member it was received and the Service it waits")
  void received() {
    assertEquals(List.of(REQUEST_RECEIVED), club.kindsTo(of(eloise)));
    assertEquals(List.of(NEW_REQUEST), club.kindsTo(Recipient.SERVICE));
    Notification received = club.to(of(eloise)).get(0);
    assertEquals(request.toString(), received.params().get("request"));
    assertEquals(HelpRequests.TITLE, received.params().get("title"));
    assertTrue(received.byEmail(), "a member is told by e-mail too");
    assertFalse(club.to(Recipient.SERVICE).get(0).byEmail(), "the Service inbox has no address");
  }

  @Test
  @DisplayName("R-REQ-1 a refused change writes no notification")
  void refusedChangeTellsNobody() {
    int before = club.outbox().all().size();
    assertThrows(
        RuleViolationException.class,
        () ->
            club.helpRequests()
                .accept(AGENT, request, AcceptanceRoute.INTERNAL, Optional.of(inDays(-1))));
    assertEquals(before, club.outbox().all().size());
  }

  @Test
  @DisplayName("R-REQ-3 a question goes to the member, the answer to the Service")
  void questionsAndAnswers() {
    club.helpRequests().askQuestion(AGENT, request, "Which months are short?");
    club.helpRequests().answerQuestion(eloise, request, "March and April.");

    Notification asked = club.to(of(eloise)).get(1);
    assertEquals(QUESTION_ASKED, asked.kind());
    assertEquals("Which months are short?", asked.params().get("question"));
    assertEquals(List.of(NEW_REQUEST, QUESTION_ANSWERED), club.kindsTo(Recipient.SERVICE));
  }

  @Test
  @DisplayName(
      "R-REQ-4 R-REQ-6 the member hears of the decision date and of the acceptance with its"
          + " deadline")
  void acceptedWithItsDeadline() {
    club.helpRequests().agreeDecisionDate(AGENT, request, inDays(3));
    accept();

    assertEquals(
        List.of(REQUEST_RECEIVED, DECISION_DATE_AGREED, REQUEST_ACCEPTED),
        club.kindsTo(of(eloise)));
    Notification accepted = club.to(of(eloise)).get(2);
    assertEquals(inDays(10).toString(), accepted.params().get("solutionDueOn"));
    assertEquals("NETWORK", accepted.params().get("route"));
    assertEquals("false", accepted.params().get("immediate"));
  }

  @Test
  @DisplayName("R-REQ-5 a declined request tells the member, with the reason given")
  void declined() {
    club.helpRequests().decline(AGENT, request, "Outside our field.");

    Notification declined = club.to(of(eloise)).get(1);
    assertEquals(REQUEST_DECLINED, declined.kind());
    assertEquals("Outside our field.", declined.params().get("reason"));
  }

  @Test
  @DisplayName("R-REQ-7 a deadline moved tells the member the reason and the new date")
  void delayNotice() {
    accept();
    club.helpRequests().moveDeadline(AGENT, request, inDays(15), "The expert is away.");

    Notification moved = club.to(of(eloise)).get(2);
    assertEquals(DEADLINE_MOVED, moved.kind());
    assertEquals("SOLUTION", moved.params().get("deadline"));
    assertEquals(inDays(10).toString(), moved.params().get("from"));
    assertEquals(inDays(15).toString(), moved.params().get("to"));
    assertEquals("The expert is away.", moved.params().get("reason"));
  }

  @Test
  @DisplayName("R-SOL-1 a simple solution proposed tells the member")
  void solutionProposed() {
    accept();
    club.helpRequests()
        .proposeSimpleSolution(
            AGENT, request, "Template", "A cash-flow template.", Optional.empty());
    assertEquals(SOLUTION_PROPOSED, club.to(of(eloise)).get(2).kind());
  }

  @Test
  @DisplayName("R-NET-2 a call for help tells each recipient only the anonymous view")
  void callForHelpIsAnonymous() {
    CallId call = callMarcAndPartner();

    List<Notification> calls =
        club.outbox().all().stream().filter(n -> n.kind() == CALL_FOR_HELP).toList();
    assertEquals(
        Set.of(of(marc), Recipient.partner(club.partnerId(partner))),
        Set.copyOf(calls.stream().map(Notification::recipient).toList()));
    for (Notification n : calls) {
      assertEquals(NotificationPolicy.CALL_PARAMETERS, n.params().keySet());
      assertEquals(call.toString(), n.params().get("call"));
      assertEquals(SUMMARY, n.params().get("summary"));
      assertTrue(n.params().get("label").startsWith("Member #"));
      String everything = n.params().values() + " " + n.idempotencyKey();
      for (String identifying :
          List.of(
              "Éloïse",
              "Dupont",
              "Lefèvre",
              "eloise@lefevre.example",
              "Conseil",
              "Lilas",
              "12 34 56 78",
              HelpRequests.TITLE,
              request.toString(),
              eloise.requireMember().toString())) {
        assertFalse(everything.contains(identifying), identifying + " leaked into " + everything);
      }
    }
  }

  @Test
  @DisplayName(
      "R-REQ-8 a withdrawal tells every engaged helper at once: calls, introductions, quotes")
  void withdrawalTellsEveryHelper() {
    CallId call = callMarcAndPartner();
    club.network().offerAccompaniment(marc, call, "Three sessions on cash flow.");
    club.network().proposeIntroduction(AGENT, call, Participant.member(marc.requireMember()));
    quoteByMarc();

    club.helpRequests().withdraw(eloise, request, WithdrawalReason.SOLVED_ELSEWHERE);

    assertTrue(club.kindsTo(Recipient.SERVICE).contains(REQUEST_WITHDRAWN));
    List<NotificationKind> toMarc = club.kindsTo(of(marc));
    assertTrue(toMarc.contains(CALL_CLOSED), toMarc.toString());
    assertTrue(toMarc.contains(INTRODUCTION_NOT_POSSIBLE), toMarc.toString());
    assertTrue(toMarc.contains(REQUEST_STOPPED), toMarc.toString());
    Notification closed =
        club.to(Recipient.partner(club.partnerId(partner))).stream()
            .filter(n -> n.kind() == CALL_CLOSED)
            .findFirst()
            .orElseThrow();
    assertEquals("REQUEST_WITHDRAWN", closed.params().get("reason"));
    assertEquals(call.toString(), closed.params().get("call"));
    assertFalse(
        closed.params().containsKey("request"), "R-NET-2 a recipient never learns the request");
    assertFalse(
        club.kindsTo(of(eloise)).contains(INTRODUCTION_NOT_POSSIBLE),
        "the member who withdrew is not told the introduction they stopped is not possible");
  }

  @Test
  @DisplayName(
      "R-REQ-8 a postponement tells the Service and the providers of open quotes, with the date")
  void postponementTellsHelpers() {
    accept();
    quoteByMarc();
    club.helpRequests().postpone(eloise, request, inDays(30), "Back after the summer.");

    Notification postponed =
        club.to(Recipient.SERVICE).stream()
            .filter(n -> n.kind() == REQUEST_POSTPONED)
            .findFirst()
            .orElseThrow();
    assertEquals(inDays(30).toString(), postponed.params().get("until"));
    Notification stopped =
        club.to(of(marc)).stream()
            .filter(n -> n.kind() == REQUEST_STOPPED)
            .findFirst()
            .orElseThrow();
    assertEquals("POSTPONED", stopped.params().get("stop"));
    assertEquals(inDays(30).toString(), stopped.params().get("until"));
  }

  @Test
  @DisplayName(
      "R-MEM-6 R-REQ-8 ending the participation withdraws the requests and tells the Service")
  void endingParticipationTellsTheService() {
    club.endParticipation().end(eloise, eloise.requireMember());
    assertTrue(club.kindsTo(Recipient.SERVICE).contains(REQUEST_WITHDRAWN));
  }

  @Test
  @DisplayName(
      "R-NET-3 both parties are asked for consent; the other hears of one's consent, both of the"
          + " release")
  void introductionConsents() {
    CallId call = callMarcAndPartner();
    club.network().offerAccompaniment(marc, call, "Three sessions on cash flow.");
    IntroductionId introduction =
        club.network().proposeIntroduction(AGENT, call, Participant.member(marc.requireMember()));
    club.network().consentToIntroduction(eloise, introduction);
    club.network().consentToIntroduction(marc, introduction);

    assertEquals(
        List.of(
            INTRODUCTION_CONSENT_ASKED, INTRODUCTION_CONSENT_GIVEN, INTRODUCTION_CONTACTS_RELEASED),
        club.kindsTo(of(marc)).stream().filter(k -> k.name().startsWith("INTRODUCTION")).toList());
    assertEquals(
        List.of(INTRODUCTION_CONSENT_ASKED, INTRODUCTION_CONTACTS_RELEASED),
        club.kindsTo(of(eloise)).stream()
            .filter(k -> k.name().startsWith("INTRODUCTION"))
            .toList());
    assertTrue(
        club.to(of(eloise)).stream()
            .filter(n -> n.kind().name().startsWith("INTRODUCTION"))
            .allMatch(n -> n.params().keySet().equals(Set.of("introduction"))),
        "R-NET-3 nothing but the introduction's identifier before both agreed");
  }

  @Test
  @DisplayName("R-NET-3 a refusal tells the other party only that it is not possible")
  void refusalRevealsNothing() {
    CallId call = callMarcAndPartner();
    club.network().offerAccompaniment(marc, call, "Three sessions on cash flow.");
    IntroductionId introduction =
        club.network().proposeIntroduction(AGENT, call, Participant.member(marc.requireMember()));
    club.network().refuseIntroduction(eloise, introduction);

    Notification notPossible = club.to(of(marc)).get(club.to(of(marc)).size() - 1);
    assertEquals(INTRODUCTION_NOT_POSSIBLE, notPossible.kind());
    assertEquals(Set.of("introduction"), notPossible.params().keySet());
    assertFalse(club.kindsTo(of(eloise)).contains(INTRODUCTION_NOT_POSSIBLE));
  }

  @Test
  @DisplayName(
      "R-SOL-2 R-SOL-5 a quote tells the member; its acceptance and the others' decline tell their"
          + " providers")
  void quotes() {
    accept();
    QuoteId byMarc = quoteByMarc();
    QuoteId byPartner =
        club.quoteService()
            .propose(
                partner,
                new ProposeQuote(
                    request,
                    Optional.empty(),
                    "Cash-flow audit",
                    "One audit",
                    Money.of("1000.00", "EUR"),
                    Money.of("800.00", "EUR"),
                    EngagementDuration.weeks(2),
                    inDays(20)));
    club.quoteService()
        .accept(
            eloise,
            new AcceptQuote(
                byMarc, Acknowledgement.confirmed(IntermediaryNotice.CURRENT.version())));

    Notification received = club.to(of(eloise)).get(club.to(of(eloise)).size() - 2);
    assertEquals(QUOTE_RECEIVED, received.kind());
    assertEquals("600.00 EUR", received.params().get("memberPrice"));
    assertTrue(club.kindsTo(of(marc)).contains(QUOTE_ACCEPTED));
    Notification declined =
        club.to(Recipient.partner(club.partnerId(partner))).stream()
            .filter(n -> n.kind() == QUOTE_DECLINED)
            .findFirst()
            .orElseThrow();
    assertEquals(byPartner.toString(), declined.params().get("quote"));
    assertEquals("ANOTHER_QUOTE_ACCEPTED", declined.params().get("cause"));
  }

  @Test
  @DisplayName("R-REQ-10 each event is told once per recipient: its key is the event's identifier")
  void oneNotificationPerEventAndRecipient() {
    accept();
    List<Notification> all = club.outbox().all();
    assertEquals(
        all.size(),
        all.stream().map(n -> n.recipient().key() + "/" + n.idempotencyKey()).distinct().count());
    assertTrue(club.to(of(eloise)).get(1).idempotencyKey().startsWith("request-accepted:"));
  }
}
