package org.clubaide.core.member;

import static org.clubaide.core.shared.RuleViolationException.require;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsAcceptance;
import org.clubaide.core.terms.TermsVersion;

/**
 * A member of the club: identity, contact details, the terms versions accepted, the profile offered
 * to the network, an optional photo, the visibility chosen for each group of profile fields with
 * the history of those choices, and the participation period.
 *
 * <p>Every change goes through a verb that checks its rule, records the choice where the rules ask
 * for a history (R-MEM-2, R-MEM-5) and raises a {@link MemberEvent}. Verbs that compare calendar
 * days take the clock; the others take the instant of the change. Authorisation (who may call which
 * verb) is the use case's job; the aggregate records the login that acted.
 *
 * <p>Once the participation has {@link ParticipationStatus#ENDED ended}, nothing changes any more
 * but erasure. Erasure (R-PRV-2) replaces identity, contact details, profile and photo with neutral
 * values and the member's login in the histories with {@link #erasedLogin(MemberId)}; it keeps the
 * identifier, the dates, the acceptances and the visibility choices, which say nothing about who
 * the member was.
 */
public final class Member {

  /** The participation period when the deployment sets none: twelve months (R-MEM-7). */
  public static final Period DEFAULT_PARTICIPATION_PERIOD = Period.ofMonths(12);

  /** The most characters of a photo reference. */
  public static final int PHOTO_REF_MAX = 200;

  /** The first name an erased member keeps. */
  public static final String ERASED_FIRST_NAME = "Membre";

  /** The last name an erased member keeps; with the first name it reads "Membre effacé". */
  public static final String ERASED_LAST_NAME = "effacé";

  /** The telephone number an erased member keeps. */
  public static final String ERASED_PHONE = "0000000000";

  /** The postal address an erased member keeps. */
  public static final String ERASED_ADDRESS = "Adresse effacée";

  private static final Pattern PHOTO_REF = Pattern.compile("^[^\\s\\p{Cntrl}]+$");

  private final MemberId id;
  private Identity identity;
  private ContactDetails contact;
  private final Instant registeredAt;
  private final List<TermsAcceptance> acceptances;
  private final EnumMap<FieldGroup, Visibility> visibility;
  private final List<ConsentChange> consentHistory;
  private Profile profile;
  private final List<NetworkOfferChange> networkOfferHistory;
  private String photoRef;
  private ParticipationStatus status;
  private LocalDate participationEndsOn;
  private Instant endedAt;
  private boolean erased;
  private final long version;
  private final List<MemberEvent> newEvents = new ArrayList<>();

  private Member(Snapshot s) {
    this.id = Objects.requireNonNull(s.id(), "id");
    this.identity = Objects.requireNonNull(s.identity(), "identity");
    this.contact = Objects.requireNonNull(s.contact(), "contact");
    this.registeredAt = Objects.requireNonNull(s.registeredAt(), "registeredAt");
    this.acceptances = new ArrayList<>(s.acceptances());
    this.visibility = new EnumMap<>(FieldGroup.class);
    for (FieldGroup group : FieldGroup.values()) {
      this.visibility.put(group, s.visibility().getOrDefault(group, Visibility.SERVICE_ONLY));
    }
    this.consentHistory = new ArrayList<>(s.consentHistory());
    this.profile = Objects.requireNonNull(s.profile(), "profile");
    this.networkOfferHistory = new ArrayList<>(s.networkOfferHistory());
    this.photoRef = s.photoRef().orElse(null);
    this.status = Objects.requireNonNull(s.status(), "status");
    if (status == ParticipationStatus.LAPSED) {
      throw new IllegalArgumentException("LAPSED is derived from the clock and never stored");
    }
    this.participationEndsOn = Objects.requireNonNull(s.participationEndsOn(), "endsOn");
    this.endedAt = s.endedAt().orElse(null);
    if ((status == ParticipationStatus.ENDED) != (endedAt != null)) {
      throw new IllegalArgumentException("An end time is stored with, and only with, ENDED");
    }
    this.erased = s.erased();
    this.version = s.version();
  }

  /**
   * Registers a new member who accepted {@code terms} (R-MEM-1). Groups absent from {@code choices}
   * stay {@link Visibility#SERVICE_ONLY} (R-MEM-4); every initial choice is recorded in the consent
   * history (R-MEM-5). The participation runs for {@code period} from today: its last day is today
   * plus the period (R-MEM-7). The profile starts empty and not offered.
   *
   * @param period the participation period of the deployment, positive
   * @param clock the Service's clock, which tells the registration time and today's date
   */
  public static Member register(
      MemberId id,
      Identity identity,
      ContactDetails contact,
      TermsVersion terms,
      Channel channel,
      Map<FieldGroup, Visibility> choices,
      Period period,
      Clock clock) {
    requirePositive(period);
    Instant at = clock.instant();
    LocalDate endsOn = LocalDate.now(clock).plus(period);
    Member member =
        new Member(
            new Snapshot(
                id,
                identity,
                contact,
                at,
                List.of(new TermsAcceptance(terms.label(), at, channel)),
                choices,
                List.of(),
                Profile.EMPTY,
                List.of(),
                Optional.empty(),
                ParticipationStatus.ACTIVE,
                endsOn,
                Optional.empty(),
                false,
                0));
    for (FieldGroup group : FieldGroup.values()) {
      member.consentHistory.add(
          new ConsentChange(group, member.visibility.get(group), at, contact.email()));
    }
    member.raise(
        new MemberEvent.MemberRegistered(
            UUID.randomUUID(), id, at, contact.email(), channel, terms.label(), endsOn));
    return member;
  }

  /**
   * Rebuilds a member from storage. Only adapters call this: it checks no rule, since the data was
   * checked when it was first saved.
   */
  public static Member restore(Snapshot snapshot) {
    return new Member(snapshot);
  }

  /**
   * The member accepts a version of the terms (R-MEM-2), recording when and through which channel.
   * Accepting a version already accepted changes nothing: the first acceptance stands.
   *
   * @param by the login that acted: the member on the web, or an agent recording an e-mail
   * @return whether a new acceptance was recorded
   */
  public boolean acceptTerms(TermsVersion terms, Channel channel, String by, Instant at) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(channel, "channel");
    who(by, at);
    requireNotEnded("R-MEM-2", "accept the terms");
    if (hasAccepted(terms)) {
      return false;
    }
    acceptances.add(new TermsAcceptance(terms.label(), at, channel));
    raise(new MemberEvent.TermsAccepted(UUID.randomUUID(), id, at, by, terms.label(), channel));
    return true;
  }

  /**
   * Whether the member must accept {@code current} before acting again (R-MEM-2): they have not
   * accepted it yet. Until they do, they read their own data only.
   */
  public boolean mustAccept(TermsVersion current) {
    return !hasAccepted(current);
  }

  /** Whether the member accepted this version of the terms (R-MEM-2). */
  public boolean hasAccepted(TermsVersion terms) {
    return acceptances.stream().anyMatch(a -> a.isFor(terms));
  }

  /**
   * The member says what they can bring: skills, hobbies, particularities, and whether they offer
   * them to the network (R-MEM-3). A change of the offer is kept in the network offer history
   * (R-MEM-5). Describing the same profile again changes nothing.
   *
   * @return whether anything changed
   */
  public boolean describe(Profile described, String by, Instant at) {
    Objects.requireNonNull(described, "profile");
    who(by, at);
    requireNotEnded("R-MEM-3", "change the profile");
    if (described.equals(profile)) {
      return false;
    }
    if (described.skillsOfferedToNetwork() != profile.skillsOfferedToNetwork()) {
      networkOfferHistory.add(new NetworkOfferChange(described.skillsOfferedToNetwork(), at, by));
    }
    profile = described;
    raise(
        new MemberEvent.ProfileDescribed(
            UUID.randomUUID(), id, at, by, described.skillsOfferedToNetwork()));
    return true;
  }

  /**
   * The member changes who may see a group of fields (R-MEM-4). The change is appended to the
   * consent history with who made it and when (R-MEM-5); choosing the visibility the group already
   * has changes nothing and adds no entry.
   *
   * @return whether the visibility changed
   */
  public boolean changeVisibility(FieldGroup group, Visibility chosen, String by, Instant at) {
    Objects.requireNonNull(group, "group");
    who(by, at);
    require(chosen != null, "R-MEM-4", "visibility", "Choose who may see " + group + ".");
    requireNotEnded("R-MEM-5", "change the visibility");
    Visibility before = visibility.get(group);
    if (before == chosen) {
      return false;
    }
    visibility.put(group, chosen);
    consentHistory.add(new ConsentChange(group, chosen, at, by));
    raise(new MemberEvent.VisibilityChanged(UUID.randomUUID(), id, at, by, group, before, chosen));
    return true;
  }

  /**
   * Corrects the member's identity and how to reach them, other than the e-mail address, which is
   * also the login and changes only through a verified flow (R-PRV-2).
   *
   * @return whether anything changed
   */
  public boolean correct(Identity corrected, String phone, String postalAddress, String by, Instant at) {
    Objects.requireNonNull(corrected, "corrected");
    who(by, at);
    requireNotEnded("R-PRV-2", "correct the details of");
    ContactDetails newContact = new ContactDetails(contact.email(), phone, postalAddress);
    if (corrected.equals(identity) && newContact.equals(contact)) {
      return false;
    }
    identity = corrected;
    contact = newContact;
    raise(new MemberEvent.DetailsCorrected(UUID.randomUUID(), id, at, by));
    return true;
  }

  /**
   * Sets, replaces or (with an empty reference) removes the member's photo. The reference names
   * where the image is stored; who may see it is the visibility of {@link FieldGroup#PHOTO}, which
   * stays service-only until the member consents (R-PRV-2).
   *
   * @return whether the photo changed
   */
  public boolean changePhoto(Optional<String> reference, String by, Instant at) {
    Objects.requireNonNull(reference, "reference");
    who(by, at);
    requireNotEnded("R-PRV-2", "change the photo");
    String ref = reference.map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
    if (ref != null) {
      require(
          ref.length() <= PHOTO_REF_MAX && PHOTO_REF.matcher(ref).matches(),
          "R-PRV-2",
          "photo",
          "A photo reference has 1 to " + PHOTO_REF_MAX + " characters and no space.");
    }
    if (Objects.equals(ref, photoRef)) {
      return false;
    }
    photoRef = ref;
    raise(new MemberEvent.PhotoChanged(UUID.randomUUID(), id, at, by, ref != null));
    return true;
  }

  /**
   * Renews the participation for one more period, counted from the later of today and the current
   * end date (R-MEM-7): renewing early loses no day, renewing after a lapse starts from today. A
   * participation that already runs more than one period ahead cannot be renewed yet, so that a
   * repeated click does not buy years; an ended one cannot be renewed at all.
   *
   * @return the new end date
   */
  public LocalDate renew(Period period, String by, Clock clock) {
    requirePositive(period);
    Objects.requireNonNull(by, "by");
    requireNotEnded("R-MEM-7", "renew the participation");
    LocalDate today = LocalDate.now(clock);
    require(
        !participationEndsOn.isAfter(today.plus(period)),
        "R-MEM-7",
        "participationEndsOn",
        "The participation already runs until "
            + participationEndsOn
            + "; it can be renewed from "
            + participationEndsOn.minus(period)
            + ".");
    LocalDate previous = participationEndsOn;
    LocalDate from = previous.isAfter(today) ? previous : today;
    participationEndsOn = from.plus(period);
    raise(
        new MemberEvent.ParticipationRenewed(
            UUID.randomUUID(), id, clock.instant(), by, previous, participationEndsOn));
    return participationEndsOn;
  }

  /**
   * The member ends their participation, at any time and without a reason (R-MEM-6). Final: the
   * member logs in no more and nothing changes afterwards but erasure. Withdrawing the member's
   * open requests is the use case's job.
   */
  public void endParticipation(String by, Instant at) {
    who(by, at);
    requireNotEnded("R-MEM-6", "end the participation");
    status = ParticipationStatus.ENDED;
    endedAt = at;
    raise(new MemberEvent.ParticipationEnded(UUID.randomUUID(), id, at, by));
  }

  /**
   * Erases the member's identifying data (R-PRV-2): identity becomes "Membre effacé", contact
   * details become neutral (the e-mail address {@link #erasedLogin(MemberId)}), the profile is
   * emptied and no longer offered, the photo removed, and the member's login in the consent and
   * network offer histories is replaced by the neutral login. The participation ends if it had not.
   * Erasing an erased member changes nothing.
   *
   * @param by the login that asked; recorded as the neutral login when it is the member's own
   * @return whether anything was erased
   */
  public boolean erase(String by, Instant at) {
    who(by, at);
    if (erased) {
      return false;
    }
    String formerLogin = contact.email();
    String neutral = erasedLogin(id);
    String actor = formerLogin.equalsIgnoreCase(by) ? neutral : by;
    if (status != ParticipationStatus.ENDED) {
      status = ParticipationStatus.ENDED;
      endedAt = at;
      raise(new MemberEvent.ParticipationEnded(UUID.randomUUID(), id, at, actor));
    }
    identity = new Identity(ERASED_FIRST_NAME, ERASED_LAST_NAME, Optional.empty());
    contact = new ContactDetails(neutral, ERASED_PHONE, ERASED_ADDRESS);
    profile = Profile.EMPTY;
    photoRef = null;
    consentHistory.replaceAll(
        c ->
            formerLogin.equalsIgnoreCase(c.changedBy())
                ? new ConsentChange(c.group(), c.visibility(), c.changedAt(), neutral)
                : c);
    networkOfferHistory.replaceAll(
        c ->
            formerLogin.equalsIgnoreCase(c.changedBy())
                ? new NetworkOfferChange(c.offered(), c.changedAt(), neutral)
                : c);
    erased = true;
    raise(new MemberEvent.MemberErased(UUID.randomUUID(), id, at, actor));
    return true;
  }

  /**
   * The neutral login and e-mail address that replace an erased member's: unique per member, and in
   * the reserved {@code .invalid} domain so that nothing is ever sent to it.
   */
  public static String erasedLogin(MemberId id) {
    return "erased-" + id + "@erased.invalid";
  }

  /**
   * Where the participation stands today: {@link ParticipationStatus#LAPSED} once the end date has
   * passed without a renewal (R-MEM-7).
   */
  public ParticipationStatus participationStatus(Clock clock) {
    if (status == ParticipationStatus.ACTIVE && LocalDate.now(clock).isAfter(participationEndsOn)) {
      return ParticipationStatus.LAPSED;
    }
    return status;
  }

  /** Whether the participation runs today: neither ended (R-MEM-6) nor lapsed (R-MEM-7). */
  public boolean isActive(Clock clock) {
    return participationStatus(clock) == ParticipationStatus.ACTIVE;
  }

  /**
   * Whether the member ended their participation (or was erased). The web refuses their login from
   * then on; a lapsed member still logs in to renew and to read their data.
   */
  public boolean hasEnded() {
    return status == ParticipationStatus.ENDED;
  }

  private void requireNotEnded(String rule, String action) {
    if (status == ParticipationStatus.ENDED) {
      throw new MembershipTransitionException(rule, status, action);
    }
  }

  private static void who(String by, Instant at) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
  }

  private static void requirePositive(Period period) {
    Objects.requireNonNull(period, "period");
    if (period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("A participation period is positive: " + period);
    }
  }

  private void raise(MemberEvent event) {
    newEvents.add(event);
  }

  /** The member's identifier. */
  public MemberId id() {
    return id;
  }

  /** Who the member is; "Membre effacé" once erased. */
  public Identity identity() {
    return identity;
  }

  /** How to reach the member; neutral values once erased. */
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

  /** Skills, hobbies, particularities and the offer to the network (R-MEM-3). */
  public Profile profile() {
    return profile;
  }

  /** Every change of the offer to the network, oldest first (R-MEM-3, R-MEM-5). */
  public List<NetworkOfferChange> networkOfferHistory() {
    return Collections.unmodifiableList(networkOfferHistory);
  }

  /** Where the member's photo is stored, if they gave one (R-PRV-2). */
  public Optional<String> photoRef() {
    return Optional.ofNullable(photoRef);
  }

  /** The last day of the current participation period (R-MEM-7). */
  public LocalDate participationEndsOn() {
    return participationEndsOn;
  }

  /** When the member ended their participation, once ended (R-MEM-6). */
  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  /** Whether the member's identifying data was erased (R-PRV-2). */
  public boolean isErased() {
    return erased;
  }

  /** The version read from storage, for optimistic locking; 0 for a new member. */
  public long version() {
    return version;
  }

  /** The events raised since the member was registered or restored, oldest first. */
  public List<MemberEvent> newEvents() {
    return Collections.unmodifiableList(newEvents);
  }

  /** The state of the member inside the aggregate, for adapters to store and restore. */
  public Snapshot snapshot() {
    return new Snapshot(
        id,
        identity,
        contact,
        registeredAt,
        List.copyOf(acceptances),
        Map.copyOf(visibility),
        List.copyOf(consentHistory),
        profile,
        List.copyOf(networkOfferHistory),
        Optional.ofNullable(photoRef),
        status,
        participationEndsOn,
        Optional.ofNullable(endedAt),
        erased,
        version);
  }

  /**
   * The whole state of a member, as adapters store it.
   *
   * @param id identifier
   * @param identity identity
   * @param contact contact details
   * @param registeredAt registration time
   * @param acceptances terms acceptances, oldest first
   * @param visibility visibility per group; missing groups are service-only
   * @param consentHistory visibility choices, oldest first
   * @param profile skills, hobbies, particularities and the offer to the network
   * @param networkOfferHistory changes of the offer, oldest first
   * @param photoRef where the photo is stored, if any
   * @param status {@link ParticipationStatus#ACTIVE} or {@link ParticipationStatus#ENDED}; never
   *     the derived {@link ParticipationStatus#LAPSED}
   * @param participationEndsOn last day of the participation period
   * @param endedAt when the participation ended; present with, and only with, ENDED
   * @param erased whether the identifying data was erased
   * @param version optimistic-lock version
   */
  public record Snapshot(
      MemberId id,
      Identity identity,
      ContactDetails contact,
      Instant registeredAt,
      List<TermsAcceptance> acceptances,
      Map<FieldGroup, Visibility> visibility,
      List<ConsentChange> consentHistory,
      Profile profile,
      List<NetworkOfferChange> networkOfferHistory,
      Optional<String> photoRef,
      ParticipationStatus status,
      LocalDate participationEndsOn,
      Optional<Instant> endedAt,
      boolean erased,
      long version) {

    /** Checks that nothing is missing and copies the collections. */
    public Snapshot {
      acceptances = List.copyOf(acceptances);
      visibility = Map.copyOf(visibility);
      consentHistory = List.copyOf(consentHistory);
      networkOfferHistory = List.copyOf(networkOfferHistory);
      Objects.requireNonNull(photoRef, "photoRef");
      Objects.requireNonNull(endedAt, "endedAt");
    }
  }
}
