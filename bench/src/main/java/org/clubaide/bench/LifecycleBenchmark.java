package org.clubaide.bench;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.request.AcceptanceRoute;
import org.clubaide.core.request.HelpRequest;
import org.clubaide.core.request.Satisfaction;
import org.clubaide.core.request.SolutionDeadline;
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

/** A request's whole lifecycle: submit, question, answer, accept, solution, close (R-REQ-*). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LifecycleBenchmark {

  private Member requester;
  private Actor member;
  private final Actor agent = Actor.agent("agent");

  /** Builds the requester once. */
  @Setup
  public void setUp() {
    requester = BenchData.member(3);
    member = Actor.member(requester.contact().email(), requester.id());
  }

  /** Six transitions with their rule checks and timeline events. */
  @Benchmark
  public HelpRequest fullLifecycle() {
    HelpRequest request = BenchData.request(requester);
    request.askQuestion(agent, "Pour quelle date exactement ?", BenchData.CLOCK);
    request.answerQuestion(member, "Le 28.", BenchData.CLOCK);
    request.accept(
        agent,
        AcceptanceRoute.NETWORK,
        SolutionDeadline.fixed(LocalDate.now(BenchData.CLOCK).plusDays(7)),
        BenchData.CLOCK);
    request.proposeSimpleSolution(
        agent, "Modèle de contrat", "Voir le modèle de la CCI.", Optional.empty(), BenchData.CLOCK);
    request.close(member, Satisfaction.SOLVED, "Merci", BenchData.CLOCK);
    return request;
  }
}
