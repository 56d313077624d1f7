package org.clubaide.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/**
 * The compact set a candidate's skills are kept in behaves exactly as a {@link HashSet} of the same
 * tags, and its overlap count is the size of the intersection (R-NET-1 ranking relies on it).
 */
class SkillSetPropertyTest {

  @Provide
  Arbitrary<List<SkillTag>> tags() {
    // A small vocabulary, so that sets often share tags and hash signatures collide.
    return Arbitraries.of(
            "comptabilite", "droit social", "paie", "fiscalite", "export", "douane", "qualite",
            "banque", "assurance", "immobilier", "marketing", "logistique", "achats", "reseaux",
            "securite", "gestion", "recrutement", "informatique", "communication", "juridique")
        .map(SkillTag::new)
        .list()
        .ofMaxSize(12);
  }

  @Property
  @Label("R-NET-1 a candidate's skills hold, count and compare as a HashSet of the same tags")
  void behavesAsAHashSet(@ForAll("tags") List<SkillTag> offered, @ForAll("tags") List<SkillTag> probe) {
    Set<SkillTag> reference = new HashSet<>(offered);
    SkillSet set = SkillSet.of(offered);

    assertEquals(reference.size(), set.size());
    assertEquals(reference, set);
    assertEquals(set, reference);
    assertEquals(reference.hashCode(), set.hashCode());
    assertEquals(reference, new HashSet<>(List.of(set.toArray(new SkillTag[0]))));
    for (SkillTag tag : probe) {
      assertEquals(reference.contains(tag), set.contains(tag), tag.value());
    }
    assertEquals(false, set.contains("comptabilite"));
  }

  @Property
  @Label("R-NET-1 the overlap with the wanted skills is the size of the intersection")
  void overlapIsTheIntersection(
      @ForAll("tags") List<SkillTag> offered, @ForAll("tags") List<SkillTag> wantedList) {
    SkillTag[] wanted = new HashSet<>(wantedList).toArray(new SkillTag[0]);
    int[] hashes = new int[wanted.length];
    for (int i = 0; i < wanted.length; i++) {
      hashes[i] = wanted[i].hashCode();
    }
    Set<SkillTag> intersection = new HashSet<>(offered);
    intersection.retainAll(List.of(wanted));

    assertEquals(
        intersection.size(),
        SkillSet.of(offered).overlap(wanted, hashes, SkillSet.signatureOf(hashes)));
  }

  @Example
  @Label("the set cannot be changed and its iterator ends cleanly")
  void immutable() {
    SkillSet set = SkillSet.of(List.of(new SkillTag("paie")));
    List<SkillTag> seen = new ArrayList<>();
    var iterator = set.iterator();
    while (iterator.hasNext()) {
      seen.add(iterator.next());
    }

    assertEquals(List.of(new SkillTag("paie")), seen);
    assertThrows(NoSuchElementException.class, iterator::next);
    assertThrows(UnsupportedOperationException.class, () -> set.add(new SkillTag("banque")));
    assertThrows(NullPointerException.class, () -> SkillSet.of(java.util.Arrays.asList((SkillTag) null)));
    assertEquals(set, SkillSet.of(set));
  }
}
