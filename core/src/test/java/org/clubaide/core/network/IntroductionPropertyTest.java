package org.clubaide.core.network;

import org.clubaide.core.testing.MutableClock;
import java.time.ZoneOffset;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.shared.IllegalTransitionException;
import org.clubaide.core.shared.RuleViolationException;

/**
 * R-NET-3 as a property: for any sequence of agreements, refusals, cancellations and look-ups, a
 * party gets the other's contact details if and only if both agreed in writing, and the contact
 * book is not even read before that.
 */
class IntroductionPropertyTest {

  private static final ContactDetails REQUESTER_CONTACT =
      new ContactDetails("asker@example.org", "06 11 22 33 44", "1 rue A, 75001 Paris");
  private static final ContactDetails HELPER_CONTACT =
      new ContactDetails("helper@example.org", "06 55 66 77 88", "2 rue B, 69001 Lyon");

  enum Kind {
    CONSENT,
    REFUSE,
    CANCEL,
    LOOK_UP,
    OUTSIDER_LOOKS_UP
  }

  record Step(Kind kind, IntroductionSide side, Channel channel) {}

  @Property(tries = 500)
  @Label("R-NET-3 contact details pass only when both parties agreed, whatever the sequence")
  void contactsPassOnlyWithBothConsents(@ForAll("sequences") List<Step> steps) {
    MutableClock clock = MutableClock.at(Instant.parse("2025-03-03T09:00:00Z"), ZoneOffset.UTC);
    MemberId requesterId = MemberId.newId();
    Participant requester = Participant.member(requesterId);
    Participant helper = Participant.partner(PartnerId.newId());
    RecordingContactBook contacts =
        new RecordingContactBook().with(requester, REQUESTER_CONTACT).with(helper, HELPER_CONTACT);
    Introduction introduction =
        Introduction.propose(
            RequestId.newId(), CallId.newId(), requesterId, helper, "agent", clock);

    Set<IntroductionSide> agreed = EnumSet.noneOf(IntroductionSide.class);
    boolean ended = false;
    for (Step step : steps) {
      Participant actor = introduction.party(step.side());
      switch (step.kind()) {
        case CONSENT -> {
          if (step.channel() == Channel.PHONE) {
            assertThrows(RuleViolationException.class, () -> consent(introduction, step, clock));
          } else if (ended || agreed.contains(step.side())) {
            assertThrows(
                IllegalTransitionException.class, () -> consent(introduction, step, clock));
          } else {
            consent(introduction, step, clock);
            agreed.add(step.side());
          }
        }
        case REFUSE, CANCEL -> {
          if (ended || agreed.size() == 2) {
            assertThrows(IllegalTransitionException.class, () -> end(introduction, step, clock));
          } else {
            end(introduction, step, clock);
            ended = true;
          }
        }
        case LOOK_UP -> {
          Optional<ContactDetails> seen = introduction.contactOfOtherSide(actor, contacts);
          boolean both = agreed.size() == 2;
          assertEquals(both, seen.isPresent());
          if (both) {
            assertEquals(
                step.side() == IntroductionSide.REQUESTER ? HELPER_CONTACT : REQUESTER_CONTACT,
                seen.orElseThrow());
          }
        }
        case OUTSIDER_LOOKS_UP ->
            assertThrows(
                AccessDeniedException.class,
                () ->
                    introduction.contactOfOtherSide(
                        Participant.member(MemberId.newId()), contacts));
      }
      if (agreed.size() < 2) {
        assertTrue(contacts.lookups.isEmpty(), "contacts were read before both agreed");
        assertTrue(introduction.contactOfOtherSide(requester, contacts).isEmpty());
        assertTrue(introduction.contactOfOtherSide(helper, contacts).isEmpty());
      }
      if (ended) {
        assertEquals(
            IntroductionView.Outcome.NOT_POSSIBLE, introduction.viewFor(requester).outcome());
        assertEquals(IntroductionView.Outcome.NOT_POSSIBLE, introduction.viewFor(helper).outcome());
      }
    }
    Statistics.label("end state").collect(introduction.status());
    Statistics.label("end state")
        .coverage(checker -> checker.check(IntroductionStatus.AGREED).percentage(p -> p > 5));
  }

  private static void consent(Introduction introduction, Step step, MutableClock clock) {
    introduction.consent(step.side(), step.channel(), "someone", clock);
  }

  private static void end(Introduction introduction, Step step, MutableClock clock) {
    if (step.kind() == Kind.REFUSE) {
      introduction.refuse(step.side(), step.channel(), "someone", clock);
    } else {
      introduction.cancel("agent", clock);
    }
  }

  @Provide
  Arbitrary<List<Step>> sequences() {
    Arbitrary<Kind> kinds =
        Arbitraries.frequency(
            Tuple.of(6, Kind.CONSENT),
            Tuple.of(1, Kind.REFUSE),
            Tuple.of(1, Kind.CANCEL),
            Tuple.of(4, Kind.LOOK_UP),
            Tuple.of(1, Kind.OUTSIDER_LOOKS_UP));
    Arbitrary<Channel> channels =
        Arbitraries.frequency(
            Tuple.of(4, Channel.WEB), Tuple.of(2, Channel.EMAIL), Tuple.of(1, Channel.PHONE));
    Arbitrary<Step> step =
        Combinators.combine(kinds, Arbitraries.of(IntroductionSide.class), channels).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(12);
  }
}
