package org.clubaide.core.network;

import java.util.ArrayList;
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

/**
 * Help requests in memory, kept as snapshots so that an unsaved change is lost as in a database.
 */
final class InMemoryHelpRequests implements HelpRequestRepository {

  private final Map<RequestId, HelpRequest.Snapshot> stored = new LinkedHashMap<>();

  @Override
  public void save(HelpRequest request) {
    stored.put(request.id(), request.snapshot());
  }

  @Override
  public Optional<HelpRequest> findById(RequestId id) {
    return Optional.ofNullable(stored.get(id)).map(HelpRequest::restore);
  }

  @Override
  public List<RequestSummary> openByNextDeadline(Optional<QueueCursor> after, int limit) {
    List<RequestSummary> open = new ArrayList<>();
    for (HelpRequest.Snapshot snapshot : stored.values()) {
      RequestSummary summary = RequestSummary.of(HelpRequest.restore(snapshot));
      if (summary.status().isOpen() && after.map(c -> isAfter(summary, c)).orElse(true)) {
        open.add(summary);
      }
    }
    open.sort(
        Comparator.comparing((RequestSummary s) -> s.nextDeadline().orElseThrow())
            .thenComparing(s -> s.id().value()));
    return open.subList(0, Math.min(limit, open.size()));
  }

  private static boolean isAfter(RequestSummary summary, QueueCursor cursor) {
    int byDeadline = summary.nextDeadline().orElseThrow().compareTo(cursor.nextDeadline());
    return byDeadline > 0
        || (byDeadline == 0 && summary.id().value().compareTo(cursor.id().value()) > 0);
  }

  @Override
  public List<RequestSummary> byRequester(
      MemberId requester, Optional<RequesterCursor> after, int limit) {
    List<RequestSummary> mine = new ArrayList<>();
    for (HelpRequest.Snapshot snapshot : stored.values()) {
      RequestSummary summary = RequestSummary.of(HelpRequest.restore(snapshot));
      if (snapshot.requester().equals(requester)
          && after.map(c -> c.precedes(summary)).orElse(true)) {
        mine.add(summary);
      }
    }
    mine.sort(
        Comparator.comparing(RequestSummary::submittedAt)
            .reversed()
            .thenComparing(s -> s.id().value()));
    return mine.subList(0, Math.min(limit, mine.size()));
  }
}
