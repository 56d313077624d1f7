package org.clubaide.core.access;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What failed logins are counted by: a login name or a client address, kept only as a digest
 * ({@code account:} or {@code address:} and 32 hexadecimal digits of a SHA-256), so that the
 * counters hold neither e-mail addresses nor IP addresses. A login that has no account is counted
 * the same way as one that has, so that the throttle reveals nothing about which accounts exist.
 *
 * @param value the kind and digest, for example {@code account:3f0a…}
 */
public record ThrottleKey(String value) {

  private static final Pattern SHAPE = Pattern.compile("(account|address|reset):[0-9a-f]{32}");

  /** Checks the argument. */
  public ThrottleKey {
    Objects.requireNonNull(value, "value");
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a throttle key: " + value);
    }
  }

  /**
   * The key of a login name, whether or not an account has it; compared in lower case.
   *
   * @param login the login name as typed
   * @return its key
   */
  public static ThrottleKey account(String login) {
    return of("account", Objects.requireNonNull(login, "login").strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The key of a client address.
   *
   * @param address the address, for example {@code 192.0.2.7}
   * @return its key
   */
  public static ThrottleKey address(String address) {
    return of("address", Objects.requireNonNull(address, "address").strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The key counting the password-reset requests of a client address ({@link
   * ResetRequestThrottle}), apart from its failed logins.
   *
   * @param address the address, for example {@code 192.0.2.7}
   * @return its key, {@code reset:} and 32 hexadecimal digits
   */
  public static ThrottleKey resetRequests(String address) {
    return of("reset", Objects.requireNonNull(address, "address").strip().toLowerCase(Locale.ROOT));
  }

  private static ThrottleKey of(String kind, String text) {
    byte[] digest = TokenDigest.sha256((kind + ":" + text).getBytes(StandardCharsets.UTF_8));
    return new ThrottleKey(kind + ":" + HexFormat.of().formatHex(digest, 0, 16));
  }

  /**
   * A short form for logs: the kind and the first 12 hexadecimal digits.
   *
   * @return for example {@code account:3f0a5c2e9b1d}
   */
  public String shortForm() {
    return value.substring(0, value.indexOf(':') + 13);
  }
}
