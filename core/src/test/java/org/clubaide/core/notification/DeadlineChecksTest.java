package org.clubaide.core.notification;

import static org.clubaide.core.notification.NotificationKind.DEADLINE_APPROACHING;
import static org.clubaide.core.notification.NotificationKind.DEADLINE_MISSED;
import static org.clubaide.core.notification.NotificationKind.DEADLINE_MOVED;
import static org.clubaide.core.notification.NotificationKind.PARTICIPATION_ENDING;
import static org.clubaide.core.notification.NotificationKind.POSTPONED_DUE_AGAIN;
import static org.clubaide.core.notification.NotificationKind.QUOTE_EXPIRING;
import static org.clubaide.core.notification.NotificationKind.TERMS_NEW_VERSION;
import static org.clubaide.core.testing.NotifyingClubAide.AGENT;
import static org.clubaide.core.testing.NotifyingClubAide.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.ProposeQuote;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.terms.TermsVersion;
import org.clubaide.core.testing.FixedTermsCatalogue;
import org.clubaide.core.testing.InMemoryCandidates;
import org.clubaide.core.testing.InMemoryCheckProgress;
import org.clubaide.core.testing.InMemoryDirectory;
import org.clubaide.core.testing.InMemoryIntroductionRepository;
import org.clubaide.core.testing.MutableClock;
import org.clubaide.core.testing.NotifyingClubAide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks on dates, with business time moved through the injected clock. */
class DeadlineChecksTest {

  private final NotifyingClubAide club = NotifyingClubAide.create();
  private final Actor eloise = club.member("Éloïse", "Dupont", "eloise@example.org");
  private final RequestId request = club.submit(eloise);

  private LocalDate inDays(int days) {
    return club.clock().today().plusDays(days);
  }

  private List<Notification> ofKind(Recipient recipient, NotificationKind kind) {
    return club.to(recipient).stream().filter(n -> n.kind() == kind).toList();
  }

  @Test
  @DisplayName("R-REQ-7 the Service is told the day before a solution deadline, once")
  void approachingOnce() {
    club.helpRequests().accept(AGENT, request, AcceptanceRoute.INTERNAL, Optional.of(inDays(5)));
    club.checks().run();
    assertTrue(ofKind(Recipient.SERVICE, DEADLINE_APPROACHING).isEmpty(), "five days ahead");

    club.clock().advanceDays(4);
    int written = club.checks().run();

    assertEquals(1, written);
    Notification near = ofKind(Recipient.SERVICE, DEADLINE_APPROACHING).get(0);
    assertEquals("SOLUTION", near.params().get("deadline"));
    assertEquals(club.clock().today().plusDays(1).toString(), near.params().get("dueOn"));
    assertEquals(0, club.checks().run(), "running twice creates nothing new");
    club.clock().advance(Duration.ofHours(2));
    assertEquals(0, club.checks().run(), "nor later the same day");
  }

  @Test
  @DisplayName(
      "R-REQ-7 a missed deadline asks the Service for a reason; moving it tells the member the"
          + " reason and the new date")
  void missedThenDelayNotice() {
    club.helpRequests().agreeDecisionDate(AGENT, request, inDays(2));
    club.checks().run();
    club.clock().advanceDays(3);
    club.checks().run();

    List<Notification> missed = ofKind(Recipient.SERVICE, DEADLINE_MISSED);
    assertEquals(1, missed.size());
    assertEquals("DECISION", missed.get(0).params().get("deadline"));
    assertEquals(
        "deadline-missed:" + request + ":DECISION:" + inDays(-1), missed.get(0).idempotencyKey());
    assertTrue(ofKind(of(eloise), DEADLINE_MOVED).isEmpty(), "the member waits for the reason");

    club.helpRequests().moveDeadline(AGENT, request, inDays(4), "An expert must read it first.");
    Notification delay = ofKind(of(eloise), DEADLINE_MOVED).get(0);
    assertEquals("An expert must read it first.", delay.params().get("reason"));
    assertEquals(inDays(4).toString(), delay.params().get("to"));
    assertEquals(0, club.checks().run());
  }

  @Test
  @DisplayName(
      "R-REQ-4 a deadline met is never reported missed; an undecided request without agreed date"
          + " neither")
  void metDeadlinesAreQuiet() {
    RequestId other = club.submit(eloise);
    club.helpRequests().accept(AGENT, request, AcceptanceRoute.INTERNAL, Optional.of(inDays(1)));
    club.helpRequests()
        .proposeSimpleSolution(AGENT, request, "Template", "Use this.", Optional.empty());
    club.checks().run();
    club.clock().advanceDays(40);
    club.checks().run();

    assertTrue(ofKind(Recipient.SERVICE, DEADLINE_MISSED).isEmpty());
    assertTrue(club.requests().findById(other).isPresent());
  }

  @Test
  @DisplayName(
      "R-REQ-7 checks paused for days catch up: each deadline passed meanwhile is reported")
  void catchesUpAfterAPause() {
    RequestId second = club.submit(eloise);
    club.helpRequests().accept(AGENT, request, AcceptanceRoute.INTERNAL, Optional.of(inDays(2)));
    club.helpRequests().accept(AGENT, second, AcceptanceRoute.INTERNAL, Optional.of(inDays(4)));
    club.checks().run();

    club.clock().advanceDays(10);
    club.checks().run();

    assertEquals(2, ofKind(Recipient.SERVICE, DEADLINE_MISSED).size());
  }

  @Test
  @DisplayName("R-REQ-8 a postponed request due again tells the Service and the member, once")
  void postponedDueAgain() {
    club.helpRequests().postpone(eloise, request, inDays(7), "Summer break");
    club.checks().run();
    club.clock().advanceDays(7);
    club.checks().run();
    club.checks().run();

    assertEquals(1, ofKind(Recipient.SERVICE, POSTPONED_DUE_AGAIN).size());
    Notification toMember = ofKind(of(eloise), POSTPONED_DUE_AGAIN).get(0);
    assertEquals(club.clock().today().toString(), toMember.params().get("until"));
  }

  @Test
  @DisplayName("R-SOL-6 the member is told two days before an unanswered quote expires")
  void quoteExpiring() {
    club.helpRequests().accept(AGENT, request, AcceptanceRoute.INTERNAL, Optional.of(inDays(20)));
    club.quoteService()
        .propose(
            AGENT,
            new ProposeQuote(
                request,
                Optional.empty(),
                "Coaching",
                "Three sessions",
                Money.of("900.00", "EUR"),
                Money.of("600.00", "EUR"),
                EngagementDuration.weeks(3),
                inDays(5)));
    club.checks().run();
    assertTrue(ofKind(of(eloise), QUOTE_EXPIRING).isEmpty());

    club.clock().advanceDays(3);
    club.checks().run();
    club.checks().run();

    List<Notification> expiring = ofKind(of(eloise), QUOTE_EXPIRING);
    assertEquals(1, expiring.size());
    assertEquals(inDays(2).toString(), expiring.get(0).params().get("validUntil"));
  }

  @Test
  @DisplayName(
      "R-MEM-7 a member is told thirty days before the participation ends, once per end date")
  void participationEnding() {
    Member member = club.members().findById(eloise.requireMember()).orElseThrow();
    LocalDate endsOn = member.participationEndsOn();
    club.checks().run();
    club.clock()
        .setTo(endsOn.minusDays(30).atTime(9, 0).atZone(MutableClock.SERVICE_ZONE).toInstant());
    club.checks().run();
    club.checks().run();

    List<Notification> ending = ofKind(of(eloise), PARTICIPATION_ENDING);
    assertEquals(1, ending.size());
    assertEquals(endsOn.toString(), ending.get(0).params().get("endsOn"));
  }

  @Test
  @DisplayName(
      "R-MEM-2 a new terms version in force is announced to every member yet to accept it, in"
          + " batches")
  void newTermsVersion() {
    LocalDate start = MutableClock.START_DAY;
    TermsVersion v4 = new TermsVersion("V4/2025", start.plusDays(10));
    NotifyingClubAide withNewTerms =
        NotifyingClubAide.withTerms(FixedTermsCatalogue.of(FixedTermsCatalogue.V3_2018, v4));
    List<Actor> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      members.add(withNewTerms.member("Member", "Number" + i, "m" + i + "@example.org"));
    }
    DeadlineChecks smallBatches =
        new DeadlineChecks(
            withNewTerms.requests(),
            withNewTerms.quotes(),
            FixedTermsCatalogue.of(FixedTermsCatalogue.V3_2018, v4),
            new InMemoryCandidates(withNewTerms.quotes(), withNewTerms.members()),
            new InMemoryCheckProgress(),
            new NotificationPolicy(
                withNewTerms.requests(),
                withNewTerms.quotes(),
                withNewTerms.calls(),
                new InMemoryIntroductionRepository(),
                new InMemoryDirectory(),
                false,
                withNewTerms.clock()),
            withNewTerms.outbox(),
            withNewTerms.clock(),
            new DeadlineChecks.Notice(Period.ofDays(1), Period.ofDays(2), Period.ofDays(30), 2));
    smallBatches.run();
    assertTrue(
        withNewTerms.outbox().all().stream().noneMatch(n -> n.kind() == TERMS_NEW_VERSION),
        "the version in force at the first run is not announced");

    withNewTerms.clock().advanceDays(10);
    smallBatches.run();
    long afterFirstBatch =
        withNewTerms.outbox().all().stream().filter(n -> n.kind() == TERMS_NEW_VERSION).count();
    smallBatches.run();
    smallBatches.run();

    assertEquals(2, afterFirstBatch, "a batch at most per run");
    for (Actor member : members) {
      List<Notification> told =
          withNewTerms.to(of(member)).stream().filter(n -> n.kind() == TERMS_NEW_VERSION).toList();
      assertEquals(1, told.size(), member.login());
      assertEquals("V4/2025", told.get(0).params().get("terms"));
    }
  }

  @Test
  @DisplayName("R-REQ-7 a long queue is read a batch per run, and nothing is missed nor told twice")
  void largeQueuesInBatches() {
    List<RequestId> all = new ArrayList<>(List.of(request));
    for (int i = 0; i < 4; i++) {
      all.add(club.submit(eloise));
    }
    for (RequestId id : all) {
      club.helpRequests().accept(AGENT, id, AcceptanceRoute.INTERNAL, Optional.of(inDays(1)));
    }
    DeadlineChecks small =
        new DeadlineChecks(
            club.requests(),
            club.quotes(),
            FixedTermsCatalogue.seed(),
            new InMemoryCandidates(club.quotes(), club.members()),
            new InMemoryCheckProgress(),
            new NotificationPolicy(
                club.requests(),
                club.quotes(),
                club.calls(),
                new InMemoryIntroductionRepository(),
                new InMemoryDirectory(),
                false,
                club.clock()),
            club.outbox(),
            club.clock(),
            new DeadlineChecks.Notice(Period.ofDays(1), Period.ofDays(2), Period.ofDays(30), 2));

    assertEquals(2, small.run());
    assertEquals(2, small.run());
    assertEquals(1, small.run());
    assertEquals(0, small.run());
    assertEquals(5, ofKind(Recipient.SERVICE, DEADLINE_APPROACHING).size());
    assertFalse(
        ofKind(Recipient.SERVICE, DEADLINE_APPROACHING).stream().anyMatch(Notification::byEmail));
  }
}
