package org.clubaide.core.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.member.MemberId;

/**
 * Finds the members and partners to call on for a request, by the skills the agent chose for it
 * (R-NET-1, R-MEM-3).
 *
 * <p><b>Eligibility.</b> A candidate is retained if and only if all of the following hold:
 *
 * <ol>
 *   <li>they are not the requester (a member is never called on for their own request);
 *   <li>they offered their skills to the network ({@link Candidate#offeredToNetwork()});
 *   <li>their participation is active ({@link Candidate#active()}) and they accepted the terms
 *       version in force ({@link Candidate#acceptedCurrentTerms()});
 *   <li>they offer at least one of the wanted skills, tags being compared after normalisation
 *       (case, accents, ligatures and white space do not matter; see {@link SkillTag}).
 * </ol>
 *
 * <p>The visibility a member chose for their skills (R-MEM-4) does not matter: it governs what
 * other members see, while matching is done by the central Service, which always sees them, and
 * candidates are never shown to the requester or to each other.
 *
 * <p><b>Ranking.</b> Retained candidates are ordered by:
 *
 * <ol>
 *   <li>the number of wanted skills they offer (the overlap), most first;
 *   <li>then a tie-break key derived from the request identifier and the candidate's identifier (a
 *       64-bit mix of both): the same request always gives the same order, while different requests
 *       spread the first places among equally qualified candidates, so that the same people are not
 *       always asked first;
 *   <li>then members before partners, then the candidate's identifier, so that the order is total.
 * </ol>
 *
 * Members and partners are otherwise treated alike. The first {@link MatchQuery#limit()} candidates
 * are returned.
 *
 * <p><b>Cost.</b> One pass over the candidates: for each, three flag tests and a test of the
 * 64-bit signature of its skills against the wanted ones'; when they share a bit, {@code wanted ×
 * offered} integer comparisons of hash codes and an equality test on equal hashes. A candidate
 * offering fewer wanted skills than the worst of a full heap is dropped there; the others get an
 * identity test and go through the heap bounded by the limit. Time is O(C · min(w, s) + R · log N) for C candidates, w wanted and s offered skills, R
 * retained and N the limit; extra memory is O(N + w).
 */
public final class SkillMatcher {

  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingInt(Scored::overlap)
          .reversed()
          .thenComparing((a, b) -> Long.compareUnsigned(a.tieKey(), b.tieKey()))
          .thenComparingInt(s -> s.candidate().participant().kindOrder())
          .thenComparing(s -> s.candidate().participant().uuid());

  /** Creates the matcher; it holds no state and may be shared. */
  public SkillMatcher() {}

  /**
   * The best candidates for the query, best first, by the eligibility and ranking rules above.
   *
   * @param query the request, its requester, the wanted skills and the limit
   * @param candidates every member and partner of the directory
   * @return at most {@code query.limit()} matches, each with the wanted skills it offers
   */
  public List<Match> rank(MatchQuery query, Iterable<Candidate> candidates) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(candidates, "candidates");
    Set<SkillTag> wantedSet = new HashSet<>(query.wanted());
    SkillTag[] wanted = wantedSet.toArray(new SkillTag[0]);
    int[] wantedHashes = new int[wanted.length];
    for (int w = 0; w < wanted.length; w++) {
      wantedHashes[w] = wanted[w].hashCode();
    }
    long wantedSignature = SkillSet.signatureOf(wantedHashes);
    long seed = requestSeed(query.request().value());
    int limit = query.limit();
    PriorityQueue<Scored> kept = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
    MemberId requester = query.requester();
    for (Candidate candidate : candidates) {
      if (!candidate.mayBeCalledOn()) {
        continue;
      }
      // A candidate's skills are always a SkillSet (Candidate's constructor makes them one).
      int overlap = ((SkillSet) candidate.skills()).overlap(wanted, wantedHashes, wantedSignature);
      // The requester test reads the participant's identifier, three objects away: only for the
      // few candidates that offer a wanted skill (docs/performance.md).
      if (overlap == 0) {
        continue;
      }
      // Once the heap is full, a candidate offering fewer wanted skills than the worst kept one
      // cannot enter it: skip it before reading its identifier for the tie key, which costs a
      // few cache misses per candidate (docs/performance.md).
      if (kept.size() == limit && overlap < kept.peek().overlap()) {
        continue;
      }
      if (candidate.participant().isMember(requester)) {
        continue;
      }
      Scored scored = new Scored(candidate, overlap, tieKey(seed, candidate.participant()));
      if (kept.size() < limit) {
        kept.add(scored);
      } else if (BEST_FIRST.compare(scored, kept.peek()) < 0) {
        kept.poll();
        kept.add(scored);
      }
    }
    List<Scored> best = new ArrayList<>(kept);
    best.sort(BEST_FIRST);
    List<Match> matches = new ArrayList<>(best.size());
    for (Scored scored : best) {
      Set<SkillTag> matched = new HashSet<>();
      for (SkillTag tag : wanted) {
        if (scored.candidate().skills().contains(tag)) {
          matched.add(tag);
        }
      }
      matches.add(new Match(scored.candidate().participant(), scored.overlap(), matched));
    }
    return List.copyOf(matches);
  }

  private static long requestSeed(UUID request) {
    return mix(request.getMostSignificantBits() ^ mix(request.getLeastSignificantBits()));
  }

  private static long tieKey(long seed, Participant participant) {
    UUID id = participant.uuid();
    long ofCandidate = mix(id.getMostSignificantBits() ^ mix(id.getLeastSignificantBits()));
    ofCandidate += participant.kindOrder();
    return mix(seed ^ ofCandidate);
  }

  /** The finaliser of SplitMix64: a fixed, well-spread mix of 64 bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private record Scored(Candidate candidate, int overlap, long tieKey) {}
}
