package org.clubaide.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.clubaide.persistence.support.InstantConverter;

/**
 * A password link (table {@code password_reset}): its digest, never its secret. Using and voiding
 * are conditional updates in {@link JpaPasswordResetRepository}, not versioned edits.
 */
@Entity
@Table(name = "password_reset")
public class PasswordResetEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Column(name = "login", length = 254, nullable = false)
  String login;

  @Column(name = "purpose", length = 12, nullable = false)
  String purpose;

  @Column(name = "digest", length = 64, nullable = false)
  String digest;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "expires_at", nullable = false)
  Instant expiresAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "used_at")
  Instant usedAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "voided_at")
  Instant voidedAt;

  /** For JPA. */
  protected PasswordResetEntity() {}

  PasswordResetEntity(String id) {
    this.id = id;
  }
}
