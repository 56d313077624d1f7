package org.clubaide.persistence.terms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A published terms version (table {@code terms_version}). */
@Entity
@Table(name = "terms_version")
public class TermsVersionEntity {

  @Id
  @Column(name = "label", length = 40)
  String label;

  @Column(name = "valid_from", nullable = false)
  LocalDate validFrom;

  /** For JPA. */
  protected TermsVersionEntity() {}
}
