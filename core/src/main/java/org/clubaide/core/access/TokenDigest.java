package org.clubaide.core.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is kept of a personal access token: the SHA-256 of its secret, in lower-case hexadecimal.
 * The secret has 256 random bits, so a fast hash is enough (nothing to guess from a dictionary),
 * and the table never holds a usable token.
 *
 * @param hex the 64 hexadecimal digits
 */
public record TokenDigest(String hex) {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  /** Checks the argument. */
  public TokenDigest {
    Objects.requireNonNull(hex, "hex");
    if (!HEX.matcher(hex).matches()) {
      throw new IllegalArgumentException("A token digest is 64 lower-case hexadecimal digits");
    }
  }

  /**
   * The digest of a token's secret.
   *
   * @param secret the token as given to its owner
   * @return its digest
   */
  public static TokenDigest of(String secret) {
    Objects.requireNonNull(secret, "secret");
    return new TokenDigest(HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8))));
  }

  static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "TokenDigest[" + hex.substring(0, 8) + "…]";
  }
}
