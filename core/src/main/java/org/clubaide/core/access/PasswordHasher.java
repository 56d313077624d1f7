package org.clubaide.core.access;

/**
 * Port: turns a password into a slow, salted hash that the identity store can verify. The
 * deployment provides it (PBKDF2-HMAC-SHA512 with at least 210,000 iterations in the reference
 * deployment).
 */
public interface PasswordHasher {

  /** The hash of {@code password}, self-describing (algorithm, parameters, salt). */
  String hash(char[] password);
}
