package org.clubaide.persistence.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.clubaide.core.member.Member;
import org.clubaide.core.money.Money;
import org.clubaide.core.notification.Delivery;
import org.clubaide.core.notification.DeliveryStatus;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationCursor;
import org.clubaide.core.notification.NotificationKind;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.notification.ScanPosition;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.quote.JpaQuoteRepository;
import org.clubaide.persistence.request.JpaHelpRequestRepository;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.Schema;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outbox ({@link JpaOutbox}): one notification per recipient and fact, written in the caller's
 * transaction; e-mail deliveries claimed by one server at a time under a lease; the recipients'
 * addresses and languages, the checks' progress and candidates.
 */
abstract class OutboxContract extends DatabaseContract {

  private static final Duration LEASE = Duration.ofMinutes(2);

  private TestClock clock;
  private Member ada;
  private Recipient toAda;

  OutboxContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerAMember() {
    clock = TestClock.atServiceStart();
    ada = Members.aMember("ada.lovelace@example.org", clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(ada));
    toAda = Recipient.member(ada.id());
  }

  private Notification note(Recipient to, String fact, boolean byEmail) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("title", "Plan de trésorerie\nligne 2 \\ fin");
    params.put("request", "r-1");
    return Notification.create(
        to, NotificationKind.REQUEST_RECEIVED, fact, params, byEmail, clock.instant());
  }

  private boolean bool(Function<UnitOfWork, Boolean> work) {
    return db.inTransaction(work);
  }

  private boolean add(Notification n) {
    return db.inTransaction(unit -> unit.adapter(JpaOutbox.class).add(n));
  }

  private Optional<Delivery> claim(String owner) {
    return db.inTransaction(
        unit ->
            unit.adapter(JpaOutbox.class)
                .claimNext(owner, clock.instant(), clock.instant().plus(LEASE)));
  }

  private Delivery delivery(Notification n) {
    return db.inTransaction(unit -> unit.adapter(JpaOutbox.class).delivery(n.id())).orElseThrow();
  }

  @Test
  @DisplayName("R-REQ-7 a fact is told once per recipient: the same key again writes nothing")
  void oneNotificationPerRecipientAndFact() {
    Notification first = note(toAda, "request-received:1", true);
    assertTrue(add(first));
    assertFalse(add(note(toAda, "request-received:1", true)));
    assertTrue(add(note(Recipient.SERVICE, "request-received:1", false)));

    Notification read =
        db.inTransaction(u -> u.adapter(JpaOutbox.class).find(first.id())).orElseThrow();
    assertEquals(first, read, "every field, the parameters' lines and escapes included");
    assertEquals(
        1,
        db.inTransaction(u -> u.adapter(JpaOutbox.class).inbox(toAda, Optional.empty(), 10))
            .size());
    assertEquals(
        Map.of(DeliveryStatus.PENDING, 1L, DeliveryStatus.SENT, 0L, DeliveryStatus.FAILED, 0L),
        db.inTransaction(u -> u.adapter(JpaOutbox.class).counts()),
        "only the notification by e-mail has a delivery");
  }

  @Test
  @DisplayName(
      "R-REQ-8 a notification is written in the change's transaction: a rollback leaves neither")
  void sameTransactionAsTheChange() {
    HelpRequest request = HelpRequests.submitted(ada.id(), clock);
    Notification received = note(toAda, "request-received:" + request.id(), true);
    try (UnitOfWork unit = db.begin()) {
      unit.adapter(JpaHelpRequestRepository.class).save(request);
      unit.adapter(JpaOutbox.class).add(received);
      unit.rollback();
    }
    assertTrue(
        db.inTransaction(u -> u.adapter(JpaHelpRequestRepository.class).findById(request.id()))
            .isEmpty());
    assertTrue(db.inTransaction(u -> u.adapter(JpaOutbox.class).find(received.id())).isEmpty());

    db.run(
        unit -> {
          unit.adapter(JpaHelpRequestRepository.class).save(request);
          unit.adapter(JpaOutbox.class).add(received);
        });
    assertTrue(db.inTransaction(u -> u.adapter(JpaOutbox.class).find(received.id())).isPresent());
  }

  @Test
  @DisplayName(
      "the in-app list: newest first, a page after the cursor, unread count, read by its recipient"
          + " only")
  void inbox() {
    Notification older = note(toAda, "a", false);
    clock.advance(Duration.ofMinutes(1));
    Notification newer = note(toAda, "b", false);
    add(older);
    add(newer);

    List<Notification> first =
        db.inTransaction(u -> u.adapter(JpaOutbox.class).inbox(toAda, Optional.empty(), 1));
    List<Notification> second =
        db.inTransaction(
            u ->
                u.adapter(JpaOutbox.class)
                    .inbox(toAda, Optional.of(NotificationCursor.after(first.get(0))), 1));
    assertEquals(List.of(newer.id()), first.stream().map(Notification::id).toList());
    assertEquals(List.of(older.id()), second.stream().map(Notification::id).toList());

    assertFalse(
        bool(
            u ->
                u.adapter(JpaOutbox.class)
                    .markRead(Recipient.SERVICE, older.id(), clock.instant())));
    assertTrue(bool(u -> u.adapter(JpaOutbox.class).markRead(toAda, older.id(), clock.instant())));
    Instant firstRead = clock.instant();
    clock.advance(Duration.ofMinutes(5));
    db.run(u -> u.adapter(JpaOutbox.class).markRead(toAda, older.id(), clock.instant()));
    assertEquals(1L, (long) db.inTransaction(u -> u.adapter(JpaOutbox.class).unread(toAda)));
    assertEquals(
        Optional.of(firstRead),
        db.inTransaction(u -> u.adapter(JpaOutbox.class).find(older.id())).orElseThrow().readAt());
  }

  @Test
  @DisplayName(
      "a claim counts the attempt and holds the delivery from other servers until its lease ends")
  void claimsUnderALease() {
    Notification n = note(toAda, "c", true);
    add(n);

    Delivery claimed = claim("server-a").orElseThrow();
    assertEquals(1, claimed.attempts());
    assertEquals(Optional.of("server-a"), claimed.claimedBy());
    assertEquals(Optional.empty(), claim("server-b"), "the lease holds");

    clock.advance(LEASE.plusSeconds(1));
    Delivery takenOver = claim("server-b").orElseThrow();
    assertEquals(2, takenOver.attempts());
    assertFalse(
        bool(u -> u.adapter(JpaOutbox.class).recordSent(n.id(), "server-a", clock.instant())),
        "the dead server's late record changes nothing");
    assertTrue(
        bool(u -> u.adapter(JpaOutbox.class).recordSent(n.id(), "server-b", clock.instant())));
    Delivery sent = delivery(n);
    assertEquals(DeliveryStatus.SENT, sent.status());
    assertEquals(Optional.of(clock.instant()), sent.sentAt());
    assertEquals(Optional.empty(), sent.claimedBy());
    assertEquals(Optional.empty(), claim("server-c"));
  }

  @Test
  @DisplayName(
      "a failure releases the claim: pending again from its retry time, or failed for good")
  void failures() {
    Notification n = note(toAda, "d", true);
    add(n);
    claim("server-a");
    Instant retryAt = clock.instant().plusSeconds(30);
    db.run(
        u ->
            u.adapter(JpaOutbox.class)
                .recordFailure(n.id(), "server-a", "Connection refused", Optional.of(retryAt)));

    Delivery pending = delivery(n);
    assertEquals(DeliveryStatus.PENDING, pending.status());
    assertEquals(retryAt, pending.nextAttemptAt());
    assertEquals(Optional.of("Connection refused"), pending.lastError());
    assertEquals(Optional.empty(), claim("server-a"), "not before its retry time");

    clock.advance(Duration.ofSeconds(30));
    claim("server-b").orElseThrow();
    db.run(
        u ->
            u.adapter(JpaOutbox.class)
                .recordFailure(n.id(), "server-b", "550 no such user", Optional.empty()));
    assertEquals(DeliveryStatus.FAILED, delivery(n).status());
    assertEquals(
        List.of(n.id()),
        db
            .inTransaction(
                u ->
                    u.adapter(JpaOutbox.class)
                        .withStatus(DeliveryStatus.FAILED, Optional.empty(), 10))
            .stream()
            .map(Delivery::id)
            .toList());

    assertTrue(bool(u -> u.adapter(JpaOutbox.class).retry(n.id(), clock.instant())));
    assertFalse(bool(u -> u.adapter(JpaOutbox.class).retry(n.id(), clock.instant())));
    Delivery again = claim("server-a").orElseThrow();
    assertEquals(1, again.attempts());
  }

  @Test
  @DisplayName(
      "two servers claiming at the same moment never get the same delivery, and neither waits;"
          + " PostgreSQL hands the second one the next delivery")
  void concurrentClaimsSkipLockedRows() {
    add(note(toAda, "e", true));
    clock.advance(Duration.ofSeconds(1));
    add(note(toAda, "f", true));
    Instant now = clock.instant();
    try (UnitOfWork a = db.begin();
        UnitOfWork b = db.begin()) {
      Delivery byA =
          a.adapter(JpaOutbox.class).claimNext("server-a", now, now.plus(LEASE)).orElseThrow();
      Optional<Delivery> byB =
          b.adapter(JpaOutbox.class).claimNext("server-b", now, now.plus(LEASE));
      assertFalse(byB.map(Delivery::id).equals(Optional.of(byA.id())));
      if (db.target() == Database.POSTGRESQL) {
        // H2 applies FETCH FIRST before skipping locked rows: the embedded database has one
        // server, which claims one delivery at a time.
        assertTrue(byB.isPresent(), "SKIP LOCKED passes over the row the other server holds");
      }
      a.commit();
      b.commit();
    }
  }

  @Test
  @DisplayName(
      "a member's current address, none once erased; French until they choose another language")
  void recipients() {
    assertEquals(
        Optional.of("ada.lovelace@example.org"),
        db.inTransaction(u -> u.adapter(JpaRecipientDirectory.class).emailOf(toAda)));
    assertEquals(
        Optional.empty(),
        db.inTransaction(u -> u.adapter(JpaRecipientDirectory.class).emailOf(Recipient.SERVICE)));
    assertEquals(
        Language.FR,
        db.inTransaction(u -> u.adapter(JpaRecipientDirectory.class).languageOf(toAda)));
    db.run(
        u ->
            u.adapter(JpaRecipientDirectory.class)
                .chooseLanguage(toAda, Language.EN, clock.instant()));
    assertEquals(
        Language.EN,
        db.inTransaction(u -> u.adapter(JpaRecipientDirectory.class).languageOf(toAda)));
    db.run(
        u ->
            u.adapter(JpaRecipientDirectory.class)
                .chooseLanguage(toAda, Language.FR, clock.instant()));
    assertEquals(
        Language.FR,
        db.inTransaction(u -> u.adapter(JpaRecipientDirectory.class).languageOf(toAda)));

    Member erased =
        db.inTransaction(u -> u.adapter(JpaMemberRepository.class).findById(ada.id()))
            .orElseThrow();
    erased.endParticipation("admin", clock.instant());
    erased.erase("admin", clock.instant());
    db.run(u -> u.adapter(JpaMemberRepository.class).save(erased));
    assertEquals(
        Optional.empty(),
        db.inTransaction(u -> u.adapter(JpaRecipientDirectory.class).emailOf(toAda)));
  }

  @Test
  @DisplayName(
      "Liberty's scheduler tables, created in a new database before the first migration, do not"
          + " stop it")
  void schedulerTablesBeforeTheFirstMigration() {
    Schema.clean(db.dataSource());
    db.execute("CREATE TABLE CLUBAIDE_TIMER_WLPPART (ID BIGINT NOT NULL PRIMARY KEY)");

    Schema.migrate(db.dataSource());

    assertEquals(Schema.latestAvailable(db.dataSource()), Schema.current(db.dataSource()));
    db.execute("INSERT INTO CLUBAIDE_TIMER_WLPPART (ID) VALUES (1)");
    assertTrue(add(note(Recipient.SERVICE, "after-baseline", false)));
  }

  @Test
  @DisplayName("the checks' progress is kept and moved on")
  void progress() {
    assertEquals(
        Optional.empty(), db.inTransaction(u -> u.adapter(JpaCheckProgress.class).position("x")));
    db.run(u -> u.adapter(JpaCheckProgress.class).save("x", "2025-03-10|", clock.instant()));
    db.run(u -> u.adapter(JpaCheckProgress.class).save("x", "2025-03-11|", clock.instant()));
    assertEquals(
        Optional.of("2025-03-11|"),
        db.inTransaction(u -> u.adapter(JpaCheckProgress.class).position("x")));
  }

  @Test
  @DisplayName(
      "R-SOL-6 the checks find proposed quotes by validity day, in order, after a position")
  void quotesByValidity() {
    HelpRequest request = HelpRequests.submitted(ada.id(), clock);
    db.run(unit -> unit.adapter(JpaHelpRequestRepository.class).save(request));
    List<Quote> quotes = new ArrayList<>();
    for (int days : new int[] {3, 1, 40}) {
      Quote quote =
          Quote.propose(
              request.id(),
              Provider.service(),
              HelpRequests.AGENT,
              "Offer in " + days + " days",
              "Scope",
              Money.of("100.00", "EUR"),
              Money.of("80.00", "EUR"),
              EngagementDuration.weeks(1),
              clock.today().plusDays(days),
              clock);
      db.run(unit -> unit.adapter(JpaQuoteRepository.class).save(quote));
      quotes.add(quote);
    }

    List<ScanPosition> found =
        db.inTransaction(
            u ->
                u.adapter(JpaNotificationCandidates.class)
                    .quotesValidUntil(
                        ScanPosition.startOf(clock.today()), clock.today().plusDays(5), 10));
    assertEquals(
        List.of(quotes.get(1).id().toString(), quotes.get(0).id().toString()),
        found.stream().map(ScanPosition::id).toList());
    assertEquals(clock.today().plusDays(1), found.get(0).day());
    assertEquals(
        List.of(quotes.get(0).id().toString()),
        db
            .inTransaction(
                u ->
                    u.adapter(JpaNotificationCandidates.class)
                        .quotesValidUntil(found.get(0), clock.today().plusDays(5), 10))
            .stream()
            .map(ScanPosition::id)
            .toList());
  }

  @Test
  @DisplayName(
      "R-MEM-7 R-MEM-2 the checks find participations ending and members yet to accept a version,"
          + " in order")
  void candidates() {
    Member grace = Members.aMember("grace.hopper@example.org", clock.instant().plusSeconds(86_400));
    db.run(u -> u.adapter(JpaMemberRepository.class).save(grace));
    LocalDate adaEnds = ada.participationEndsOn();

    List<ScanPosition> ending =
        db.inTransaction(
            u ->
                u.adapter(JpaNotificationCandidates.class)
                    .participationsEnding(ScanPosition.startOf(adaEnds), adaEnds.plusDays(1), 10));
    assertEquals(
        List.of(
            new ScanPosition(adaEnds, ada.id().toString()),
            new ScanPosition(grace.participationEndsOn(), grace.id().toString())),
        ending);
    assertEquals(
        1,
        db.inTransaction(
                u ->
                    u.adapter(JpaNotificationCandidates.class)
                        .participationsEnding(ending.get(0), adaEnds.plusDays(1), 10))
            .size(),
        "resumes after a position");
    assertEquals(
        2,
        db.inTransaction(
                u ->
                    u.adapter(JpaNotificationCandidates.class)
                        .yetToAccept("V4/2026", Optional.empty(), 10))
            .size());
    assertTrue(
        db.inTransaction(
                u ->
                    u.adapter(JpaNotificationCandidates.class)
                        .yetToAccept(Members.SEED_TERMS.label(), Optional.empty(), 10))
            .isEmpty());
    assertTrue(
        db.inTransaction(
                u ->
                    u.adapter(JpaNotificationCandidates.class)
                        .quotesValidUntil(
                            ScanPosition.startOf(clock.today()), clock.today().plusDays(30), 10))
            .isEmpty());
  }
}
