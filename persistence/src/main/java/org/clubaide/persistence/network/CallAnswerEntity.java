package org.clubaide.persistence.network;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.clubaide.persistence.support.InstantConverter;

/**
 * A recipient's answer to a call (table {@code call_answer}), at its place {@link #seq} in the
 * order answers came. {@link #type} is {@value #SIMPLE_SOLUTION} (the {@code solution*} fields
 * set), {@value #ACCOMPANIMENT} ({@link #outline} set) or {@value #DECLINED}.
 */
@Entity
@Table(name = "call_answer")
@IdClass(CallAnswerEntity.Key.class)
public class CallAnswerEntity {

  /** A simple, free solution. */
  static final String SIMPLE_SOLUTION = "SIMPLE_SOLUTION";

  /** The intention to offer an accompaniment. */
  static final String ACCOMPANIMENT = "ACCOMPANIMENT";

  /** A refusal. */
  static final String DECLINED = "DECLINED";

  @Id
  @Column(name = "call_id", length = 36)
  String callId;

  @Id
  @Column(name = "seq")
  int seq;

  @Column(name = "member_id", length = 36)
  String memberId;

  @Column(name = "partner_id", length = 36)
  String partnerId;

  @Column(name = "answer_type", length = 20, nullable = false)
  String type;

  @Column(name = "answered_by", length = 254, nullable = false)
  String answeredBy;

  @Convert(converter = InstantConverter.class)
  @Column(name = "answered_at", nullable = false)
  Instant answeredAt;

  @Column(name = "solution_id", length = 36)
  String solutionId;

  @Column(name = "solution_title", length = 200)
  String solutionTitle;

  @Column(name = "solution_content", length = 4000)
  String solutionContent;

  @Column(name = "outline", length = 1000)
  String outline;

  /** For JPA. */
  protected CallAnswerEntity() {}

  CallAnswerEntity(String callId, int seq) {
    this.callId = callId;
    this.seq = seq;
  }

  /** The primary key: the call and the answer's place. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String callId;
    int seq;

    /** For JPA. */
    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that && seq == that.seq && Objects.equals(callId, that.callId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(callId, seq);
    }
  }
}
