package org.clubaide.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.network.CallCursor;
import org.clubaide.core.network.CallForHelp;
import org.clubaide.core.network.CallForHelpRepository;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.CallStatus;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.RequestId;

/** Calls for help kept in memory as snapshots, so that an unsaved change is lost. */
public final class InMemoryCallRepository implements CallForHelpRepository {

  private final Map<CallId, CallForHelp.Snapshot> stored = new LinkedHashMap<>();

  @Override
  public void save(CallForHelp call) {
    stored.put(call.id(), call.snapshot());
  }

  @Override
  public Optional<CallForHelp> findById(CallId id) {
    return Optional.ofNullable(stored.get(id)).map(CallForHelp::restore);
  }

  @Override
  public List<CallForHelp> openForRequest(RequestId request) {
    List<CallForHelp> open = new ArrayList<>();
    for (CallForHelp.Snapshot s : stored.values()) {
      if (s.requestId().equals(request) && s.status() == CallStatus.OPEN) {
        open.add(CallForHelp.restore(s));
      }
    }
    open.sort(Comparator.comparing(CallForHelp::sentAt));
    return open;
  }

  @Override
  public List<CallForHelp> sentTo(Participant recipient, Optional<CallCursor> after, int limit) {
    return stored.values().stream()
        .filter(s -> s.recipients().contains(recipient))
        .filter(s -> after.map(c -> c.precedes(s.sentAt(), s.id())).orElse(true))
        .map(CallForHelp::restore)
        .sorted(
            Comparator.comparing(CallForHelp::sentAt)
                .reversed()
                .thenComparing(c -> c.id().toString()))
        .limit(limit)
        .toList();
  }
}
