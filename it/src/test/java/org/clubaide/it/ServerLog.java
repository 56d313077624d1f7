package org.clubaide.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the test server's log tells the tests. */
public final class ServerLog {

  private static final Pattern ADMIN_PASSWORD =
      Pattern.compile("Login: (\\S+)\\s+Password \\(shown once, change it\\): (\\S+)");

  private ServerLog() {}

  /** A login and its password. */
  public record Credentials(String login, String password) {}

  /** Everything the server has logged so far. */
  public static String text() {
    try {
      return Files.readString(Path.of(System.getProperty("clubaide.it.log")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first administrator's generated credentials, printed once in the server log. */
  public static Credentials firstAdministrator() {
    try {
      String log = Files.readString(Path.of(System.getProperty("clubaide.it.log")));
      Matcher m = ADMIN_PASSWORD.matcher(log);
      assertTrue(m.find(), "the server log shows the first administrator's password once");
      return new Credentials(m.group(1), m.group(2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
