package org.clubaide.persistence.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.clubaide.core.member.Member;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.request.RequestId;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No N+1 for quotes: the statements that loading a request's quotes, or one quote, costs do not
 * grow with the number of quotes and events.
 */
abstract class QuoteStatementCountContract extends DatabaseContract {

  /** The most statements a request's quotes, or one quote, may cost: the quotes, their events. */
  private static final int BOUND = 2;

  /** A clock of its own for each test: the test instance is shared by the class's tests. */
  private TestClock clock;

  private Member requester;
  private Member provider;

  QuoteStatementCountContract(Database target) {
    super(target);
  }

  @BeforeEach
  void registerMembers() {
    clock = TestClock.atServiceStart();
    requester = Quotes.savedMember(db, "ada.lovelace@example.org", clock);
    provider = Quotes.savedMember(db, "grace.hopper@example.org", clock);
  }

  record Counted<T>(T result, int statements, List<String> sql) {}

  private <T> Counted<T> counted(Function<JpaQuoteRepository, T> read) {
    return db.inTransaction(
        unit -> {
          JpaQuoteRepository quotes = unit.adapter(JpaQuoteRepository.class);
          db.statements().reset();
          T result = read.apply(quotes);
          return new Counted<>(result, db.statements().count(), db.statements().statements());
        });
  }

  /** One request with a single quote just made, one with twenty quotes each declined. */
  private RequestId[] requests() {
    RequestId light = Quotes.savedRequest(db, requester.id(), clock);
    RequestId heavy = Quotes.savedRequest(db, requester.id(), clock);
    db.run(
        unit -> {
          JpaQuoteRepository quotes = unit.adapter(JpaQuoteRepository.class);
          quotes.save(Quotes.byMember(light, provider, clock));
          for (int i = 0; i < 20; i++) {
            Quote quote = Quotes.byMember(heavy, provider, clock);
            quote.decline(Quotes.actor(requester), "Not this one (" + i + ").", clock);
            quotes.save(quote);
          }
        });
    return new RequestId[] {light, heavy};
  }

  @Test
  @DisplayName(
      "R-SOL-4 a request's twenty quotes cost the same few statements as a request's single quote")
  void quoteListCostIsConstant() {
    RequestId[] requests = requests();

    Counted<List<Quote>> one = counted(q -> q.byRequest(requests[0]));
    Counted<List<Quote>> twenty = counted(q -> q.byRequest(requests[1]));

    assertEquals(1, one.result().size());
    assertEquals(20, twenty.result().size());
    assertTrue(twenty.result().stream().allMatch(q -> q.events().size() == 2));
    assertTrue(twenty.statements() <= BOUND, twenty.sql().toString());
    assertTrue(
        twenty.sql().stream()
            .allMatch(s -> s.strip().toUpperCase(Locale.ROOT).startsWith("SELECT")),
        twenty.sql().toString());
    assertEquals(one.statements(), twenty.statements(), twenty.sql().toString());
    System.out.printf(
        "[%s] statements per list of a request's quotes: %d%n", db.target(), twenty.statements());
  }

  @Test
  @DisplayName("R-SOL-4 loading one quote costs the same with one event or two")
  void quoteLoadCostIsConstant() {
    RequestId[] requests = requests();
    Quote small =
        db.inTransaction(unit -> unit.adapter(JpaQuoteRepository.class).byRequest(requests[0]))
            .get(0);
    Quote large =
        db.inTransaction(unit -> unit.adapter(JpaQuoteRepository.class).byRequest(requests[1]))
            .get(0);

    Counted<Optional<Quote>> smallLoad = counted(q -> q.findById(small.id()));
    Counted<Optional<Quote>> largeLoad = counted(q -> q.findById(large.id()));

    assertEquals(2, largeLoad.result().orElseThrow().events().size());
    assertTrue(largeLoad.statements() <= BOUND, largeLoad.sql().toString());
    assertEquals(smallLoad.statements(), largeLoad.statements(), largeLoad.sql().toString());
    System.out.printf("[%s] statements per quote load: %d%n", db.target(), largeLoad.statements());
  }
}
