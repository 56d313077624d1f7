package org.clubaide.core.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.core.terms.TermsVersion;

/**
 * A member of the club: identity, contact details, the terms versions accepted and the visibility
 * chosen for each group of profile fields, with the history of those choices.
 */
public final class Member {

  private final MemberId id;
  private final Identity identity;
  private final ContactDetails contact;
  private final Instant registeredAt;
  private final List<TermsAcceptance> acceptances;
  private final EnumMap<FieldGroup, Visibility> visibility;
  private final List<ConsentChange> consentHistory;
  private final long version;

  private Member(
      MemberId id,
      Identity identity,
      ContactDetails contact,
      Instant registeredAt,
      List<TermsAcceptance> acceptances,
      Map<FieldGroup, Visibility> visibility,
      List<ConsentChange> consentHistory,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.contact = Objects.requireNonNull(contact, "contact");
    this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
    this.acceptances = new ArrayList<>(acceptances);
    this.visibility = new EnumMap<>(FieldGroup.class);
    for (FieldGroup group : FieldGroup.values()) {
      this.visibility.put(group, visibility.getOrDefault(group, Visibility.SERVICE_ONLY));
    }
    this.consentHistory = new ArrayList<>(consentHistory);
    this.version = version;
  }

  /**
   * Registers a new member who accepted {@code terms} (R-MEM-1). Groups absent from {@code
   * choices} stay {@link Visibility#SERVICE_ONLY} (R-MEM-4); every initial choice is recorded in
   * the consent history (R-MEM-5).
   */
  public static Member register(
      MemberId id,
      Identity identity,
      ContactDetails contact,
      TermsVersion terms,
      Channel channel,
      Map<FieldGroup, Visibility> choices,
      Instant at) {
    Member member =
        new Member(
            id,
            identity,
            contact,
            at,
            List.of(new TermsAcceptance(terms.label(), at, channel)),
            choices,
            List.of(),
            0);
    for (FieldGroup group : FieldGroup.values()) {
      member.consentHistory.add(
          new ConsentChange(group, member.visibility.get(group), at, contact.email()));
    }
    return member;
  }

  /**
   * Rebuilds a member from storage. Only adapters call this: it checks no rule, since the data was
   * checked when it was first saved.
   */
  public static Member restore(
      MemberId id,
      Identity identity,
      ContactDetails contact,
      Instant registeredAt,
      List<TermsAcceptance> acceptances,
      Map<FieldGroup, Visibility> visibility,
      List<ConsentChange> consentHistory,
      long version) {
    return new Member(
        id, identity, contact, registeredAt, acceptances, visibility, consentHistory, version);
  }

  /** Whether the member accepted this version of the terms (R-MEM-2). */
  public boolean hasAccepted(TermsVersion terms) {
    return acceptances.stream().anyMatch(a -> a.isFor(terms));
  }

  /** The member's identifier. */
  public MemberId id() {
    return id;
  }

  /** Who the member is. */
  public Identity identity() {
    return identity;
  }

  /** How to reach the member. */
  public ContactDetails contact() {
    return contact;
  }

  /** When the member registered. */
  public Instant registeredAt() {
    return registeredAt;
  }

  /** The acceptances of terms versions, oldest first. */
  public List<TermsAcceptance> acceptances() {
    return Collections.unmodifiableList(acceptances);
  }

  /** The visibility chosen for a group. */
  public Visibility visibilityOf(FieldGroup group) {
    return visibility.get(group);
  }

  /** The visibility of every group. */
  public Map<FieldGroup, Visibility> visibility() {
    return Collections.unmodifiableMap(visibility);
  }

  /** Every visibility choice made, oldest first (R-MEM-5). */
  public List<ConsentChange> consentHistory() {
    return Collections.unmodifiableList(consentHistory);
  }

  /** The version read from storage, for optimistic locking; 0 for a new member. */
  public long version() {
    return version;
  }
}
