package org.clubaide.core.member;

/** The groups of profile fields whose visibility the member chooses (R-MEM-4). */
public enum FieldGroup {
  /** Names and organisation. */
  IDENTITY,
  /** E-mail, telephone, postal address. */
  CONTACT_DETAILS,
  /** Skills, hobbies and particularities offered to the network. */
  SKILLS,
  /** The member's photo. */
  PHOTO
}
