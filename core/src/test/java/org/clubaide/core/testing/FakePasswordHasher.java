package org.clubaide.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import org.clubaide.core.access.PasswordHasher;
import org.clubaide.core.access.PasswordVerifier;

/**
 * Test double for the password hasher: a reversible, instant "hash" that lets tests check which
 * password was hashed. Never use outside tests.
 */
public final class FakePasswordHasher implements PasswordHasher, PasswordVerifier {

  private static final String PREFIX = "{fake-hash-for-tests}";

  private final AtomicInteger calls = new AtomicInteger();

  @Override
  public String hash(char[] password) {
    calls.incrementAndGet();
    return PREFIX + new StringBuilder(new String(password)).reverse();
  }

  @Override
  public boolean verify(char[] password, String hash) {
    return matches(new String(password), hash);
  }

  /** Whether {@code hash} is what this double produces for {@code password}. */
  public boolean matches(String password, String hash) {
    return (PREFIX + new StringBuilder(password).reverse()).equals(hash);
  }

  /** How many passwords were hashed. */
  public int calls() {
    return calls.get();
  }
}
