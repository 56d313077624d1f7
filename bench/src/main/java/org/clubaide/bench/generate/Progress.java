package org.clubaide.bench.generate;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on standard error: one line rewritten in place on a terminal, a line every tenth of the
 * work otherwise (build logs).
 */
final class Progress {

  private final PrintStream out;
  private final boolean terminal;
  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private long lastPrint;
  private int lastTenth = -1;

  Progress(PrintStream out, boolean terminal, String what, long total) {
    this.out = out;
    this.terminal = terminal;
    this.what = what;
    this.total = total;
  }

  /** Reports that {@code done} items of the total are done, {@code rows} rows written so far. */
  void update(long done, long rows) {
    long now = System.nanoTime();
    int tenth = total == 0 ? 10 : (int) (done * 10 / total);
    boolean print =
        terminal ? now - lastPrint > 500_000_000L || done == total : tenth != lastTenth;
    if (!print) {
      return;
    }
    lastPrint = now;
    lastTenth = tenth;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = done / seconds;
    long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    String line =
        String.format(
            Locale.ROOT,
            "%-9s %,11d / %,d  %3d %%  %,9.0f rows/s  %5.0f s elapsed, ~%d s left",
            what,
            done,
            total,
            total == 0 ? 100 : done * 100 / total,
            rows / seconds,
            seconds,
            eta);
    if (terminal) {
      out.print("\r" + line);
      if (done == total) {
        out.println();
      }
    } else {
      out.println(line);
    }
    out.flush();
  }
}
