package org.clubaide.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Logins are checked against the {@code account} tables with Jakarta Security's database identity
 * store; a member who ended their participation (R-MEM-6), and a login an administrator disabled
 * (R-PRV-3), can no longer log in. Password hashes are PBKDF2-HMAC-SHA512 with 210,000 iterations (OWASP's current advice;
 * the default 2048 is far too low), a 32-byte salt and a 64-byte key.
 */
@ApplicationScoped
@DeclareRoles({"MEMBER", "AGENT", "PARTNER", "ADMIN"})
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/clubaide",
    callerQuery =
        "SELECT a.password_hash FROM account a LEFT JOIN member m ON m.id = a.member_id"
            + " WHERE a.login = LOWER(?) AND a.disabled_at IS NULL"
            + " AND (m.status IS NULL OR m.status <> 'ENDED')",
    groupsQuery = "SELECT role FROM account_role WHERE login = LOWER(?)",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512",
      "Pbkdf2PasswordHash.Iterations=210000",
      "Pbkdf2PasswordHash.SaltSizeBytes=32",
      "Pbkdf2PasswordHash.KeySizeBytes=64"
    })
public class SecurityConfiguration {

  /** The same parameters, for hashing new passwords. */
  static final Map<String, String> HASH_PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
          "Pbkdf2PasswordHash.Iterations", "210000",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "64");
}
