package org.clubaide.core.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.ContactDetails;

/** A contact book in memory that remembers every look-up. */
final class RecordingContactBook implements ContactBook {

  private final Map<Participant, ContactDetails> contacts = new HashMap<>();
  final List<Participant> lookups = new ArrayList<>();

  RecordingContactBook with(Participant participant, ContactDetails contact) {
    contacts.put(participant, contact);
    return this;
  }

  @Override
  public Optional<ContactDetails> contactOf(Participant participant) {
    lookups.add(participant);
    return Optional.ofNullable(contacts.get(participant));
  }
}
