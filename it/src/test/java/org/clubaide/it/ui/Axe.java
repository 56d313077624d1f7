package org.clubaide.it.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core in the page, as shipped inside Deque's axe-core Selenium jar on Maven Central (the
 * script only: the browser downloads nothing), against WCAG 2.1 A and AA and best practices, and
 * keeps the results per page for the report. A page fails on any serious or critical violation.
 */
public final class Axe {

  private static final String SCRIPT = load();
  private static final Map<String, int[]> RESULTS = new TreeMap<>();
  private static final Map<String, Set<String>> RULES = new TreeMap<>();

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks the page shown and records its counts under {@code page}.
   *
   * @return the serious or critical violations, as "id (impact): n nodes, first target"; empty when
   *     none
   */
  @SuppressWarnings("unchecked")
  public static List<String> check(JavascriptExecutor browser, String page) {
    browser.executeScript(SCRIPT);
    Object raw =
        browser.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values:"
                + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact || 'minor', nodes: v.nodes.length,"
                + "    target: v.nodes.length ? String(v.nodes[0].target) : ''}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', nodes: 0,"
                + "  target: String(e)}]); });");
    List<Map<String, Object>> violations = (List<Map<String, Object>>) raw;
    int[] counts = new int[4];
    List<String> blocking = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      String impact = String.valueOf(v.get("impact"));
      int index =
          switch (impact) {
            case "critical" -> 0;
            case "serious" -> 1;
            case "moderate" -> 2;
            default -> 3;
          };
      counts[index]++;
      synchronized (RESULTS) {
        RULES.computeIfAbsent(page, p -> new TreeSet<>()).add(v.get("id") + " (" + impact + ")");
      }
      if (index <= 1) {
        blocking.add(v.get("id") + " (" + impact + "): " + v.get("nodes") + " node(s), " + v.get("target"));
      }
    }
    synchronized (RESULTS) {
      RESULTS.merge(page, counts, (a, b) -> {
        int[] max = new int[4];
        for (int i = 0; i < 4; i++) {
          max[i] = Math.max(a[i], b[i]);
        }
        return max;
      });
    }
    return blocking;
  }

  /** Writes the results as a Markdown table: page, then critical, serious, moderate, minor. */
  public static void writeReport(Path file) {
    StringBuilder md = new StringBuilder();
    md.append(
        "| page | critical | serious | moderate | minor | rules |\n|---|---|---|---|---|---|\n");
    synchronized (RESULTS) {
      RESULTS.forEach(
          (page, c) ->
              md.append("| `")
                  .append(page)
                  .append("` | ")
                  .append(c[0])
                  .append(" | ")
                  .append(c[1])
                  .append(" | ")
                  .append(c[2])
                  .append(" | ")
                  .append(c[3])
                  .append(" | ")
                  .append(String.join(", ", RULES.getOrDefault(page, Set.of())))
                  .append(" |\n"));
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
