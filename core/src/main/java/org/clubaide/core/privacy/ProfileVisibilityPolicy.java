package org.clubaide.core.privacy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.FieldGroup;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.Visibility;

/**
 * Who sees what of a member's profile (R-MEM-4, R-PRV-2, R-PRV-3). The rule, in order:
 *
 * <ol>
 *   <li>nobody logged in (anonymous): nothing, whatever the member chose — a profile is never
 *       public;
 *   <li>the member themselves: everything;
 *   <li>the central Service (an agent or an administrator): everything, since {@link
 *       Visibility#SERVICE_ONLY} means confidential to the Service;
 *   <li>anyone else, once the member's participation has ended or they were erased: nothing;
 *   <li>another logged-in member: the groups the member set to {@link Visibility#MEMBERS};
 *   <li>a partner of the network: the same groups as a member. A partner holds a coded login
 *       ("accès codé") and works for members through the network, and the member's choice {@code
 *       MEMBERS} reads as "visible with a login" rather than "visible to members only"; a member
 *       who wants partners to see nothing keeps the group service-only.
 * </ol>
 *
 * The photo appears only when the viewer may see {@link FieldGroup#PHOTO}, so it is shown to other
 * members and partners only with the member's consent (R-PRV-2). Whether the participation merely
 * lapsed does not matter here: the member chose, and may still renew.
 */
public final class ProfileVisibilityPolicy {

  /** The groups of fields {@code viewer} may see of {@code member}; empty for an anonymous one. */
  public Set<FieldGroup> visibleGroups(Member member, Optional<Actor> viewer) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(viewer, "viewer");
    if (viewer.isEmpty()) {
      return EnumSet.noneOf(FieldGroup.class);
    }
    Actor actor = viewer.get();
    if (actor.is(member.id()) || actor.isService()) {
      return EnumSet.allOf(FieldGroup.class);
    }
    // Every other login holds the MEMBER or PARTNER role (R-PRV-3).
    EnumSet<FieldGroup> groups = EnumSet.noneOf(FieldGroup.class);
    if (member.hasEnded()) {
      return groups;
    }
    for (FieldGroup group : FieldGroup.values()) {
      if (member.visibilityOf(group) == Visibility.MEMBERS) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** Exactly what {@code viewer} may see of {@code member}; nothing for an anonymous viewer. */
  public ProfileView viewOf(Member member, Optional<Actor> viewer) {
    Set<FieldGroup> groups = visibleGroups(member, viewer);
    return new ProfileView(
        member.id(),
        Optional.of(member.identity()).filter(x -> groups.contains(FieldGroup.IDENTITY)),
        Optional.of(member.contact()).filter(x -> groups.contains(FieldGroup.CONTACT_DETAILS)),
        Optional.of(member.profile()).filter(x -> groups.contains(FieldGroup.SKILLS)),
        member.photoRef().filter(x -> groups.contains(FieldGroup.PHOTO)));
  }
}
