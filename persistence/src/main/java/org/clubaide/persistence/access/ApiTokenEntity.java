package org.clubaide.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/** A personal access token (table {@code api_token}): its digest, never its secret. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "login", length = 254, nullable = false)
  String login;

  @Column(name = "name", length = 60, nullable = false)
  String name;

  @Column(name = "digest", length = 64, nullable = false)
  String digest;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "revoked_at")
  Instant revokedAt;

  /** For JPA. */
  protected ApiTokenEntity() {}

  ApiTokenEntity(String id) {
    this.id = id;
  }
}
