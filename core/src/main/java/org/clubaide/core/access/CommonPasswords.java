package org.clubaide.core.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Passwords too common to protect an account (OWASP ASVS V2.1.7): attackers try them first, whatever
 * their length. They are compared ignoring case and surrounding white space.
 *
 * <p>The {@link #bundled() bundled list} holds the 43,940 passwords of 12 to 128 characters among
 * the one million most common ones of SecLists (MIT licence; see {@code
 * common-passwords.NOTICE.txt} beside it): shorter ones are refused by their length already.
 */
public final class CommonPasswords {

  private static final String BUNDLED = "common-passwords.txt";

  private final Set<String> passwords;

  private CommonPasswords(Set<String> passwords) {
    this.passwords = passwords;
  }

  /**
   * A list of the given passwords.
   *
   * @param passwords the passwords to refuse, compared ignoring case and surrounding white space
   * @return the list
   */
  public static CommonPasswords of(Collection<String> passwords) {
    Set<String> normalised = new HashSet<>();
    for (String password : Objects.requireNonNull(passwords, "passwords")) {
      normalised.add(normalise(password));
    }
    return new CommonPasswords(Set.copyOf(normalised));
  }

  /**
   * The list shipped with the core, read once on first use.
   *
   * @return the bundled list
   */
  public static CommonPasswords bundled() {
    return Bundled.LIST;
  }

  /**
   * Whether the password is on the list.
   *
   * @param password the password, possibly {@code null}
   * @return {@code true} when it is on the list
   */
  public boolean contains(char[] password) {
    return password != null && passwords.contains(normalise(new String(password)));
  }

  /**
   * How many passwords the list holds.
   *
   * @return the count
   */
  public int size() {
    return passwords.size();
  }

  private static String normalise(String password) {
    return password.strip().toLowerCase(Locale.ROOT);
  }

  /** Loads the bundled list when it is first asked for. */
  private static final class Bundled {
    static final CommonPasswords LIST = load();

    private static CommonPasswords load() {
      InputStream in = CommonPasswords.class.getResourceAsStream(BUNDLED);
      if (in == null) {
        throw new IllegalStateException("The core's resource " + BUNDLED + " is missing");
      }
      Set<String> passwords = new HashSet<>(65_536);
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (!line.isBlank()) {
            passwords.add(normalise(line));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + BUNDLED, e);
      }
      return new CommonPasswords(Set.copyOf(passwords));
    }
  }
}
