package org.clubaide.core.notification;

import static org.clubaide.core.testing.NotifyingClubAide.AGENT;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.SendCallForHelp;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.WithdrawalReason;
import org.clubaide.core.shared.DomainException;
import org.clubaide.core.testing.NotifyingClubAide;

/**
 * R-NET-2 and R-NET-3 as a property: whoever the requester is and whatever happens to the request,
 * its calls, introductions and quotes, no notification to a helper holds the requester's identity,
 * contact details, or the request as they typed it; a call's notifications never hold the request's
 * identifier.
 */
class NotificationAnonymityPropertyTest {

  /** What can happen, in any order; what the state does not allow is refused and skipped. */
  enum Step {
    ACCEPT,
    CALL,
    OFFER_HELP,
    DECLINE_CALL,
    INTRODUCE,
    REQUESTER_AGREES,
    HELPER_AGREES,
    HELPER_REFUSES,
    QUOTE,
    MOVE_DEADLINE,
    POSTPONE,
    WITHDRAW
  }

  @Property(tries = 60)
  @Label(
      "R-NET-2 no notification to a helper ever names the requester or shows their request as"
          + " typed")
  void helpersNeverLearnWhoAsked(
      @ForAll @AlphaChars @StringLength(min = 3, max = 10) String first,
      @ForAll @AlphaChars @StringLength(min = 3, max = 10) String last,
      @ForAll @Size(max = 12) List<Step> steps) {
    NotifyingClubAide club = NotifyingClubAide.create();
    String firstName = "Zq" + first.toLowerCase(Locale.ROOT);
    String lastName = "Xv" + last.toLowerCase(Locale.ROOT);
    String email = firstName + "." + lastName + "@" + lastName + ".example";
    Actor requester = club.member(firstName, lastName, email);
    Actor helper = club.member("Marc", "Martin", "marc@martin.example");
    Actor partner = club.partner("desk@partner.example");
    RequestId request = club.submit(requester);
    Participant helperParticipant = Participant.member(helper.requireMember());
    CallId[] call = new CallId[1];
    IntroductionId[] introduction = new IntroductionId[1];

    for (Step step : steps) {
      boolean needsCall = Set.of(Step.OFFER_HELP, Step.DECLINE_CALL, Step.INTRODUCE).contains(step);
      boolean needsIntroduction =
          Set.of(Step.REQUESTER_AGREES, Step.HELPER_AGREES, Step.HELPER_REFUSES).contains(step);
      if ((needsCall && call[0] == null) || (needsIntroduction && introduction[0] == null)) {
        continue;
      }
      try {
        switch (step) {
          case ACCEPT ->
              club.helpRequests()
                  .accept(
                      AGENT,
                      request,
                      AcceptanceRoute.NETWORK,
                      Optional.of(club.clock().today().plusDays(5)));
          case CALL ->
              call[0] =
                  club.network()
                      .sendCall(
                          AGENT,
                          new SendCallForHelp(
                              request,
                              "A workshop needs a cash-flow plan.",
                              Set.of("comptabilité"),
                              List.of(
                                  helperParticipant,
                                  Participant.partner(club.partnerId(partner)))));
          case OFFER_HELP -> club.network().offerAccompaniment(helper, call[0], "Two sessions.");
          case DECLINE_CALL -> club.network().declineCall(partner, call[0]);
          case INTRODUCE ->
              introduction[0] =
                  club.network().proposeIntroduction(AGENT, call[0], helperParticipant);
          case REQUESTER_AGREES -> club.network().consentToIntroduction(requester, introduction[0]);
          case HELPER_AGREES -> club.network().consentToIntroduction(helper, introduction[0]);
          case HELPER_REFUSES -> club.network().refuseIntroduction(helper, introduction[0]);
          case QUOTE ->
              club.quoteService()
                  .propose(
                      helper,
                      new ProposeQuote(
                          request,
                          Optional.empty(),
                          "Coaching",
                          "Two sessions",
                          Money.of("500.00", "EUR"),
                          Money.of("300.00", "EUR"),
                          EngagementDuration.weeks(2),
                          club.clock().today().plusDays(10)));
          case MOVE_DEADLINE ->
              club.helpRequests()
                  .moveDeadline(AGENT, request, club.clock().today().plusDays(9), "Expert away");
          case POSTPONE ->
              club.helpRequests()
                  .postpone(requester, request, club.clock().today().plusDays(30), "Later");
          case WITHDRAW ->
              club.helpRequests().withdraw(requester, request, WithdrawalReason.NO_LONGER_ARISES);
        }
      } catch (DomainException refused) {
        // Not allowed in this state: the next step goes on.
      }
    }

    List<String> identifying =
        List.of(
            firstName,
            lastName,
            email,
            "12 34 56 78",
            "Lilas",
            club.requests().findById(request).orElseThrow().title(),
            requester.requireMember().toString());
    for (Notification n : club.outbox().all()) {
      if (n.recipient().equals(Recipient.member(requester.requireMember()))
          || n.recipient().equals(Recipient.SERVICE)) {
        continue;
      }
      String told = (n.params().values() + " " + n.idempotencyKey()).toLowerCase(Locale.ROOT);
      for (String field : identifying) {
        assertFalse(told.contains(field.toLowerCase(Locale.ROOT)), field + " in " + n);
      }
      if (n.kind().name().startsWith("CALL_")) {
        assertFalse(told.contains(request.toString()), "the request's identifier in " + n);
      }
    }
  }
}
