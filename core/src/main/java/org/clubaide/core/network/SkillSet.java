package org.clubaide.core.network;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The skills of a {@link Candidate}: an immutable set laid out for the matcher, which reads
 * hundreds of thousands of them per call. Besides the tags it keeps their hash codes side by side
 * and a 64-bit signature (one bit per tag, chosen by its hash), so that most candidates offering
 * none of the wanted skills are told apart from the signature alone, without reading a tag or its
 * text, and the others by comparing a few integers before any text (docs/performance.md).
 */
final class SkillSet extends AbstractSet<SkillTag> {

  private static final SkillSet EMPTY = new SkillSet(new SkillTag[0]);

  private final SkillTag[] tags;
  private final int[] hashes;
  private final long signature;

  private SkillSet(SkillTag[] tags) {
    this.tags = tags;
    this.hashes = new int[tags.length];
    long bits = 0;
    for (int i = 0; i < tags.length; i++) {
      hashes[i] = tags[i].hashCode();
      bits |= bit(hashes[i]);
    }
    this.signature = bits;
  }

  /** The distinct tags of the collection; no element may be null. */
  static SkillSet of(Collection<SkillTag> skills) {
    if (skills instanceof SkillSet already) {
      return already;
    }
    SkillTag[] distinct =
        skills.stream().map(t -> Objects.requireNonNull(t, "skill")).distinct().toArray(SkillTag[]::new);
    return distinct.length == 0 ? EMPTY : new SkillSet(distinct);
  }

  /** The signature bit of a hash code: its well-mixed low six bits. */
  static long bit(int hash) {
    int mixed = hash * 0x9E3779B9;
    return 1L << (mixed >>> 26);
  }

  /** The signature of a set of hash codes, as {@link #bit} builds it. */
  static long signatureOf(int[] hashes) {
    long bits = 0;
    for (int hash : hashes) {
      bits |= bit(hash);
    }
    return bits;
  }

  /**
   * How many of the wanted tags this set holds.
   *
   * @param wanted distinct tags
   * @param wantedHashes their hash codes, in the same order
   * @param wantedSignature {@link #signatureOf} the hash codes
   */
  int overlap(SkillTag[] wanted, int[] wantedHashes, long wantedSignature) {
    if ((signature & wantedSignature) == 0) {
      return 0;
    }
    int overlap = 0;
    for (int w = 0; w < wanted.length; w++) {
      int hash = wantedHashes[w];
      for (int i = 0; i < hashes.length; i++) {
        if (hashes[i] == hash && tags[i].equals(wanted[w])) {
          overlap++;
          break;
        }
      }
    }
    return overlap;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof SkillTag tag)) {
      return false;
    }
    int hash = tag.hashCode();
    if ((signature & bit(hash)) == 0) {
      return false;
    }
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == hash && tags[i].equals(tag)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int size() {
    return tags.length;
  }

  @Override
  public Iterator<SkillTag> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < tags.length;
      }

      @Override
      public SkillTag next() {
        if (next >= tags.length) {
          throw new NoSuchElementException();
        }
        return tags[next++];
      }
    };
  }

  @Override
  public Object[] toArray() {
    return Arrays.copyOf(tags, tags.length, Object[].class);
  }
}
