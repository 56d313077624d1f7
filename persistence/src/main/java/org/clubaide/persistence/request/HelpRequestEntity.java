package org.clubaide.persistence.request;

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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.clubaide.persistence.support.InstantConverter;

/** A help request (table {@code help_request}); events and solutions live in their own tables. */
@Entity
@Table(name = "help_request")
public class HelpRequestEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "requester_id", length = 36, nullable = false)
  String requesterId;

  @Column(name = "channel", length = 10, nullable = false)
  String channel;

  @Column(name = "title", length = 120, nullable = false)
  String title;

  @Column(name = "description", length = 2000, nullable = false)
  String description;

  @Column(name = "needed_by", nullable = false)
  LocalDate neededBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "submitted_at", nullable = false)
  Instant submittedAt;

  @Column(name = "status", length = 20, nullable = false)
  String status;

  @Column(name = "decision_due_on")
  LocalDate decisionDueOn;

  @Column(name = "solution_due_on")
  LocalDate solutionDueOn;

  @Column(name = "solution_immediate", nullable = false)
  boolean solutionImmediate;

  @Column(name = "postponed_until")
  LocalDate postponedUntil;

  @Column(name = "status_before_postponement", length = 20)
  String statusBeforePostponement;

  @Column(name = "satisfaction", length = 20)
  String satisfaction;

  @Column(name = "next_deadline")
  LocalDate nextDeadline;

  @Column(name = "solution_count", nullable = false)
  int solutionCount;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "help_request_kind", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "kind", length = 20, nullable = false)
  Set<String> kinds = new HashSet<>();

  /** For JPA. */
  protected HelpRequestEntity() {}

  HelpRequestEntity(String id) {
    this.id = id;
  }
}
