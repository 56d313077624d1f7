package org.clubaide.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
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

/** Every UI text exists in French (the default) and English, and every key a page uses exists. */
class I18nBundlesTest {

  private static final String BASE = "org/clubaide/web/i18n/messages";
  private static final Pattern STATIC_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
  private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z]+)+)\"");
  private static final Pattern FORMATTED_KEY =
      Pattern.compile("<h:outputFormat value=\"#\\{msg\\['([A-Za-z0-9_.-]+)'\\]\\}\"");

  @Test
  @DisplayName("French and English bundles have the same keys")
  void sameKeys() {
    assertEquals(keys(BASE + ".properties"), keys(BASE + "_en.properties"));
  }

  @Test
  @DisplayName("a page in French is French even when the server's default locale is English")
  void frenchDoesNotFallBackToDefaultLocale() {
    Locale previous = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      ResourceBundle.clearCache();
      ResourceBundle fr = ResourceBundle.getBundle(BASE.replace('/', '.'), Locale.FRENCH);
      assertEquals("Accueil", fr.getString("nav.home"));
    } finally {
      Locale.setDefault(previous);
      ResourceBundle.clearCache();
    }
  }

  @Test
  @DisplayName("every literal key used in a page exists in the bundles")
  void pagesUseExistingKeys() throws IOException {
    Set<String> known = keys(BASE + ".properties");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = STATIC_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
  }

  @Test
  @DisplayName("every message key the page beans name exists in the bundles")
  void beansUseExistingKeys() throws IOException {
    Set<String> known = keys(BASE + ".properties");
    Set<String> prefixes = new TreeSet<>();
    known.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') + 1)));
    Set<String> missing = new TreeSet<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/clubaide/web/ui"))) {
      for (Path bean : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = JAVA_KEY.matcher(Files.readString(bean, StandardCharsets.UTF_8));
        while (m.find()) {
          String key = m.group(1);
          if (prefixes.contains(key.substring(0, key.indexOf('.') + 1))) {
            checked++;
            if (!known.contains(key)) {
              missing.add(bean.getFileName() + ": " + key);
            }
          }
        }
      }
    }
    assertTrue(checked > 20, "the beans name message keys: " + checked);
    assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
  }

  @Test
  @DisplayName("a text shown through h:outputFormat keeps its apostrophes (written twice there)")
  void formattedTextsKeepTheirApostrophes() throws IOException {
    Set<String> formatted = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = FORMATTED_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
        while (m.find()) {
          formatted.add(m.group(1));
        }
      }
    }
    assertFalse(formatted.isEmpty(), "the pages use h:outputFormat");
    for (String resource : List.of(BASE + ".properties", BASE + "_en.properties")) {
      Properties texts = properties(resource);
      for (String key : formatted) {
        String pattern = texts.getProperty(key);
        String expected = pattern.replace("''", "'").replace("{0}", "A").replace("{1}", "B");
        assertEquals(expected, MessageFormat.format(pattern, "A", "B"), resource + ": " + key);
      }
    }
  }

  private static Set<String> keys(String resource) {
    return new TreeSet<>(properties(resource).stringPropertyNames());
  }

  private static Properties properties(String resource) {
    try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
