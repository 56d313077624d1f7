package org.clubaide.core.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.request.RequestId;

/** Calls for help in memory, kept as snapshots so that an unsaved change is lost. */
final class InMemoryCalls implements CallForHelpRepository {

  private final Map<CallId, CallForHelp.Snapshot> stored = new LinkedHashMap<>();
  final List<CallEvent> published = new ArrayList<>();

  @Override
  public void save(CallForHelp call) {
    published.addAll(call.newEvents());
    stored.put(call.id(), call.snapshot());
  }

  @Override
  public Optional<CallForHelp> findById(CallId id) {
    return Optional.ofNullable(stored.get(id)).map(CallForHelp::restore);
  }

  @Override
  public List<CallForHelp> openForRequest(RequestId request) {
    List<CallForHelp> open = new ArrayList<>();
    for (CallForHelp.Snapshot snapshot : stored.values()) {
      if (snapshot.requestId().equals(request) && snapshot.status() == CallStatus.OPEN) {
        open.add(CallForHelp.restore(snapshot));
      }
    }
    open.sort(Comparator.comparing(CallForHelp::sentAt));
    return open;
  }

  @Override
  public List<CallForHelp> sentTo(
      Participant recipient, Optional<CallCursor> after, int limit) {
    List<CallForHelp> sent = new ArrayList<>();
    for (CallForHelp.Snapshot snapshot : stored.values()) {
      if (snapshot.recipients().contains(recipient)
          && after.map(c -> c.precedes(snapshot.sentAt(), snapshot.id())).orElse(true)) {
        sent.add(CallForHelp.restore(snapshot));
      }
    }
    sent.sort(
        Comparator.comparing(CallForHelp::sentAt)
            .reversed()
            .thenComparing(c -> c.id().toString()));
    return sent.subList(0, Math.min(limit, sent.size()));
  }
}
