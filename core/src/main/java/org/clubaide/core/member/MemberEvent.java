package org.clubaide.core.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.clubaide.core.shared.Channel;

/**
 * Something that happened to a member, in the past tense. The member aggregate raises one for every
 * change of its state and hands them out through {@link Member#newEvents()}, for the application to
 * publish (notifications, audit). The lasting record of the member's choices is kept on the
 * aggregate itself: terms acceptances, consent history, network offer history.
 *
 * <p>Events carry no free text of the member, so that publishing them never spreads what erasure
 * must later remove (R-PRV-2).
 */
public sealed interface MemberEvent {

  /** The event's identifier. */
  UUID eventId();

  /** The member it happened to. */
  MemberId memberId();

  /** When it happened. */
  Instant occurredAt();

  /** The login of who acted: the member, an agent, or {@code system}. */
  String actor();

  /**
   * A visitor became a member (R-MEM-1).
   *
   * @param channel how the registration reached the Service
   * @param termsLabel the terms version accepted
   * @param participationEndsOn the last day of the first participation period (R-MEM-7)
   */
  record MemberRegistered(
      UUID eventId,
      MemberId memberId,
      Instant occurredAt,
      String actor,
      Channel channel,
      String termsLabel,
      LocalDate participationEndsOn)
      implements MemberEvent {}

  /**
   * The member accepted a version of the terms (R-MEM-2).
   *
   * @param termsLabel the version accepted
   * @param channel how the acceptance was given
   */
  record TermsAccepted(
      UUID eventId,
      MemberId memberId,
      Instant occurredAt,
      String actor,
      String termsLabel,
      Channel channel)
      implements MemberEvent {}

  /**
   * The member changed their skills, hobbies or particularities, or their offer to the network
   * (R-MEM-3).
   *
   * @param skillsOfferedToNetwork whether the profile is offered to the network after the change
   */
  record ProfileDescribed(
      UUID eventId,
      MemberId memberId,
      Instant occurredAt,
      String actor,
      boolean skillsOfferedToNetwork)
      implements MemberEvent {}

  /**
   * The member changed who may see a group of fields (R-MEM-4, R-MEM-5).
   *
   * @param group the field group
   * @param from the visibility before
   * @param to the visibility after
   */
  record VisibilityChanged(
      UUID eventId,
      MemberId memberId,
      Instant occurredAt,
      String actor,
      FieldGroup group,
      Visibility from,
      Visibility to)
      implements MemberEvent {}

  /** The member corrected their identity, phone or address; the event carries no value (R-PRV-2). */
  record DetailsCorrected(UUID eventId, MemberId memberId, Instant occurredAt, String actor)
      implements MemberEvent {}

  /**
   * The member's photo was set, replaced or removed (R-PRV-2).
   *
   * @param present whether the member has a photo after the change
   */
  record PhotoChanged(
      UUID eventId, MemberId memberId, Instant occurredAt, String actor, boolean present)
      implements MemberEvent {}

  /**
   * The participation was renewed for one more period (R-MEM-7).
   *
   * @param previousEndsOn the end date before
   * @param endsOn the new end date
   */
  record ParticipationRenewed(
      UUID eventId,
      MemberId memberId,
      Instant occurredAt,
      String actor,
      LocalDate previousEndsOn,
      LocalDate endsOn)
      implements MemberEvent {}

  /** The member ended their participation, without having to give a reason (R-MEM-6). */
  record ParticipationEnded(UUID eventId, MemberId memberId, Instant occurredAt, String actor)
      implements MemberEvent {}

  /** The member's identifying data was replaced by neutral values (R-PRV-2). */
  record MemberErased(UUID eventId, MemberId memberId, Instant occurredAt, String actor)
      implements MemberEvent {}
}
