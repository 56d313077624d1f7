package org.clubaide.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Visibility;
import org.clubaide.core.registration.Registration;
import org.clubaide.core.shared.Channel;
import org.clubaide.core.terms.TermsVersion;

/** Fixtures for members and registrations: valid by default, changed one field at a time. */
public final class Members {

  /** A valid password for fixtures (16 characters). */
  public static final String PASSWORD = "correct-horse-42";

  /** When {@link #aMember()} registered. */
  public static final Instant REGISTERED_AT = Instant.parse("2025-01-15T10:00:00Z");

  private Members() {}

  /** A complete registration that accepts the seed terms through the web. */
  public static RegistrationBuilder aRegistration() {
    return new RegistrationBuilder();
  }

  /** A member registered on the seed terms through the web, without going through a use case. */
  public static Member aMember() {
    return aMember("ada.lovelace@example.org");
  }

  /** A member with this e-mail address, registered on the seed terms at {@link #REGISTERED_AT}. */
  public static Member aMember(String email) {
    return aMember(email, Clock.fixed(REGISTERED_AT, MutableClock.SERVICE_ZONE));
  }

  /**
   * A member with this e-mail address, registered on the seed terms through the web at the clock's
   * time, for the default participation period.
   */
  public static Member aMember(String email, Clock clock) {
    return Member.register(
        MemberId.newId(),
        new Identity("Ada", "Lovelace", Optional.of("Analytical Engines Ltd")),
        new ContactDetails(email, "+33 1 23 45 67 89", "1 rue de la Paix\n75002 Paris"),
        FixedTermsCatalogue.V3_2018,
        Channel.WEB,
        Map.of(),
        Member.DEFAULT_PARTICIPATION_PERIOD,
        clock);
  }

  /** The same member, as if it had also accepted {@code version} at {@code at}. */
  public static Member alsoAccepted(Member member, TermsVersion version, Instant at) {
    Member copy = Member.restore(member.snapshot());
    copy.acceptTerms(version, Channel.WEB, member.contact().email(), at);
    return copy;
  }

  /** The same member as stored, with another version: what an adapter hands out. */
  public static Member restored(Member member, long version) {
    Member.Snapshot s = member.snapshot();
    return Member.restore(
        new Member.Snapshot(
            s.id(),
            s.identity(),
            s.contact(),
            s.registeredAt(),
            s.acceptances(),
            s.visibility(),
            s.consentHistory(),
            s.profile(),
            s.networkOfferHistory(),
            s.photoRef(),
            s.status(),
            s.participationEndsOn(),
            s.endedAt(),
            s.erased(),
            version));
  }

  /** The actor a member logs in as. */
  public static Actor actorFor(Member member) {
    return Actor.member(member.contact().email(), member.id());
  }

  /** Builds a {@link Registration}; every field is valid until a test changes it. */
  public static final class RegistrationBuilder {
    private String firstName = "Ada";
    private String lastName = "Lovelace";
    private Optional<String> organisation = Optional.of("Analytical Engines Ltd");
    private String email = "ada.lovelace@example.org";
    private String phone = "+33 1 23 45 67 89";
    private String postalAddress = "1 rue de la Paix\n75002 Paris";
    private char[] password = PASSWORD.toCharArray();
    private String termsVersion = FixedTermsCatalogue.V3_2018.label();
    private boolean termsAccepted = true;
    private final Map<FieldGroup, Visibility> visibility = new EnumMap<>(FieldGroup.class);
    private Channel channel = Channel.WEB;

    private RegistrationBuilder() {}

    public RegistrationBuilder firstName(String value) {
      firstName = value;
      return this;
    }

    public RegistrationBuilder lastName(String value) {
      lastName = value;
      return this;
    }

    public RegistrationBuilder organisation(String value) {
      organisation = Optional.ofNullable(value);
      return this;
    }

    public RegistrationBuilder email(String value) {
      email = value;
      return this;
    }

    public RegistrationBuilder phone(String value) {
      phone = value;
      return this;
    }

    public RegistrationBuilder postalAddress(String value) {
      postalAddress = value;
      return this;
    }

    public RegistrationBuilder password(String value) {
      password = value == null ? null : value.toCharArray();
      return this;
    }

    public RegistrationBuilder termsVersion(String label) {
      termsVersion = label;
      return this;
    }

    public RegistrationBuilder withoutTermsAcceptance() {
      termsAccepted = false;
      return this;
    }

    public RegistrationBuilder visibility(FieldGroup group, Visibility value) {
      visibility.put(group, value);
      return this;
    }

    public RegistrationBuilder channel(Channel value) {
      channel = value;
      return this;
    }

    /** Sets one field by its name in the registration form, for tests over several fields. */
    public RegistrationBuilder with(String field, String value) {
      return switch (field) {
        case "firstName" -> firstName(value);
        case "lastName" -> lastName(value);
        case "email" -> email(value);
        case "phone" -> phone(value);
        case "postalAddress" -> postalAddress(value);
        default -> throw new IllegalArgumentException("No text field " + field);
      };
    }

    public Registration build() {
      return new Registration(
          firstName,
          lastName,
          organisation,
          email,
          phone,
          postalAddress,
          password,
          termsVersion,
          termsAccepted,
          visibility,
          channel);
    }
  }
}
