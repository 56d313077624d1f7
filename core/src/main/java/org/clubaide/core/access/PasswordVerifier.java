package org.clubaide.core.access;

/**
 * Port: checks a password against a hash made by the deployment's {@link PasswordHasher}, for the
 * use cases that ask for the current password again (changing it).
 */
@FunctionalInterface
public interface PasswordVerifier {

  /**
   * Whether {@code password} is the one {@code hash} was made from, in constant time.
   *
   * @param password the password to check
   * @param hash a hash the deployment's hasher made
   * @return {@code true} when they match
   */
  boolean verify(char[] password, String hash);
}
