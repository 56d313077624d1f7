package org.clubaide.core.network;

import java.util.Optional;
import org.clubaide.core.member.ContactDetails;

/**
 * Port: where the contact details of members and partners are read. Only an {@link Introduction}
 * both sides agreed to consults it on a party's behalf (R-NET-3).
 */
public interface ContactBook {

  /** The current contact details of the participant, if known. */
  Optional<ContactDetails> contactOf(Participant participant);
}
