package org.clubaide.bench;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.Candidate;
import org.clubaide.core.network.Match;
import org.clubaide.core.network.MatchQuery;
import org.clubaide.core.network.SkillMatcher;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.request.RequestId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Ranking the members of the network for one request by skill overlap (R-NET-1). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchingBenchmark {

  /** How many members the directory holds. */
  @Param({"100000"})
  public int candidates;

  private List<Candidate> directory;
  private MatchQuery query;
  private final SkillMatcher matcher = new SkillMatcher();

  /** Builds the directory and the query once. */
  @Setup
  public void setUp() {
    directory = BenchData.candidates(candidates, 42);
    Set<SkillTag> wanted =
        BenchData.SKILLS.subList(0, 5).stream().map(SkillTag::of).collect(Collectors.toSet());
    query = new MatchQuery(RequestId.newId(), MemberId.newId(), wanted, 20);
  }

  /** The top 20 members for a request wanting 5 skills. */
  @Benchmark
  public List<Match> rankTop20() {
    return matcher.rank(query, directory);
  }
}
