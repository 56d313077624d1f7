package org.clubaide.core.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.request.RequestId;

/** Introductions in memory, kept as snapshots so that an unsaved change is lost. */
final class InMemoryIntroductions implements IntroductionRepository {

  private final Map<IntroductionId, Introduction.Snapshot> stored = new LinkedHashMap<>();
  final List<IntroductionEvent> published = new ArrayList<>();

  @Override
  public void save(Introduction introduction) {
    published.addAll(introduction.newEvents());
    stored.put(introduction.id(), introduction.snapshot());
  }

  @Override
  public Optional<Introduction> findById(IntroductionId id) {
    return Optional.ofNullable(stored.get(id)).map(Introduction::restore);
  }

  @Override
  public List<Introduction> forRequest(RequestId request) {
    List<Introduction> found = new ArrayList<>();
    for (Introduction.Snapshot snapshot : stored.values()) {
      if (snapshot.requestId().equals(request)) {
        found.add(Introduction.restore(snapshot));
      }
    }
    return found;
  }

  @Override
  public Optional<Introduction> findByCallAndHelper(CallId call, Participant helper) {
    for (Introduction.Snapshot snapshot : stored.values()) {
      if (snapshot.callId().equals(call) && snapshot.helper().equals(helper)) {
        return Optional.of(Introduction.restore(snapshot));
      }
    }
    return Optional.empty();
  }

  @Override
  public List<Introduction> involving(
      Participant party, Optional<IntroductionCursor> after, int limit) {
    List<Introduction> found = new ArrayList<>();
    for (Introduction.Snapshot snapshot : stored.values()) {
      boolean isParty = party.isMember(snapshot.requester()) || snapshot.helper().equals(party);
      if (isParty && after.map(c -> c.precedes(snapshot.proposedAt(), snapshot.id())).orElse(true)) {
        found.add(Introduction.restore(snapshot));
      }
    }
    found.sort(
        Comparator.comparing(Introduction::proposedAt)
            .reversed()
            .thenComparing(i -> i.id().toString()));
    return found.subList(0, Math.min(limit, found.size()));
  }
}
