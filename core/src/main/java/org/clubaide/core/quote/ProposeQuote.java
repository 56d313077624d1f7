package org.clubaide.core.quote;

import java.time.LocalDate;
import java.util.Optional;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.RequestId;

/**
 * What a provider says to make a quote on a request (R-SOL-2, R-SOL-3, R-SOL-6).
 *
 * @param requestId the request the quote answers
 * @param onBehalfOf the provider when an agent records an offer received by e-mail or phone; empty
 *     when the actor quotes in their own name (the Service, a member or a partner)
 * @param title a short title
 * @param scope what the accompaniment covers
 * @param usualPrice the price usually charged for this kind of service
 * @param memberPrice the member's preferential price, below the usual price
 * @param duration how long the accompaniment runs
 * @param validUntil the last day on which the member can accept, inclusive
 */
public record ProposeQuote(
    RequestId requestId,
    Optional<Provider> onBehalfOf,
    String title,
    String scope,
    Money usualPrice,
    Money memberPrice,
    EngagementDuration duration,
    LocalDate validUntil) {

  /** Normalises a missing provider to the actor's own name. */
  public ProposeQuote {
    onBehalfOf = onBehalfOf == null ? Optional.empty() : onBehalfOf;
  }

  /** A quote made by the actor in their own name. */
  public static ProposeQuote inOwnName(
      RequestId requestId,
      String title,
      String scope,
      Money usualPrice,
      Money memberPrice,
      EngagementDuration duration,
      LocalDate validUntil) {
    return new ProposeQuote(
        requestId, Optional.empty(), title, scope, usualPrice, memberPrice, duration, validUntil);
  }
}
