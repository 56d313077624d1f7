package org.clubaide.persistence.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.clubaide.persistence.support.InstantConverter;

/**
 * A login (table {@code account}) with its roles (table {@code account_role}) and, once an
 * administrator disabled it, when.
 */
@Entity
@Table(name = "account")
public class AccountEntity {

  @Id
  @Column(name = "login", length = 254)
  String login;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "password_hash", length = 512, nullable = false)
  String passwordHash;

  @Column(name = "member_id", length = 36)
  String memberId;

  @Convert(converter = InstantConverter.class)
  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Convert(converter = InstantConverter.class)
  @Column(name = "disabled_at")
  Instant disabledAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "login"))
  @Column(name = "role", length = 20, nullable = false)
  Set<String> roles = new HashSet<>();

  /** For JPA. */
  protected AccountEntity() {}

  AccountEntity(String login) {
    this.login = login;
  }
}
