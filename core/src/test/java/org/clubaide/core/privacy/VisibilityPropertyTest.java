package org.clubaide.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
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
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ConsentChange;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.testing.Members;
import org.clubaide.core.testing.MutableClock;

/**
 * R-MEM-4 and R-MEM-5 as properties: whatever choices a member makes, in whatever order, the
 * consent history ends on the current choice of each group and grows only on real changes; an
 * anonymous viewer never sees anything, and another member sees exactly the groups opened to them.
 */
class VisibilityPropertyTest {

  private static final String ADA = "ada@example.org";

  private final ProfileVisibilityPolicy policy = new ProfileVisibilityPolicy();

  /** One choice: which group, which visibility, made by the member or by an agent. */
  record Choice(FieldGroup group, Visibility visibility, boolean byAgent) {}

  @Provide
  Arbitrary<List<Choice>> choices() {
    Arbitrary<Choice> choice =
        Combinators.combine(
                Arbitraries.of(FieldGroup.class),
                Arbitraries.of(Visibility.class),
                Arbitraries.of(true, false))
            .as(Choice::new);
    return choice.list().ofMaxSize(30);
  }

  @Property(tries = 300)
  @Label(
      "R-MEM-5 for any sequence of choices the history's last entry per group is the current one")
  void historyEndsOnTheCurrentChoice(@ForAll("choices") List<Choice> choices) {
    MutableClock clock = MutableClock.atServiceStart();
    Member member = Members.aMember(ADA, clock);
    int initial = member.consentHistory().size();
    int changes = 0;
    for (Choice c : choices) {
      clock.advanceDays(1);
      Visibility before = member.visibilityOf(c.group());
      String by = c.byAgent() ? "agent@clubaide.invalid" : ADA;
      member.changeVisibility(c.group(), c.visibility(), by, clock.instant());
      changes += before == c.visibility() ? 0 : 1;
    }

    Member stored = Member.restore(member.snapshot());
    for (FieldGroup group : FieldGroup.values()) {
      List<ConsentChange> ofGroup =
          stored.consentHistory().stream().filter(c -> c.group() == group).toList();
      assertEquals(stored.visibilityOf(group), ofGroup.get(ofGroup.size() - 1).visibility());
    }
    assertEquals(initial + changes, stored.consentHistory().size());
    List<Instant> times = stored.consentHistory().stream().map(ConsentChange::changedAt).toList();
    assertEquals(times.stream().sorted().toList(), times, "the history is in time order");
  }

  @Property(tries = 300)
  @Label(
      "R-MEM-4 whatever the choices, an anonymous viewer sees nothing and a member sees the opened")
  void viewersSeeWhatTheChoicesAllow(@ForAll("choices") List<Choice> choices) {
    MutableClock clock = MutableClock.atServiceStart();
    Member member = Members.aMember(ADA, clock);
    member.changePhoto(Optional.of("photos/ada.jpg"), ADA, clock.instant());
    for (Choice c : choices) {
      member.changeVisibility(c.group(), c.visibility(), ADA, clock.instant());
    }
    Set<FieldGroup> opened = EnumSet.noneOf(FieldGroup.class);
    for (FieldGroup group : FieldGroup.values()) {
      if (member.visibilityOf(group) == Visibility.MEMBERS) {
        opened.add(group);
      }
    }
    Actor otherMember = Actor.member("bob@example.org", MemberId.newId());

    assertTrue(policy.viewOf(member, Optional.empty()).isEmpty());
    assertEquals(opened, policy.visibleGroups(member, Optional.of(otherMember)));
    ProfileView seen = policy.viewOf(member, Optional.of(otherMember));
    assertEquals(opened.contains(FieldGroup.IDENTITY), seen.identity().isPresent());
    assertEquals(opened.contains(FieldGroup.CONTACT_DETAILS), seen.contact().isPresent());
    assertEquals(opened.contains(FieldGroup.SKILLS), seen.profile().isPresent());
    assertEquals(opened.contains(FieldGroup.PHOTO), seen.photoRef().isPresent());
  }
}
