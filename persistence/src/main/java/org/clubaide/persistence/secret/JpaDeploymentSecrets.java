package org.clubaide.persistence.secret;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The deployment's secrets by name: the first call for a name draws {@code bytes} random bytes
 * from {@link SecureRandom} and stores them (Base64) in {@code deployment_secret}; every later
 * call, on any server, reads the same bytes back. When two servers draw at the same time, the
 * primary key lets one insert win; the other's insert fails and it reads the winner's value, so
 * both end with the same secret.
 *
 * <p>Call it inside a transaction it may commit on its own ({@code REQUIRES_NEW} in the container),
 * so that a failed insert never spoils the caller's work.
 */
@ApplicationScoped
public class JpaDeploymentSecrets {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  /**
   * The secret stored under the name, if any.
   *
   * @param name lower-case letters, digits, dots and hyphens, at most 64 characters
   * @return the stored bytes, or an empty array when none is stored
   */
  public byte[] find(String name) {
    List<?> rows =
        em.createNativeQuery("SELECT secret FROM deployment_secret WHERE name = ?1")
            .setParameter(1, checked(name))
            .getResultList();
    return rows.isEmpty() ? new byte[0] : Base64.getDecoder().decode((String) rows.get(0));
  }

  /**
   * Stores a new random secret under the name unless one is there already; returns what is
   * stored afterwards.
   *
   * @param name lower-case letters, digits, dots and hyphens, at most 64 characters
   * @param bytes how many random bytes to draw, 16 to 128
   * @param now when it is created
   * @return the stored secret, drawn now or before
   * @throws PersistenceException when another server stored one at the same moment: the caller's
   *     transaction is then spoiled; run {@link #find} in a new one
   */
  public byte[] createIfAbsent(String name, int bytes, Instant now) {
    Objects.requireNonNull(now, "now");
    if (bytes < 16 || bytes > 128) {
      throw new IllegalArgumentException("A secret has 16 to 128 bytes, not " + bytes);
    }
    byte[] existing = find(name);
    if (existing.length > 0) {
      return existing;
    }
    byte[] secret = new byte[bytes];
    RANDOM.nextBytes(secret);
    em.createNativeQuery(
            "INSERT INTO deployment_secret (name, secret, created_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, name)
        .setParameter(2, Base64.getEncoder().encodeToString(secret))
        .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
        .executeUpdate();
    return secret;
  }

  private static String checked(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a secret name: " + name);
    }
    return name;
  }
}
