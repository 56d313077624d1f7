package org.clubaide.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark once on tiny data, in this JVM, so the harness keeps working. It asserts
 * that each benchmark ran, never how fast: figures come from real runs (docs/performance.md).
 */
class BenchmarkSmokeTest {

  @Test
  @DisplayName("every benchmark runs once on a tiny dataset")
  void everyBenchmarkRuns() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include("org\\.clubaide\\.bench\\..*Benchmark")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(50))
            .param("candidates", "1000")
            .param("quotes", "3")
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    assertEquals(4, results.size(), "matching, quotes, lifecycle, anonymous view");
    for (RunResult result : results) {
      assertTrue(result.getPrimaryResult().getSampleCount() > 0, result.getParams().getBenchmark());
    }
  }
}
