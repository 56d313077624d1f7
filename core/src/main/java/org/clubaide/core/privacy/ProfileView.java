package org.clubaide.core.privacy;

import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.member.Identity;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.member.Profile;

/**
 * What one viewer may see of a member's profile (R-MEM-4, R-PRV-2, R-PRV-3), as built by the {@link
 * ProfileVisibilityPolicy}: each group of fields is present only when the viewer may see it.
 *
 * @param member the member viewed
 * @param identity names and organisation ({@link org.clubaide.core.member.FieldGroup#IDENTITY})
 * @param contact e-mail, telephone, address ({@link
 *     org.clubaide.core.member.FieldGroup#CONTACT_DETAILS})
 * @param profile skills, hobbies, particularities ({@link
 *     org.clubaide.core.member.FieldGroup#SKILLS})
 * @param photoRef where the photo is stored, when there is one ({@link
 *     org.clubaide.core.member.FieldGroup#PHOTO})
 */
public record ProfileView(
    MemberId member,
    Optional<Identity> identity,
    Optional<ContactDetails> contact,
    Optional<Profile> profile,
    Optional<String> photoRef) {

  /** Checks the arguments. */
  public ProfileView {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(photoRef, "photoRef");
  }

  /** A view that shows nothing of the member. */
  public static ProfileView nothingOf(MemberId member) {
    return new ProfileView(
        member, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Whether the view shows nothing at all. */
  public boolean isEmpty() {
    return identity.isEmpty() && contact.isEmpty() && profile.isEmpty() && photoRef.isEmpty();
  }
}
