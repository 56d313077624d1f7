package org.clubaide.persistence.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.AcceptQuote;
import org.clubaide.core.quote.DeclineCause;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteEvent;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteService;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaQuoteRepository} keeps of a quote (every field, every event, exact prices) and how
 * it lists a request's quotes; what {@link JpaRequestOwnership} says of a request; and how
 * concurrent changes are refused.
 */
abstract class QuoteRepositoryContract extends DatabaseContract {

  /** A clock of its own for each test: the test instance is shared by the class's tests. */
  private TestClock clock;

  private Member requester;
  private Member provider;
  private RequestId request;

  QuoteRepositoryContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerMembersAndRequest() {
    clock = TestClock.atServiceStart();
    requester = Quotes.savedMember(db, "ada.lovelace@example.org", clock);
    provider = Quotes.savedMember(db, "grace.hopper@example.org", clock);
    request = Quotes.savedRequest(db, requester.id(), clock);
  }

  private Quote saved(Quote quote) {
    db.run(unit -> unit.adapter(JpaQuoteRepository.class).save(quote));
    return quote;
  }

  private Quote reloaded(QuoteId id) {
    return db.inTransaction(unit -> unit.adapter(JpaQuoteRepository.class).findById(id))
        .orElseThrow();
  }

  private List<Quote> ofRequest(RequestId id) {
    return db.inTransaction(unit -> unit.adapter(JpaQuoteRepository.class).byRequest(id));
  }

  /** Reloads the quote, applies one verb and saves it in a unit of work of its own. */
  private Quote changed(QuoteId id, Consumer<Quote> verb) {
    Quote quote = reloaded(id);
    verb.accept(quote);
    return saved(quote);
  }

  /** Runs the quote use case in one unit of work, on the adapters, as the application does. */
  private void inService(Consumer<QuoteService> work) {
    db.run(
        unit ->
            work.accept(
                new QuoteService(
                    unit.adapter(JpaQuoteRepository.class),
                    unit.adapter(JpaRequestOwnership.class),
                    clock)));
  }

  @Test
  @DisplayName(
      "R-SOL-2 R-SOL-4 R-SOL-5 every field, provider kind, duration unit and type of event reads"
          + " back unchanged")
  void everyFieldAndEventTypeRoundTrips() {
    Quote byMember = saved(Quotes.byMember(request, provider, clock));
    Quote byPartner =
        saved(
            Quotes.proposed(
                request,
                Provider.partner("Cabinet Dupont & Associés"),
                Quotes.AGENT,
                "3000.00",
                "2500.00",
                "EUR",
                EngagementDuration.weeks(6),
                clock));
    Quote byService =
        saved(
            Quotes.proposed(
                request,
                Provider.service(),
                Quotes.AGENT,
                "90000",
                "75000",
                "JPY",
                EngagementDuration.days(15),
                clock));
    Quote inOwnName =
        saved(
            Quotes.proposed(
                request,
                Provider.partner(Quotes.PARTNER.login()),
                Quotes.PARTNER,
                "800.00",
                "640.00",
                "EUR",
                EngagementDuration.months(1),
                clock));
    inService(
        service ->
            service.decline(
                Quotes.actor(requester), byService.id(), "Too far from my workshop.\nThanks."));
    inService(
        service ->
            service.accept(
                Quotes.actor(requester), new AcceptQuote(byMember.id(), Quotes.acknowledged())));

    List<Quote> read = ofRequest(request);
    Quote accepted = reloaded(byMember.id());

    assertEquals(
        List.of(byMember.id(), byPartner.id(), byService.id(), inOwnName.id()),
        read.stream().map(Quote::id).toList());
    assertEquals(Quotes.state(accepted), Quotes.state(read.get(0)));
    assertEquals(QuoteStatus.ACCEPTED, accepted.status(clock));
    assertEquals(Quotes.actor(requester).login(), accepted.acceptance().orElseThrow().acceptedBy());
    assertEquals(QuoteStatus.DECLINED, read.get(1).status(clock));
    assertEquals(QuoteStatus.DECLINED, read.get(2).status(clock));
    assertEquals(
        new QuoteEvent.QuoteDeclined(
            eventOf(read.get(2), 1).eventId(),
            byService.id(),
            request,
            eventOf(read.get(2), 1).occurredAt(),
            Quotes.actor(requester).login(),
            false,
            DeclineCause.BY_MEMBER,
            "Too far from my workshop.\nThanks."),
        eventOf(read.get(2), 1));
    assertEquals(
        DeclineCause.ANOTHER_QUOTE_ACCEPTED,
        ((QuoteEvent.QuoteDeclined) eventOf(read.get(1), 1)).cause());
    assertEquals(Provider.partner(Quotes.PARTNER.login()), read.get(3).provider());
    for (Quote quote : read) {
      assertEquals(Quotes.state(quote), Quotes.state(reloaded(quote.id())));
      assertTrue(quote.newEvents().isEmpty(), "a loaded quote has no new event");
    }
    Set<String> covered =
        read.stream()
            .flatMap(q -> q.events().stream())
            .map(e -> e.getClass().getSimpleName())
            .collect(Collectors.toSet());
    Set<String> all =
        Arrays.stream(QuoteEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    assertEquals(all, covered, "the fixtures must produce every type of event");
    assertEquals(
        EnumSet.allOf(EngagementDuration.Unit.class),
        read.stream().map(q -> q.duration().unit()).collect(Collectors.toSet()),
        "the fixtures must use every duration unit");
  }

  private static QuoteEvent eventOf(Quote quote, int index) {
    return quote.events().get(index);
  }

  @Test
  @DisplayName("R-SOL-2 a quote made and then changed reads back as written, field by field")
  void proposedQuoteRoundTrips() {
    Quote quote = saved(Quotes.byMember(request, provider, clock));

    Quote read = reloaded(quote.id());

    assertEquals(Quotes.state(quote), Quotes.state(read));
    assertEquals(1, read.version());
    assertEquals(Provider.member(provider.id()), read.provider());
    assertEquals(Money.of("1200.00", "EUR"), read.usualPrice());
    assertEquals(Money.of("950.50", "EUR"), read.memberPrice());
    assertEquals(Money.of("249.50", "EUR"), read.saving().amount());
    assertEquals(EngagementDuration.months(3), read.duration());
    assertEquals(quote.validUntil(), read.validUntil());
    assertEquals(quote.proposedAt(), read.proposedAt());
    assertEquals(Optional.empty(), read.acceptance());
  }

  @Test
  @DisplayName(
      "R-SOL-4 events added in later units of work follow the stored ones; each save moves"
          + " the version")
  void eventsAppendAcrossUnitsOfWork() {
    Quote quote = saved(Quotes.byMember(request, provider, clock));

    Quote declined =
        changed(quote.id(), q -> q.decline(Quotes.actor(requester), "", Quotes.tick(clock)));
    Quote read = reloaded(quote.id());

    assertEquals(Quotes.state(declined), Quotes.state(read));
    assertEquals(2, read.events().size());
    assertEquals("", ((QuoteEvent.QuoteDeclined) read.events().get(1)).note());
    assertEquals(2, read.version(), "one version per save");
    assertEquals(2, rows("SELECT COUNT(*) FROM quote_event WHERE quote_id = ?", quote.id()));
  }

  @Test
  @DisplayName(
      "R-SOL-6 expiry is derived from the clock and never stored: the row stays PROPOSED, the"
          + " quote reads back EXPIRED once its day has passed")
  void expiryIsDerivedNotStored() {
    Quote quote = saved(Quotes.byMember(request, provider, clock));
    clock.advance(Duration.ofDays(11));

    Quote read = reloaded(quote.id());

    assertEquals(QuoteStatus.EXPIRED, read.status(clock));
    assertTrue(read.isExpired(clock));
    assertEquals(QuoteStatus.PROPOSED, read.snapshot().status());
    assertEquals("PROPOSED", text("SELECT status FROM quote WHERE id = ?", quote.id()));
  }

  @Test
  @DisplayName(
      "R-SOL-3 prices come back exact: sums of tenths, three- and four-decimal currencies, no"
          + " decimals, the largest amounts")
  void moneyIsExact() {
    Money tenthPlusFifth = Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"));
    List<Quote> quotes = new ArrayList<>();
    quotes.add(quote(tenthPlusFifth, Money.of("0.20", "EUR")));
    quotes.add(quote(Money.of("1.234", "KWD"), Money.of("0.999", "KWD")));
    quotes.add(quote(Money.of("1.2345", "CLF"), Money.of("1.2344", "CLF")));
    quotes.add(quote(Money.of("1200", "JPY"), Money.of("999", "JPY")));
    quotes.add(quote(Money.of("999999999999999.99", "EUR"), Money.of("999999999999999.98", "EUR")));
    quotes.forEach(this::saved);

    List<Quote> read = ofRequest(request);

    assertEquals(quotes.size(), read.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote written = quotes.get(i);
      Quote back = read.get(i);
      assertEquals(written.usualPrice(), back.usualPrice(), "same value and same scale");
      assertEquals(written.memberPrice(), back.memberPrice());
      assertEquals(written.saving(), back.saving());
      assertEquals(written.events(), back.events(), "the prices of the event too");
    }
    assertEquals(Money.of("0.30", "EUR"), read.get(0).usualPrice());
    assertEquals(Money.of("0.10", "EUR"), read.get(0).saving().amount());
    assertEquals(Money.of("0.235", "KWD"), read.get(1).saving().amount());
    assertEquals(Money.of("0.0001", "CLF"), read.get(2).saving().amount());
    assertEquals(Money.of("201", "JPY"), read.get(3).saving().amount());
    assertEquals(Money.of("0.01", "EUR"), read.get(4).saving().amount());
    assertEquals(
        0,
        new BigDecimal("0.3")
            .compareTo(decimal("SELECT usual_amount FROM quote WHERE id = ?", quotes.get(0).id())),
        "the column holds 0.3 exactly, which no binary floating-point number does");
    assertEquals(
        new BigDecimal("1.2345"),
        decimal("SELECT usual_amount FROM quote WHERE id = ?", quotes.get(2).id()));
  }

  @Test
  @DisplayName(
      "R-SOL-3 R-SOL-6 the schema itself refuses a stored EXPIRED, an acceptance without ACCEPTED"
          + " and prices in two currencies")
  void schemaRefusesWhatTheDomainNeverStores() {
    Quote quote = saved(Quotes.byMember(request, provider, clock));
    String where = " WHERE id = '" + quote.id() + "'";

    assertThrows(
        IllegalStateException.class,
        () -> db.execute("UPDATE quote SET status = 'EXPIRED'" + where));
    assertThrows(
        IllegalStateException.class,
        () -> db.execute("UPDATE quote SET accepted_by = 'ada.lovelace@example.org'" + where));
    assertThrows(
        IllegalStateException.class,
        () -> db.execute("UPDATE quote SET member_currency = 'USD'" + where));
    assertEquals(Quotes.state(quote), Quotes.state(reloaded(quote.id())));
  }

  private Quote quote(Money usual, Money member) {
    return Quote.propose(
        request,
        Provider.service(),
        Quotes.AGENT,
        "Exact prices",
        "Checks that amounts come back exactly.",
        usual,
        member,
        EngagementDuration.weeks(2),
        clock.today(),
        Quotes.tick(clock));
  }

  @Test
  @DisplayName("R-SOL-4 a request's quotes are listed oldest first, and only that request's")
  void quotesOfOneRequestOldestFirst() {
    RequestId other = Quotes.savedRequest(db, requester.id(), clock);
    Quote first = saved(Quotes.byMember(request, provider, clock));
    Quote elsewhere = saved(Quotes.byMember(other, provider, clock));
    Quote second = saved(Quotes.byMember(request, provider, clock));
    RequestId withoutQuotes = Quotes.savedRequest(db, requester.id(), clock);

    assertEquals(
        List.of(Quotes.state(first), Quotes.state(second)),
        ofRequest(request).stream().map(Quotes::state).toList());
    assertEquals(
        List.of(Quotes.state(elsewhere)), ofRequest(other).stream().map(Quotes::state).toList());
    assertEquals(List.of(), ofRequest(withoutQuotes));
    assertEquals(List.of(), ofRequest(RequestId.newId()));
  }

  @Test
  @DisplayName("nothing is found for an unknown quote")
  void unknownQuote() {
    saved(Quotes.byMember(request, provider, clock));

    assertTrue(
        db.inTransaction(unit -> unit.adapter(JpaQuoteRepository.class).findById(QuoteId.newId()))
            .isEmpty());
  }

  @Test
  @DisplayName(
      "R-PRV-3 the requester of a request is read from the request; unknown requests have"
          + " none")
  void requestOwnership() {
    Optional<MemberId> owner =
        db.inTransaction(unit -> unit.adapter(JpaRequestOwnership.class).requesterOf(request));
    Optional<MemberId> nobody =
        db.inTransaction(
            unit -> unit.adapter(JpaRequestOwnership.class).requesterOf(RequestId.newId()));

    assertEquals(Optional.of(requester.id()), owner);
    assertEquals(Optional.empty(), nobody);
  }

  @Test
  @DisplayName(
      "R-REQ-9 R-SOL-5 a request has an accepted offer once its member accepted a quote, not while"
          + " quotes are only proposed or declined")
  void acceptedOffers() {
    Quote declined = saved(Quotes.byMember(request, provider, clock));
    Quote taken = saved(Quotes.byMember(request, provider, clock));
    changed(declined.id(), q -> q.decline(Quotes.actor(requester), "Non.", Quotes.tick(clock)));
    boolean before =
        db.inTransaction(unit -> unit.adapter(JpaAcceptedOffers.class).anyAcceptedFor(request));

    changed(
        taken.id(),
        q -> q.accept(Quotes.actor(requester), Quotes.acknowledged(), Quotes.tick(clock)));

    boolean after =
        db.inTransaction(unit -> unit.adapter(JpaAcceptedOffers.class).anyAcceptedFor(request));
    boolean unknown =
        db.inTransaction(
            unit -> unit.adapter(JpaAcceptedOffers.class).anyAcceptedFor(RequestId.newId()));

    assertFalse(before);
    assertTrue(after);
    assertFalse(unknown);
  }

  @Test
  @DisplayName(
      "R-SOL-4 an acceptance saved meanwhile makes a decline on the old copy fail cleanly, and"
          + " only the acceptance is kept")
  void concurrentDecisionConflicts() {
    Quote quote = saved(Quotes.byMember(request, provider, clock));
    Quote first;
    try (UnitOfWork one = db.begin();
        UnitOfWork two = db.begin()) {
      JpaQuoteRepository inOne = one.adapter(JpaQuoteRepository.class);
      JpaQuoteRepository inTwo = two.adapter(JpaQuoteRepository.class);
      first = inOne.findById(quote.id()).orElseThrow();
      Quote second = inTwo.findById(quote.id()).orElseThrow();
      first.accept(Quotes.actor(requester), Quotes.acknowledged(), Quotes.tick(clock));
      inOne.save(first);
      one.commit();
      second.decline(Quotes.actor(requester), "No.", Quotes.tick(clock));

      ConflictException refused = assertThrows(ConflictException.class, () -> inTwo.save(second));

      assertEquals("CONCURRENT-UPDATE", refused.rule());
      two.rollback();
    }
    assertEquals(Quotes.state(first), Quotes.state(reloaded(quote.id())));
    assertEquals(2, rows("SELECT COUNT(*) FROM quote_event WHERE quote_id = ?", quote.id()));
  }

  @Test
  @DisplayName("R-SOL-4 a copy read in an earlier unit of work is refused once the quote changed")
  void staleCopyConflicts() {
    Quote quote = saved(Quotes.byMember(request, provider, clock));
    Quote stale = reloaded(quote.id());
    Quote fresh =
        changed(quote.id(), q -> q.decline(Quotes.actor(requester), "", Quotes.tick(clock)));
    stale.accept(Quotes.actor(requester), Quotes.acknowledged(), Quotes.tick(clock));

    assertThrows(
        ConflictException.class,
        () -> db.run(unit -> unit.adapter(JpaQuoteRepository.class).save(stale)));

    assertEquals(Quotes.state(fresh), Quotes.state(reloaded(quote.id())));
  }

  @Test
  @DisplayName(
      "R-SOL-4 two acceptances racing on one request: the second fails, exactly one quote is"
          + " accepted and nothing of the second is written")
  void racingAcceptancesConflict() {
    Quote one = saved(Quotes.byMember(request, provider, clock));
    Quote two = saved(Quotes.byMember(request, provider, clock));
    try (UnitOfWork first = db.begin();
        UnitOfWork second = db.begin()) {
      QuoteService inFirst =
          new QuoteService(
              first.adapter(JpaQuoteRepository.class),
              first.adapter(JpaRequestOwnership.class),
              clock);
      JpaQuoteRepository secondQuotes = second.adapter(JpaQuoteRepository.class);
      QuoteService inSecond =
          new QuoteService(secondQuotes, second.adapter(JpaRequestOwnership.class), clock);
      // The second acceptance has read the request's quotes before the first commits.
      assertEquals(2, secondQuotes.byRequest(request).size());
      inFirst.accept(Quotes.actor(requester), new AcceptQuote(one.id(), Quotes.acknowledged()));
      first.commit();

      assertThrows(
          ConflictException.class,
          () ->
              inSecond.accept(
                  Quotes.actor(requester), new AcceptQuote(two.id(), Quotes.acknowledged())));
      second.rollback();
    }
    List<Quote> stored = ofRequest(request);
    assertEquals(QuoteStatus.ACCEPTED, stored.get(0).status(clock));
    assertEquals(QuoteStatus.DECLINED, stored.get(1).status(clock));
    assertEquals(2, rows("SELECT COUNT(*) FROM quote_event WHERE quote_id = ?", one.id()));
    assertEquals(2, rows("SELECT COUNT(*) FROM quote_event WHERE quote_id = ?", two.id()));
  }

  private int rows(String sql, QuoteId id) {
    return ((Number) value(sql, id)).intValue();
  }

  private String text(String sql, QuoteId id) {
    return ((String) value(sql, id)).strip();
  }

  private BigDecimal decimal(String sql, QuoteId id) {
    return (BigDecimal) value(sql, id);
  }

  private Object value(String sql, QuoteId id) {
    try (Connection c = db.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, id.toString());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getObject(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
