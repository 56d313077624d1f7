package org.clubaide.core.quote;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.RequestId;

/**
 * One request's quotes side by side, so that the member can compare them (R-SOL-4): provider kind,
 * usual price, member price, saving and saving percent, duration, validity and whether each has
 * expired, as of the clock the comparison was made with.
 *
 * <p>Rows come in the order the quotes were made, and can be sorted by member price, saving, saving
 * percent, duration or validity date. Sorting is stable: rows that tie keep the order in which the
 * quotes were made.
 *
 * <p><b>Mixed currencies.</b> Amounts in different currencies are never compared and never
 * converted: the core holds no exchange rate, and a converted price would be a price no provider
 * offered. When the quotes are in more than one currency, a sort by {@linkplain
 * SortKey#MEMBER_PRICE member price} or {@linkplain SortKey#SAVING saving} groups the rows by
 * currency, groups in alphabetical order of their ISO 4217 code, and orders the rows by amount
 * inside each group only; screens should say so when {@link #isSingleCurrency()} is false. Saving
 * percent, duration and validity are comparable whatever the currency and sort all rows together.
 *
 * <p>A row shows the provider's kind only, not who the provider is: identities pass between the
 * member and a provider through an introduction, with both consents (R-NET-3).
 */
public final class QuoteComparison {

  /** How rows are ordered. */
  public enum Direction {
    /** Smallest, shortest or earliest first. */
    ASCENDING,
    /** Largest, longest or latest first. */
    DESCENDING
  }

  /** What rows can be sorted by, each with the direction that puts the most useful row first. */
  public enum SortKey {
    /** The member price; cheapest first by default. Grouped by currency when mixed. */
    MEMBER_PRICE(Direction.ASCENDING, true),
    /** The saving amount; largest first by default. Grouped by currency when mixed. */
    SAVING(Direction.DESCENDING, true),
    /** The saving percent; largest first by default. */
    SAVING_PERCENT(Direction.DESCENDING, false),
    /** The duration, by estimated length; shortest first by default. */
    DURATION(Direction.ASCENDING, false),
    /** The validity date; the quote to decide on soonest first by default. */
    VALID_UNTIL(Direction.ASCENDING, false);

    private final Direction defaultDirection;
    private final boolean byAmount;

    SortKey(Direction defaultDirection, boolean byAmount) {
      this.defaultDirection = defaultDirection;
      this.byAmount = byAmount;
    }

    /** The direction used when none is given. */
    public Direction defaultDirection() {
      return defaultDirection;
    }

    /** Whether the key is an amount of money, which is compared within one currency only. */
    public boolean isByAmount() {
      return byAmount;
    }

    private Comparator<Row> comparator(Direction direction) {
      Comparator<Row> within =
          switch (this) {
            case MEMBER_PRICE -> amountOf(Row::memberPrice);
            case SAVING -> amountOf(Row::saving);
            case SAVING_PERCENT -> Comparator.comparing(Row::savingPercent);
            case DURATION ->
                Comparator.comparing(Row::duration, EngagementDuration.BY_ESTIMATED_LENGTH);
            case VALID_UNTIL -> Comparator.comparing(Row::validUntil);
          };
      if (direction == Direction.DESCENDING) {
        within = within.reversed();
      }
      return byAmount
          ? Comparator.<Row, String>comparing(r -> r.memberPrice().currency().getCurrencyCode())
              .thenComparing(within)
          : within;
    }

    private static Comparator<Row> amountOf(Function<Row, Money> money) {
      return Comparator.comparing(r -> money.apply(r).amount());
    }
  }

  /**
   * One quote in the comparison.
   *
   * @param quoteId the quote
   * @param title its title
   * @param providerKind who would provide the accompaniment
   * @param usualPrice the usual price
   * @param memberPrice the member's preferential price
   * @param saving the saving amount
   * @param savingPercent the saving percent, two decimals
   * @param duration the duration
   * @param validUntil the last day on which it can be accepted
   * @param status its status as of the comparison's clock, {@link QuoteStatus#EXPIRED} included
   */
  public record Row(
      QuoteId quoteId,
      String title,
      ProviderKind providerKind,
      Money usualPrice,
      Money memberPrice,
      Money saving,
      BigDecimal savingPercent,
      EngagementDuration duration,
      LocalDate validUntil,
      QuoteStatus status) {

    /** Checks the arguments. */
    public Row {
      Objects.requireNonNull(quoteId, "quoteId");
      Objects.requireNonNull(providerKind, "providerKind");
      Objects.requireNonNull(usualPrice, "usualPrice");
      Objects.requireNonNull(memberPrice, "memberPrice");
      Objects.requireNonNull(saving, "saving");
      Objects.requireNonNull(savingPercent, "savingPercent");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(validUntil, "validUntil");
      Objects.requireNonNull(status, "status");
    }

    /** Whether the quote has expired and can no longer be accepted (R-SOL-6). */
    public boolean expired() {
      return status == QuoteStatus.EXPIRED;
    }

    private static Row of(Quote quote, Clock clock) {
      return new Row(
          quote.id(),
          quote.title(),
          quote.provider().kind(),
          quote.usualPrice(),
          quote.memberPrice(),
          quote.saving().amount(),
          quote.saving().percent(),
          quote.duration(),
          quote.validUntil(),
          quote.status(clock));
    }
  }

  private final RequestId requestId;
  private final List<Row> rows;

  private QuoteComparison(RequestId requestId, List<Row> rows) {
    this.requestId = requestId;
    this.rows = List.copyOf(rows);
  }

  /**
   * Compares the quotes of one request as of the clock's day.
   *
   * @param requestId the request
   * @param quotes its quotes, in any order; they are listed in the order they were made
   * @throws IllegalArgumentException when a quote answers another request
   */
  public static QuoteComparison of(RequestId requestId, Collection<Quote> quotes, Clock clock) {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(clock, "clock");
    List<Quote> ordered = new ArrayList<>(quotes);
    for (Quote quote : ordered) {
      if (!quote.requestId().equals(requestId)) {
        throw new IllegalArgumentException(
            "Quote " + quote.id() + " answers request " + quote.requestId() + ", not " + requestId);
      }
    }
    ordered.sort(Comparator.comparing(Quote::proposedAt).thenComparing(q -> q.id().value()));
    return new QuoteComparison(requestId, ordered.stream().map(q -> Row.of(q, clock)).toList());
  }

  /** The request compared. */
  public RequestId requestId() {
    return requestId;
  }

  /** The rows, in the order the quotes were made. */
  public List<Row> rows() {
    return rows;
  }

  /** The currencies of the quotes, in alphabetical order of their codes. */
  public Set<Currency> currencies() {
    Set<Currency> currencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
    rows.forEach(r -> currencies.add(r.memberPrice().currency()));
    return Collections.unmodifiableSet(currencies);
  }

  /** Whether all quotes are in one currency, so that prices compare across all rows. */
  public boolean isSingleCurrency() {
    return currencies().size() <= 1;
  }

  /**
   * The rows sorted by {@code key} in its {@linkplain SortKey#defaultDirection() default
   * direction}.
   */
  public List<Row> sortedBy(SortKey key) {
    return sortedBy(key, key.defaultDirection());
  }

  /**
   * The rows sorted by {@code key} in {@code direction}; by currency first for amounts when the
   * currencies are mixed (see the class description).
   */
  public List<Row> sortedBy(SortKey key, Direction direction) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(direction, "direction");
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(key.comparator(direction));
    return List.copyOf(sorted);
  }
}
