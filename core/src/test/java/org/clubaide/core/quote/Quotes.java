package org.clubaide.core.quote;

import java.time.Clock;
import java.time.LocalDate;
import org.clubaide.core.access.Actor;
import org.clubaide.core.money.Money;
import org.clubaide.core.request.RequestId;

/** Test data: a valid quote and its parts, changed one field at a time. */
final class Quotes {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  private Quotes() {}

  static Actor anAgent() {
    return Actor.agent("agent@clubaide.invalid");
  }

  static Builder aQuote() {
    return new Builder();
  }

  /** Builds a quote from a valid default, one field changed at a time. */
  static final class Builder {
    private RequestId requestId = RequestId.newId();
    private Provider provider = Provider.service();
    private Actor proposedBy = anAgent();
    private String title = "Accompaniment for a commercial lease renewal";
    private String scope = "Review of the lease, negotiation with the landlord, two meetings.";
    private Money usualPrice = Money.of("1200.00", "EUR");
    private Money memberPrice = Money.of("900.00", "EUR");
    private EngagementDuration duration = EngagementDuration.months(3);
    private LocalDate validUntil = TODAY.plusDays(30);

    Builder forRequest(RequestId value) {
      requestId = value;
      return this;
    }

    Builder by(Provider value, Actor actor) {
      provider = value;
      proposedBy = actor;
      return this;
    }

    Builder title(String value) {
      title = value;
      return this;
    }

    Builder scope(String value) {
      scope = value;
      return this;
    }

    Builder prices(String usual, String member) {
      return prices(Money.of(usual, "EUR"), Money.of(member, "EUR"));
    }

    Builder prices(Money usual, Money member) {
      usualPrice = usual;
      memberPrice = member;
      return this;
    }

    Builder duration(EngagementDuration value) {
      duration = value;
      return this;
    }

    Builder validUntil(LocalDate value) {
      validUntil = value;
      return this;
    }

    Quote proposedOn(Clock clock) {
      return Quote.propose(
          requestId,
          provider,
          proposedBy,
          title,
          scope,
          usualPrice,
          memberPrice,
          duration,
          validUntil,
          clock);
    }
  }
}
