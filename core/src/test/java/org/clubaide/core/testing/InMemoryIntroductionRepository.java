package org.clubaide.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.Introduction;
import org.clubaide.core.network.IntroductionCursor;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.IntroductionRepository;
import org.clubaide.core.network.Participant;
import org.clubaide.core.request.RequestId;

/** Introductions kept in memory as snapshots, so that an unsaved change is lost. */
public final class InMemoryIntroductionRepository implements IntroductionRepository {

  private final Map<IntroductionId, Introduction.Snapshot> stored = new LinkedHashMap<>();

  @Override
  public void save(Introduction introduction) {
    stored.put(introduction.id(), introduction.snapshot());
  }

  @Override
  public Optional<Introduction> findById(IntroductionId id) {
    return Optional.ofNullable(stored.get(id)).map(Introduction::restore);
  }

  @Override
  public List<Introduction> forRequest(RequestId request) {
    return stored.values().stream()
        .filter(s -> s.requestId().equals(request))
        .map(Introduction::restore)
        .toList();
  }

  @Override
  public Optional<Introduction> findByCallAndHelper(CallId call, Participant helper) {
    return stored.values().stream()
        .filter(s -> s.callId().equals(call) && s.helper().equals(helper))
        .findFirst()
        .map(Introduction::restore);
  }

  @Override
  public List<Introduction> involving(
      Participant party, Optional<IntroductionCursor> after, int limit) {
    return stored.values().stream()
        .filter(s -> party.isMember(s.requester()) || s.helper().equals(party))
        .filter(s -> after.map(c -> c.precedes(s.proposedAt(), s.id())).orElse(true))
        .map(Introduction::restore)
        .sorted(
            Comparator.comparing(Introduction::proposedAt)
                .reversed()
                .thenComparing(i -> i.id().toString()))
        .limit(limit)
        .toList();
  }
}
