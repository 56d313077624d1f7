package org.clubaide.web.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The problem texts exist in French and English, for every kind and every rule the code uses. */
class ProblemBundlesTest {

  private static final String BASE = "org/clubaide/web/i18n/problems";
  private static final Pattern RULE = Pattern.compile("\"(R-[A-Z]{3}-[0-9]+)\"");
  private static final Pattern KIND =
      Pattern.compile("Problem(?:s\\.of|Writer\\.write)\\([^\"]*?\"([a-z-]+)\"", Pattern.DOTALL);

  @Test
  @DisplayName("French and English problem bundles have the same keys, and French is complete")
  void sameKeys() {
    Set<String> french = keys(BASE + ".properties");
    assertEquals(french, keys(BASE + "_en.properties"));
    assertTrue(keys(BASE + "_fr.properties").isEmpty(), "problems_fr only stops the fallback");
  }

  @Test
  @DisplayName("a problem in French stays French when the server's default locale is English")
  void noFallbackToDefaultLocale() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ResourceBundle.clearCache();
      assertEquals("Introuvable", ProblemTexts.text(Locale.FRENCH, "not-found.title").orElseThrow());
    } finally {
      Locale.setDefault(previous);
      ResourceBundle.clearCache();
    }
  }

  @Test
  @DisplayName("every rule the core and the web refuse with has its sentence in the bundles")
  void everyRuleHasASentence() throws IOException {
    Set<String> rules = new TreeSet<>();
    for (Path root : new Path[] {Path.of("../core/src/main/java"), Path.of("src/main/java")}) {
      scan(root, RULE, rules);
    }
    assertTrue(rules.size() > 20, "the sources were found: " + rules);
    Set<String> missing = new TreeSet<>();
    for (String rule : rules) {
      if (!keys(BASE + ".properties").contains("rule." + rule)) {
        missing.add(rule);
      }
    }
    assertTrue(missing.isEmpty(), "rules without a sentence: " + missing);
  }

  @Test
  @DisplayName("every kind of problem the web answers has a title and a detail in the bundles")
  void everyKindHasTexts() throws IOException {
    Set<String> kinds = new TreeSet<>();
    scan(Path.of("src/main/java"), KIND, kinds);
    assertTrue(kinds.contains("not-found") && kinds.contains("csrf"), "kinds found: " + kinds);
    Set<String> known = keys(BASE + ".properties");
    Set<String> missing = new TreeSet<>();
    for (String kind : kinds) {
      String key = kind.startsWith("http-") ? "http" : kind;
      if (!known.contains(key + ".title") || !known.contains(key + ".detail")) {
        missing.add(kind);
      }
    }
    assertTrue(missing.isEmpty(), "kinds without texts: " + missing);
  }

  private static void scan(Path root, Pattern pattern, Set<String> found) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    }
  }

  private static Set<String> keys(String resource) {
    try (InputStream in = ProblemBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new TreeSet<>(p.stringPropertyNames());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
