package org.clubaide.bench;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.clubaide.core.member.Member;
import org.clubaide.core.network.AnonymityPolicy;
import org.clubaide.core.network.AnonymousRequestView;
import org.clubaide.core.network.SkillTag;
import org.clubaide.core.request.HelpRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Building the anonymous view of a request and checking it reveals nobody (R-NET-2). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnonymousViewBenchmark {

  private final AnonymityPolicy policy =
      new AnonymityPolicy("benchmark-label-key-0123456789".getBytes(StandardCharsets.UTF_8));
  private Member requester;
  private HelpRequest request;
  private Set<SkillTag> wanted;

  /** Builds the request once. */
  @Setup
  public void setUp() {
    requester = BenchData.member(5);
    request = BenchData.request(requester);
    wanted = Set.of(SkillTag.of("droit des contrats"), SkillTag.of("export"));
  }

  /** The view an agent previews before calling the network. */
  @Benchmark
  public AnonymousRequestView anonymise() {
    return policy.anonymise(
        request,
        requester,
        "Une PME doit faire relire un contrat de sous-traitance à l'export avant la fin du mois.",
        wanted);
  }
}
