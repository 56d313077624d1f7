package org.clubaide.persistence.network;

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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clubaide.persistence.support.InstantConverter;

/**
 * A call for help (table {@code call_for_help}) with the anonymous view it shows: label, needed-by
 * date and summary here, kinds ({@code call_kind}) and wanted skills ({@code call_wanted_skill}) in
 * their own tables, as are the recipients ({@code call_recipient}). These are written once, when
 * the call is sent; answers and events are appended as rows of their own.
 */
@Entity
@Table(name = "call_for_help")
public class CallForHelpEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "request_id", length = 36, nullable = false)
  String requestId;

  @Column(name = "view_label", length = 40, nullable = false)
  String viewLabel;

  @Column(name = "view_needed_by", nullable = false)
  LocalDate viewNeededBy;

  @Column(name = "view_summary", length = 1000, nullable = false)
  String viewSummary;

  @Convert(converter = InstantConverter.class)
  @Column(name = "sent_at", nullable = false)
  Instant sentAt;

  @Column(name = "sent_by", length = 254, nullable = false)
  String sentBy;

  @Column(name = "status", length = 10, nullable = false)
  String status;

  @Column(name = "close_reason", length = 20)
  String closeReason;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "call_kind", joinColumns = @JoinColumn(name = "call_id"))
  @Column(name = "kind", length = 20, nullable = false)
  Set<String> kinds = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "call_wanted_skill", joinColumns = @JoinColumn(name = "call_id"))
  @Column(name = "skill", length = 60, nullable = false)
  Set<String> wantedSkills = new HashSet<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "call_recipient", joinColumns = @JoinColumn(name = "call_id"))
  List<ParticipantEmbeddable> recipients = new ArrayList<>();

  /** For JPA. */
  protected CallForHelpEntity() {}

  CallForHelpEntity(String id) {
    this.id = id;
  }
}
