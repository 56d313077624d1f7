package org.clubaide.core.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.testing.Actors;
import org.clubaide.core.testing.HelpRequests;
import org.clubaide.core.testing.InMemoryHelpRequestRepository;
import org.clubaide.core.testing.MutableClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the {@link HelpRequestRepository} port promises, shown on the in-memory adapter: a change
 * made on a stale copy is refused rather than silently dropping someone else's event.
 */
class HelpRequestRepositoryContractTest {

  private final MutableClock clock = MutableClock.atServiceStart();
  private final InMemoryHelpRequestRepository repository = new InMemoryHelpRequestRepository();

  @Test
  @DisplayName("R-REQ-10 a change saved on a stale copy is refused, so no timeline event is lost")
  void staleCopyIsRefused() {
    HelpRequest request = HelpRequests.submitted(clock);
    repository.save(request);
    HelpRequest first = repository.findById(request.id()).orElseThrow();
    HelpRequest second = repository.findById(request.id()).orElseThrow();
    first.askQuestion(Actors.agent(), "Which month?", clock);
    repository.save(first);
    second.decline(Actors.agent(), "Not competent", clock);

    ConflictException refused =
        assertThrows(ConflictException.class, () -> repository.save(second));

    assertEquals("CONCURRENT-UPDATE", refused.rule());
    assertEquals(
        "Help request "
            + request.id()
            + " was changed by someone else in the meantime. Reload it and try again.",
        refused.getMessage());
    HelpRequest kept = repository.findById(request.id()).orElseThrow();
    assertEquals(RequestStatus.SUBMITTED, kept.status());
    assertInstanceOf(RequestEvent.QuestionAsked.class, kept.timeline().get(1));
  }

  @Test
  @DisplayName("R-REQ-10 a reloaded request hands adapters only the events added since it was read")
  void onlyNewEventsAreHandedOver() {
    HelpRequest request = HelpRequests.submitted(clock);
    repository.save(request);
    HelpRequest reloaded = repository.findById(request.id()).orElseThrow();

    reloaded.askQuestion(Actors.agent(), "Which month?", clock);

    assertEquals(1, reloaded.newEvents().size());
    assertInstanceOf(RequestEvent.QuestionAsked.class, reloaded.newEvents().get(0));
    assertEquals(1, reloaded.version());
  }
}
