package org.clubaide.web.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.IntermediaryNotice;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteComparison;
import org.clubaide.core.quote.QuoteStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records the API answers with about quotes and their comparison. */
public final class QuoteViews {

  private QuoteViews() {}

  /**
   * An exact amount of money (R-SOL-3).
   *
   * @param amount decimal amount as text, at the currency's scale, for example {@code "1200.00"}
   * @param currency ISO 4217 code, for example {@code EUR}
   */
  @Schema(example = ApiExamples.MONEY)
  public record MoneyView(String amount, String currency) {
    static MoneyView of(Money m) {
      return new MoneyView(m.amount().toPlainString(), m.currency().getCurrencyCode());
    }
  }

  /**
   * How long an accompaniment runs.
   *
   * @param amount how many units
   * @param unit DAYS, WEEKS or MONTHS
   * @param text the duration in words, for example {@code 3 months}
   */
  @Schema(example = ApiExamples.DURATION)
  public record DurationView(int amount, String unit, String text) {
    static DurationView of(EngagementDuration d) {
      return new DurationView(d.amount(), d.unit().name(), d.toString());
    }
  }

  /**
   * The notice a member confirms before accepting a quote (R-SOL-5): the contract binds the member
   * and the provider only; the Service is an intermediary, not a party.
   *
   * @param version the version to send back when accepting
   * @param text the notice
   */
  @Schema(example = ApiExamples.NOTICE)
  public record NoticeView(String version, String text) {
    static NoticeView current() {
      return new NoticeView(IntermediaryNotice.CURRENT.version(), IntermediaryNotice.CURRENT.text());
    }
  }

  /**
   * A quote for an accompaniment (R-SOL-2 … R-SOL-6). The provider is shown by kind only: who they
   * are passes through an introduction (R-NET-3).
   *
   * @param id identifier
   * @param requestId the request it answers
   * @param title title
   * @param scope what the accompaniment covers
   * @param providerKind SERVICE, MEMBER or PARTNER
   * @param usualPrice the usual price for this kind of service
   * @param memberPrice the member's preferential price
   * @param saving the usual price minus the member price
   * @param savingPercent the saving as a percent of the usual price, two decimals
   * @param duration how long the accompaniment runs
   * @param validUntil the last day it can be accepted
   * @param proposedAt when it was made
   * @param status PROPOSED, ACCEPTED, DECLINED or EXPIRED (a proposed quote past its date)
   * @param acceptedAt when the member accepted it, once accepted
   */
  @Schema(example = ApiExamples.QUOTE)
  public record QuoteView(
      String id,
      String requestId,
      String title,
      String scope,
      String providerKind,
      MoneyView usualPrice,
      MoneyView memberPrice,
      MoneyView saving,
      BigDecimal savingPercent,
      DurationView duration,
      LocalDate validUntil,
      Instant proposedAt,
      String status,
      Instant acceptedAt) {
    static QuoteView of(Quote q, Clock clock) {
      return new QuoteView(
          q.id().toString(),
          q.requestId().toString(),
          q.title(),
          q.scope(),
          q.provider().kind().name(),
          MoneyView.of(q.usualPrice()),
          MoneyView.of(q.memberPrice()),
          MoneyView.of(q.saving().amount()),
          q.saving().percent(),
          DurationView.of(q.duration()),
          q.validUntil(),
          q.proposedAt(),
          q.status(clock).name(),
          q.acceptance().map(a -> a.acknowledgedAt()).orElse(null));
    }
  }

  /**
   * A page of a request's quotes, in the order they were made.
   *
   * @param items the quotes
   * @param nextCursor pass as {@code after} to get the next page; absent on the last page
   */
  @Schema(example = ApiExamples.QUOTE_PAGE)
  public record QuotePage(List<QuoteView> items, String nextCursor) {}

  /**
   * One quote in a comparison (R-SOL-4).
   *
   * @param quoteId the quote
   * @param title its title
   * @param providerKind SERVICE, MEMBER or PARTNER
   * @param usualPrice the usual price
   * @param memberPrice the member's preferential price
   * @param saving the saving amount
   * @param savingPercent the saving percent, two decimals
   * @param duration how long the accompaniment runs
   * @param validUntil the last day it can be accepted
   * @param status PROPOSED, ACCEPTED, DECLINED or EXPIRED
   * @param expired whether it expired and can no longer be accepted (R-SOL-6)
   */
  @Schema(example = ApiExamples.COMPARISON_ROW)
  public record ComparisonRowView(
      String quoteId,
      String title,
      String providerKind,
      MoneyView usualPrice,
      MoneyView memberPrice,
      MoneyView saving,
      BigDecimal savingPercent,
      DurationView duration,
      LocalDate validUntil,
      String status,
      boolean expired) {
    static ComparisonRowView of(QuoteComparison.Row r) {
      return new ComparisonRowView(
          r.quoteId().toString(),
          r.title(),
          r.providerKind().name(),
          MoneyView.of(r.usualPrice()),
          MoneyView.of(r.memberPrice()),
          MoneyView.of(r.saving()),
          r.savingPercent(),
          DurationView.of(r.duration()),
          r.validUntil(),
          r.status().name(),
          r.status() == QuoteStatus.EXPIRED);
    }
  }

  /**
   * A request's quotes side by side (R-SOL-4), with the notice to read before accepting one
   * (R-SOL-5). Amounts in different currencies are never converted: when {@code singleCurrency} is
   * false, a sort by price or saving groups the rows by currency.
   *
   * @param requestId the request
   * @param sortedBy MEMBER_PRICE, SAVING, SAVING_PERCENT, DURATION or VALID_UNTIL
   * @param direction ASCENDING or DESCENDING
   * @param singleCurrency whether every quote is in one currency
   * @param currencies the currencies of the quotes
   * @param rows the quotes, sorted
   * @param notice the intermediary notice
   */
  @Schema(example = ApiExamples.COMPARISON)
  public record ComparisonView(
      String requestId,
      String sortedBy,
      String direction,
      boolean singleCurrency,
      List<String> currencies,
      List<ComparisonRowView> rows,
      NoticeView notice) {
    static ComparisonView of(
        QuoteComparison c, QuoteComparison.SortKey key, QuoteComparison.Direction direction) {
      return new ComparisonView(
          c.requestId().toString(),
          key.name(),
          direction.name(),
          c.isSingleCurrency(),
          c.currencies().stream().map(Currency::getCurrencyCode).toList(),
          c.sortedBy(key, direction).stream().map(ComparisonRowView::of).toList(),
          NoticeView.current());
    }
  }
}
