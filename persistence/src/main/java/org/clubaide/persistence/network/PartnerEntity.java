package org.clubaide.persistence.network;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/**
 * A partner of the network (table {@code partner}): name, login if the partner logs in, contact
 * details, whether the Service still calls on it, and its skills as typed (table {@code
 * partner_skill}). Administrators record partners, give them a login and stop calling on them;
 * the version makes two such changes at the same moment fail cleanly.
 */
@Entity
@Table(name = "partner")
public class PartnerEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "name", length = 150, nullable = false)
  String name;

  @Column(name = "login", length = 254, unique = true)
  String login;

  @Column(name = "email", length = 254, nullable = false)
  String email;

  @Column(name = "phone", length = 25, nullable = false)
  String phone;

  @Column(name = "postal_address", length = 300, nullable = false)
  String postalAddress;

  @Column(name = "active", nullable = false)
  boolean active;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "partner_skill", joinColumns = @JoinColumn(name = "partner_id"))
  @Column(name = "skill_text", length = 80, nullable = false)
  Set<String> skills = new HashSet<>();

  /** For JPA. */
  protected PartnerEntity() {}
}
