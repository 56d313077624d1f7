package org.clubaide.persistence.quote;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.money.Money;
import org.clubaide.core.quote.Acknowledgement;
import org.clubaide.core.quote.EngagementDuration;
import org.clubaide.core.quote.IntermediaryNotice;
import org.clubaide.core.quote.Provider;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.RequestId;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.request.JpaHelpRequestRepository;
import org.clubaide.persistence.testing.HelpRequests;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.clubaide.persistence.testing.TestDatabase;

/**
 * Quotes for the contract tests, made and changed through the aggregate's verbs; the clock moves a
 * minute before each verb, so every event has its own time.
 */
final class Quotes {

  /** The agent who records offers on a provider's behalf. */
  static final Actor AGENT = HelpRequests.AGENT;

  /** A partner who logs in and quotes in its own name. */
  static final Actor PARTNER =
      new Actor("partner@firm.example", Optional.empty(), Set.of(Role.PARTNER));

  private Quotes() {}

  /** A member acting for themselves, their e-mail address being their login. */
  static Actor actor(Member member) {
    return Actor.member(member.contact().email(), member.id());
  }

  /** Registers a member with this e-mail address. */
  static Member savedMember(TestDatabase db, String email, TestClock clock) {
    Member member = Members.aMember(email, clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(member));
    return member;
  }

  /** Submits and stores a help request of the member. */
  static RequestId savedRequest(TestDatabase db, MemberId requester, TestClock clock) {
    HelpRequest request = HelpRequests.submitted(requester, clock);
    db.run(unit -> unit.adapter(JpaHelpRequestRepository.class).save(request));
    return request.id();
  }

  /**
   * A quote valid for ten days in {@code usual}'s currency: {@code usual} and {@code member} are
   * amounts as text, for example {@code "120.50"}.
   */
  static Quote proposed(
      RequestId request,
      Provider provider,
      Actor by,
      String usual,
      String member,
      String currency,
      EngagementDuration duration,
      TestClock clock) {
    return Quote.propose(
        request,
        provider,
        by,
        "Accompaniment for " + provider.kind(),
        "Monthly meetings, a written plan and a review of the accounts.",
        Money.of(usual, currency),
        Money.of(member, currency),
        duration,
        clock.today().plusDays(10),
        tick(clock));
  }

  /** A member quoting in their own name: 1200.00 EUR usually, 950.50 EUR for members. */
  static Quote byMember(RequestId request, Member provider, TestClock clock) {
    return proposed(
        request,
        Provider.member(provider.id()),
        actor(provider),
        "1200.00",
        "950.50",
        "EUR",
        EngagementDuration.months(3),
        clock);
  }

  /** The confirmation of the notice shown today. */
  static Acknowledgement acknowledged() {
    return Acknowledgement.confirmed(IntermediaryNotice.CURRENT.version());
  }

  /** Everything a quote holds but its version. */
  static Quote.Snapshot state(Quote quote) {
    Quote.Snapshot s = quote.snapshot();
    return new Quote.Snapshot(
        s.id(),
        s.requestId(),
        s.provider(),
        s.proposedBy(),
        s.title(),
        s.scope(),
        s.usualPrice(),
        s.memberPrice(),
        s.duration(),
        s.validUntil(),
        s.proposedAt(),
        s.status(),
        s.acceptance(),
        s.events(),
        0);
  }

  /** Moves the clock a minute on. */
  static TestClock tick(TestClock clock) {
    return clock.advance(Duration.ofMinutes(1));
  }
}
