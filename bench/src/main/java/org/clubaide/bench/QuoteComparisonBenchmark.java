package org.clubaide.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteComparison;
import org.clubaide.core.request.RequestId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Comparing a request's quotes side by side and sorting them (R-SOL-4). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QuoteComparisonBenchmark {

  /** How many quotes the request has. */
  @Param({"10"})
  public int quotes;

  private RequestId request;
  private List<Quote> offers;

  /** Builds the quotes once. */
  @Setup
  public void setUp() {
    Random random = new Random(7);
    request = RequestId.newId();
    offers = new ArrayList<>();
    Actor agent = Actor.agent("agent");
    for (int i = 0; i < quotes; i++) {
      int usual = 500 + random.nextInt(5000);
      int member = usual - 1 - random.nextInt(usual / 2);
      offers.add(
          Quote.propose(
              request,
              i % 2 == 0 ? Provider.service() : Provider.partner("Partenaire " + i),
              agent,
              "Accompagnement juridique " + i,
              "Accompagnement sur " + (1 + random.nextInt(12)) + " mois",
              Money.of(usual + ".00", "EUR"),
              Money.of(member + ".00", "EUR"),
              EngagementDuration.weeks(1 + random.nextInt(30)),
              LocalDate.now(BenchData.CLOCK).plusDays(1 + random.nextInt(60)),
              BenchData.CLOCK));
    }
  }

  /** Builds the comparison and sorts it by the largest saving. */
  @Benchmark
  public List<QuoteComparison.Row> compareBySaving() {
    return QuoteComparison.of(request, offers, BenchData.CLOCK)
        .sortedBy(QuoteComparison.SortKey.SAVING);
  }
}
