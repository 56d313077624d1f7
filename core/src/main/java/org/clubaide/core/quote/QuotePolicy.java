package org.clubaide.core.quote;

import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.shared.RuleViolationException;

/**
 * The named rules a quote must meet before it exists. Each fails with a {@link
 * RuleViolationException} whose message tells the person making the quote what to correct.
 */
public final class QuotePolicy {

  private QuotePolicy() {}

  /**
   * A quote is a preferential offer: it shows the usual price for this kind of service beside the
   * member's price, in the same currency, and the member price is strictly below the usual price
   * (R-SOL-3). A member price of zero is allowed: an accompaniment offered free to a member is the
   * most preferential offer there is.
   *
   * @throws RuleViolationException ({@code R-SOL-3}) when a price is missing, the currencies
   *     differ, or the member price is not below the usual price
   */
  public static void preferentialPriceBelowUsual(Money usualPrice, Money memberPrice) {
    RuleViolationException.require(
        usualPrice != null,
        "R-SOL-3",
        "usualPrice",
        "Give the price usually charged for this kind of service.");
    RuleViolationException.require(
        memberPrice != null, "R-SOL-3", "memberPrice", "Give the price offered to the member.");
    RuleViolationException.require(
        usualPrice.currency().equals(memberPrice.currency()),
        "R-SOL-3",
        "memberPrice",
        "The member price ("
            + memberPrice
            + ") must be in the currency of the usual price ("
            + usualPrice.currency().getCurrencyCode()
            + ") so that the saving can be shown.");
    RuleViolationException.require(
        memberPrice.isLessThan(usualPrice),
        "R-SOL-3",
        "memberPrice",
        "The member price ("
            + memberPrice
            + ") must be below the usual price ("
            + usualPrice
            + "): a quote offers members better conditions than the usual price.");
  }

  /**
   * The member who raised a request does not make an offer on it: a quote is help from someone
   * else, and its acceptance is a contract between two different parties (R-SOL-2, R-SOL-5).
   *
   * @throws RuleViolationException ({@code R-SOL-2}) when the provider is the requester
   */
  public static void providerIsNotRequester(Provider provider, MemberId requester) {
    RuleViolationException.require(
        !provider.is(requester),
        "R-SOL-2",
        "provider",
        "The member who raised the request cannot make a quote on it.");
  }
}
