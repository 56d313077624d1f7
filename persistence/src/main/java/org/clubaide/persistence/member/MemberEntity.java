package org.clubaide.persistence.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clubaide.persistence.support.InstantConverter;

/** A member (table {@code member}). */
@Entity
@Table(name = "member")
public class MemberEntity {

  @Id
  @Column(name = "id", length = 36)
  String id;

  @Version
  @Column(name = "version")
  long version;

  @Column(name = "first_name", length = 100, nullable = false)
  String firstName;

  @Column(name = "last_name", length = 100, nullable = false)
  String lastName;

  @Column(name = "organisation", length = 150)
  String organisation;

  @Column(name = "email", length = 254, nullable = false, unique = true)
  String email;

  @Column(name = "phone", length = 25, nullable = false)
  String phone;

  @Column(name = "postal_address", length = 300, nullable = false)
  String postalAddress;

  @Convert(converter = InstantConverter.class)
  @Column(name = "registered_at", nullable = false)
  Instant registeredAt;

  @Column(name = "vis_identity", length = 20, nullable = false)
  String visIdentity;

  @Column(name = "vis_contact", length = 20, nullable = false)
  String visContact;

  @Column(name = "vis_skills", length = 20, nullable = false)
  String visSkills;

  @Column(name = "vis_photo", length = 20, nullable = false)
  String visPhoto;

  @Column(name = "status", length = 10, nullable = false)
  String status;

  @Column(name = "participation_ends_on", nullable = false)
  LocalDate participationEndsOn;

  @Convert(converter = InstantConverter.class)
  @Column(name = "ended_at")
  Instant endedAt;

  @Column(name = "erased", nullable = false)
  boolean erased;

  @Column(name = "photo_ref", length = 200)
  String photoRef;

  @Column(name = "skills_offered", nullable = false)
  boolean skillsOffered;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "terms_acceptance", joinColumns = @JoinColumn(name = "member_id"))
  @OrderBy("acceptedAt")
  List<TermsAcceptanceEmbeddable> acceptances = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consent_change", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "seq")
  List<ConsentChangeEmbeddable> consentHistory = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_profile_entry", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "seq")
  List<ProfileEntryEmbeddable> profileEntries = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "network_offer_change", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "seq")
  List<NetworkOfferChangeEmbeddable> networkOfferHistory = new ArrayList<>();

  /** For JPA. */
  protected MemberEntity() {}

  MemberEntity(String id) {
    this.id = id;
  }
}
