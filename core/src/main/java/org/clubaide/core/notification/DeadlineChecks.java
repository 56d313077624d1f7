package org.clubaide.core.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.quote.Quote;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.quote.QuoteRepository;
import org.clubaide.core.quote.QuoteStatus;
import org.clubaide.core.request.DeadlineKind;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestStatus;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.terms.TermsCatalogue;
import org.clubaide.core.terms.TermsVersion;

/**
 * The checks on dates, run by the scheduler on one server at a time; each run writes the
 * notifications that dates passed or coming call for, in one transaction:
 *
 * <ul>
 *   <li>a deadline the Service committed to (the agreed decision date while undecided, the solution
 *       deadline while no solution was proposed) is near: the Service is told (R-REQ-7);
 *   <li>such a deadline passed: the Service is told, and an agent must move the deadline with a
 *       reason, which tells the member the reason and the new date (R-REQ-4, R-REQ-7);
 *   <li>a postponed request reached its date: the Service and the member are told (R-REQ-8);
 *   <li>a quote the member has not answered expires soon (R-SOL-6);
 *   <li>a participation ends soon, to renew (R-MEM-7);
 *   <li>a new terms version came into force: every member yet to accept it is told (R-MEM-2).
 * </ul>
 *
 * <p>Each check remembers how far it went ({@link CheckProgress}): a run reads only the dates it
 * has not seen, at most a batch of rows per check, and the next run goes on; after a pause it
 * catches up from where it stopped. On the very first run a check starts today (yesterday for
 * passed deadlines and postponements), so that history is not announced. Running twice creates
 * nothing new: every notification's idempotency key names its object and day.
 *
 * <p>A deadline set within the notice period after that period was checked is not announced as
 * near: the agent who set it knows it. A deadline can only be set to today or later, so a passed
 * deadline is never missed.
 */
public final class DeadlineChecks {

  /** The names under which the checks keep their progress. */
  static final String APPROACHING = "deadlines-approaching";

  static final String MISSED = "deadlines-missed";
  static final String DUE_AGAIN = "postponements-due";
  static final String QUOTES = "quotes-expiring";
  static final String PARTICIPATIONS = "participations-ending";
  static final String TERMS = "terms-in-force";
  static final String TERMS_MEMBERS = "terms-in-force-members";

  private static final RequestId LAST_ID = new RequestId(new UUID(Long.MAX_VALUE, Long.MAX_VALUE));

  private final HelpRequestRepository requests;
  private final QuoteRepository quotes;
  private final TermsCatalogue terms;
  private final NotificationCandidates candidates;
  private final CheckProgress progress;
  private final NotificationPolicy policy;
  private final Outbox outbox;
  private final Clock clock;
  private final Notice notice;

  /**
   * Wires the checks.
   *
   * @param notice how long before a date each reminder comes, and how many rows a run reads
   */
  public DeadlineChecks(
      HelpRequestRepository requests,
      QuoteRepository quotes,
      TermsCatalogue terms,
      NotificationCandidates candidates,
      CheckProgress progress,
      NotificationPolicy policy,
      Outbox outbox,
      Clock clock,
      Notice notice) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.candidates = Objects.requireNonNull(candidates, "candidates");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.notice = Objects.requireNonNull(notice, "notice");
  }

  /**
   * Runs every check once; call it in one transaction.
   *
   * @return how many notifications were written
   */
  public int run() {
    LocalDate today = LocalDate.now(clock);
    int written = 0;
    written += approaching(today);
    written += missed(today);
    written += dueAgain(today);
    written += quotesExpiring(today);
    written += participationsEnding(today);
    written += termsInForce(today);
    return written;
  }

  private int approaching(LocalDate today) {
    Counter written = new Counter();
    ScanPosition start = later(position(APPROACHING, today), ScanPosition.startOf(today));
    ScanPosition reached =
        scanRequests(
            start,
            today.plus(notice.deadline()),
            summary ->
                committedDeadline(summary)
                    .ifPresent(
                        kind ->
                            written.add(
                                policy.deadlineApproaching(
                                    summary, kind, summary.nextDeadline().orElseThrow()))));
    progress.save(APPROACHING, reached.text(), clock.instant());
    return written.count;
  }

  private int missed(LocalDate today) {
    Counter written = new Counter();
    ScanPosition reached =
        scanRequests(
            position(MISSED, today.minusDays(1)),
            today.minusDays(1),
            summary ->
                committedDeadline(summary)
                    .ifPresent(
                        kind ->
                            written.add(
                                policy.deadlineMissed(
                                    summary, kind, summary.nextDeadline().orElseThrow()))));
    progress.save(MISSED, reached.text(), clock.instant());
    return written.count;
  }

  private int dueAgain(LocalDate today) {
    Counter written = new Counter();
    ScanPosition reached =
        scanRequests(
            position(DUE_AGAIN, today.minusDays(1)),
            today,
            summary -> {
              if (summary.status() == RequestStatus.POSTPONED) {
                requests
                    .findById(summary.id())
                    .ifPresent(
                        r ->
                            policy
                                .dueAgain(r, summary.nextDeadline().orElseThrow())
                                .forEach(written::add));
              }
            });
    progress.save(DUE_AGAIN, reached.text(), clock.instant());
    return written.count;
  }

  private int quotesExpiring(LocalDate today) {
    Counter written = new Counter();
    LocalDate through = today.plus(notice.quote());
    ScanPosition start = later(position(QUOTES, today), ScanPosition.startOf(today));
    List<ScanPosition> rows = candidates.quotesValidUntil(start, through, notice.batch());
    for (ScanPosition row : rows) {
      Optional<Quote> quote = quotes.findById(QuoteId.of(row.id()));
      if (quote.isPresent() && quote.get().status(clock) == QuoteStatus.PROPOSED) {
        requests
            .findById(quote.get().requestId())
            .ifPresent(r -> written.add(policy.quoteExpiring(quote.get(), r.requester())));
      }
    }
    progress.save(QUOTES, reachedAfter(rows, through).text(), clock.instant());
    return written.count;
  }

  private int participationsEnding(LocalDate today) {
    Counter written = new Counter();
    LocalDate through = today.plus(notice.participation());
    ScanPosition start = later(position(PARTICIPATIONS, today), ScanPosition.startOf(today));
    List<ScanPosition> rows = candidates.participationsEnding(start, through, notice.batch());
    for (ScanPosition row : rows) {
      written.add(policy.participationEnding(MemberId.of(row.id()), row.day()));
    }
    progress.save(PARTICIPATIONS, reachedAfter(rows, through).text(), clock.instant());
    return written.count;
  }

  /**
   * Versions that came into force since the last run, oldest first; each is announced to the
   * members yet to accept it, a batch per run, before the next version.
   */
  private int termsInForce(LocalDate today) {
    Counter written = new Counter();
    ScanPosition done = position(TERMS, today);
    List<TermsVersion> due =
        terms.all().stream()
            .filter(v -> !v.validFrom().isAfter(today))
            .filter(v -> done.precedes(v.validFrom(), v.label()))
            .sorted(
                Comparator.comparing(TermsVersion::validFrom).thenComparing(TermsVersion::label))
            .toList();
    int budget = notice.batch();
    for (TermsVersion version : due) {
      Optional<MemberId> after =
          progress
              .position(TERMS_MEMBERS)
              .filter(p -> p.startsWith(version.label() + "|"))
              .map(p -> p.substring(version.label().length() + 1))
              .filter(id -> !id.isEmpty())
              .map(MemberId::of);
      List<MemberId> members = candidates.yetToAccept(version.label(), after, budget);
      for (MemberId member : members) {
        written.add(policy.termsInForce(member, version));
      }
      budget -= members.size();
      if (budget <= 0) {
        MemberId last = members.get(members.size() - 1);
        progress.save(TERMS_MEMBERS, version.label() + "|" + last, clock.instant());
        return written.count;
      }
      progress.save(
          TERMS, new ScanPosition(version.validFrom(), version.label()).text(), clock.instant());
      progress.save(TERMS_MEMBERS, version.label() + "|", clock.instant());
    }
    return written.count;
  }

  /**
   * The deadline the Service committed to that the request's next deadline is, if it is one: the
   * agreed decision date while undecided, the solution deadline while no solution was proposed.
   */
  private static Optional<DeadlineKind> committedDeadline(RequestSummary summary) {
    LocalDate next = summary.nextDeadline().orElse(null);
    if (next == null) {
      return Optional.empty();
    }
    if (summary.status() == RequestStatus.SUBMITTED
        && summary.decisionDueOn().filter(next::equals).isPresent()) {
      return Optional.of(DeadlineKind.DECISION);
    }
    if (summary.status() == RequestStatus.ACCEPTED
        && !summary.hasSolution()
        && summary.solutionDueOn().filter(next::equals).isPresent()) {
      return Optional.of(DeadlineKind.SOLUTION);
    }
    return Optional.empty();
  }

  /**
   * Reads open requests by next deadline after {@code start} and through {@code through}, at most a
   * batch, and returns where the scan reached.
   */
  private ScanPosition scanRequests(
      ScanPosition start, LocalDate through, Consumer<RequestSummary> each) {
    if (start.day().isAfter(through)) {
      return start;
    }
    QueueCursor cursor =
        start.id().isEmpty()
            ? new QueueCursor(start.day().minusDays(1), LAST_ID)
            : new QueueCursor(start.day(), RequestId.of(start.id()));
    int budget = notice.batch();
    while (true) {
      int asked = Math.min(budget, 100) + 1;
      List<RequestSummary> page = requests.openByNextDeadline(Optional.of(cursor), asked);
      for (RequestSummary summary : page) {
        LocalDate day = summary.nextDeadline().orElseThrow();
        if (day.isAfter(through)) {
          return ScanPosition.startOf(through.plusDays(1));
        }
        cursor = QueueCursor.after(summary);
        if (day.isBefore(start.day())) {
          continue;
        }
        each.accept(summary);
        if (--budget == 0) {
          return new ScanPosition(day, summary.id().toString());
        }
      }
      if (page.size() < asked) {
        return ScanPosition.startOf(through.plusDays(1));
      }
    }
  }

  /** Where a scan that read {@code rows} reached: the last row when the batch was full. */
  private ScanPosition reachedAfter(List<ScanPosition> rows, LocalDate through) {
    return rows.size() >= notice.batch()
        ? rows.get(rows.size() - 1)
        : ScanPosition.startOf(through.plusDays(1));
  }

  private ScanPosition position(String check, LocalDate firstDay) {
    return progress.position(check).map(ScanPosition::parse).orElse(ScanPosition.startOf(firstDay));
  }

  private static ScanPosition later(ScanPosition a, ScanPosition b) {
    return a.precedes(b.day(), b.id()) ? b : a;
  }

  /** Counts what the outbox really wrote: a fact told before is not written again. */
  private final class Counter {
    private int count;

    void add(Notification notification) {
      if (outbox.add(notification)) {
        count++;
      }
    }
  }

  /**
   * How long before a date each reminder comes, and how many rows one run of a check reads.
   *
   * @param deadline before a deadline the Service committed to
   * @param quote before a quote expires
   * @param participation before a participation ends
   * @param batch the most rows a check reads per run; the next run goes on
   */
  public record Notice(Period deadline, Period quote, Period participation, int batch) {

    /**
     * One day before a deadline, two before a quote expires, thirty before a participation ends.
     */
    public static final Notice DEFAULT =
        new Notice(Period.ofDays(1), Period.ofDays(2), Period.ofDays(30), 500);

    /** Checks the arguments. */
    public Notice {
      Objects.requireNonNull(deadline, "deadline");
      Objects.requireNonNull(quote, "quote");
      Objects.requireNonNull(participation, "participation");
      if (deadline.isNegative() || quote.isNegative() || participation.isNegative() || batch < 1) {
        throw new IllegalArgumentException("Notice periods are not negative; a batch has a row");
      }
    }
  }
}
