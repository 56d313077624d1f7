package org.clubaide.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.HelpRequestRepository;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequestSummary;
import org.clubaide.core.request.RequesterCursor;
import org.clubaide.core.shared.ConflictException;

/**
 * Help requests kept in memory as snapshots, so that every read returns a fresh aggregate as a
 * database would, with optimistic locking on the snapshot version.
 */
public final class InMemoryHelpRequestRepository implements HelpRequestRepository {

  private static final Comparator<RequestSummary> BY_NEXT_DEADLINE =
      Comparator.comparing((RequestSummary s) -> s.nextDeadline().orElseThrow())
          .thenComparing(s -> s.id().value());

  private final Map<RequestId, HelpRequest.Snapshot> byId = new LinkedHashMap<>();

  @Override
  public void save(HelpRequest request) {
    HelpRequest.Snapshot stored = byId.get(request.id());
    boolean fresh = request.isNew() && stored == null;
    boolean current = !request.isNew() && stored != null && stored.version() == request.version();
    if (!fresh && !current) {
      throw ConflictException.concurrentUpdate("Help request " + request.id());
    }
    byId.put(request.id(), withVersion(request.snapshot(), request.version() + 1));
  }

  @Override
  public Optional<HelpRequest> findById(RequestId id) {
    return Optional.ofNullable(byId.get(id)).map(HelpRequest::restore);
  }

  @Override
  public List<RequestSummary> openByNextDeadline(Optional<QueueCursor> after, int limit) {
    return byId.values().stream()
        .filter(s -> s.status().isOpen())
        .map(s -> RequestSummary.of(HelpRequest.restore(s)))
        .filter(s -> after.map(cursor -> isAfter(s, cursor)).orElse(true))
        .sorted(BY_NEXT_DEADLINE)
        .limit(limit)
        .toList();
  }

  @Override
  public List<RequestSummary> byRequester(
      MemberId requester, Optional<RequesterCursor> after, int limit) {
    return byId.values().stream()
        .filter(s -> s.requester().equals(requester))
        .map(s -> RequestSummary.of(HelpRequest.restore(s)))
        .filter(s -> after.map(c -> c.precedes(s)).orElse(true))
        .sorted(
            Comparator.comparing(RequestSummary::submittedAt)
                .reversed()
                .thenComparing(s -> s.id().value()))
        .limit(limit)
        .toList();
  }

  /** How many requests are kept. */
  public int size() {
    return byId.size();
  }

  private static boolean isAfter(RequestSummary summary, QueueCursor cursor) {
    int byDeadline = summary.nextDeadline().orElseThrow().compareTo(cursor.nextDeadline());
    return byDeadline > 0
        || (byDeadline == 0 && summary.id().value().compareTo(cursor.id().value()) > 0);
  }

  private static HelpRequest.Snapshot withVersion(HelpRequest.Snapshot s, long version) {
    return new HelpRequest.Snapshot(
        s.id(),
        s.requester(),
        s.channel(),
        s.title(),
        s.description(),
        s.kinds(),
        s.neededBy(),
        s.submittedAt(),
        s.status(),
        s.decisionDueOn(),
        s.solutionDeadline(),
        s.postponedUntil(),
        s.statusBeforePostponement(),
        s.satisfaction(),
        s.solutions(),
        s.timeline(),
        version);
  }
}
