package org.clubaide.core.network;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.ContactDetails;

/** The network directory in memory: candidates, contact details and partner logins. */
final class InMemoryNetworkDirectory implements NetworkDirectory {

  private final Map<Participant, Candidate> candidates = new LinkedHashMap<>();
  private final Map<Participant, ContactDetails> contacts = new HashMap<>();
  private final Map<String, PartnerId> partnerLogins = new HashMap<>();

  void add(Candidate candidate, ContactDetails contact) {
    candidates.put(candidate.participant(), candidate);
    contacts.put(candidate.participant(), contact);
  }

  void addPartnerLogin(String login, PartnerId partner) {
    partnerLogins.put(login, partner);
  }

  @Override
  public Iterable<Candidate> candidates() {
    return List.copyOf(candidates.values());
  }

  @Override
  public Optional<Candidate> find(Participant participant) {
    return Optional.ofNullable(candidates.get(participant));
  }

  @Override
  public Optional<PartnerId> partnerFor(String login) {
    return Optional.ofNullable(partnerLogins.get(login));
  }

  @Override
  public Optional<ContactDetails> contactOf(Participant participant) {
    return Optional.ofNullable(contacts.get(participant));
  }
}
