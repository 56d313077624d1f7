package org.clubaide.core.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.notification.NotificationCandidates;
import org.clubaide.core.notification.ScanPosition;
import org.clubaide.core.quote.QuoteStatus;

/** The checks' queries over the in-memory quotes and members, in (day, identifier) order. */
public final class InMemoryCandidates implements NotificationCandidates {

  private static final Comparator<ScanPosition> ORDER =
      Comparator.comparing(ScanPosition::day).thenComparing(ScanPosition::id);

  private final InMemoryQuoteRepository quotes;
  private final InMemoryMemberRepository members;

  public InMemoryCandidates(InMemoryQuoteRepository quotes, InMemoryMemberRepository members) {
    this.quotes = quotes;
    this.members = members;
  }

  @Override
  public List<ScanPosition> quotesValidUntil(ScanPosition after, LocalDate through, int limit) {
    return quotes.all().stream()
        .filter(q -> q.snapshot().status() == QuoteStatus.PROPOSED)
        .map(q -> new ScanPosition(q.validUntil(), q.id().toString()))
        .filter(p -> after.precedes(p.day(), p.id()) && !p.day().isAfter(through))
        .sorted(ORDER)
        .limit(limit)
        .toList();
  }

  @Override
  public List<ScanPosition> participationsEnding(ScanPosition after, LocalDate through, int limit) {
    return members.all().stream()
        .filter(m -> !m.hasEnded())
        .map(m -> new ScanPosition(m.participationEndsOn(), m.id().toString()))
        .filter(p -> after.precedes(p.day(), p.id()) && !p.day().isAfter(through))
        .sorted(ORDER)
        .limit(limit)
        .toList();
  }

  @Override
  public List<MemberId> yetToAccept(String label, Optional<MemberId> after, int limit) {
    return members.all().stream()
        .filter(m -> !m.hasEnded())
        .filter(m -> m.acceptances().stream().noneMatch(a -> a.versionLabel().equals(label)))
        .map(Member::id)
        .sorted(Comparator.comparing(MemberId::toString))
        .filter(id -> after.map(a -> id.toString().compareTo(a.toString()) > 0).orElse(true))
        .limit(limit)
        .toList();
  }
}
