package org.clubaide.bench.generate;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * One password hash, in the format Liberty's {@code Pbkdf2PasswordHash} stores and verifies
 * ({@code algorithm:iterations:base64(salt):base64(key)}) with the application's parameters:
 * PBKDF2-HMAC-SHA512, 210,000 iterations, a 32-byte salt, a 64-byte key. Generated accounts all
 * share it, so generation hashes once instead of 100,000 times.
 */
final class PasswordHash {

  /** The password of every generated account: synthetic data only, documented on purpose. */
  static final String PASSWORD = "Club-Aide-bench-2026";

  private PasswordHash() {}

  /** The hash of {@link #PASSWORD} with a salt drawn from the seed (same seed, same hash). */
  static String of(long seed) {
    byte[] salt = new byte[32];
    new SplittableRandom(seed).nextBytes(salt);
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
              .generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 210_000, 64 * 8))
              .getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:210000:"
          + base64.encodeToString(salt)
          + ":"
          + base64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available", e);
    }
  }
}
