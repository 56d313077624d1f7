package org.clubaide.core.testing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.ContactDetails;
import org.clubaide.core.network.Candidate;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;

/** The network directory in memory: candidates, their contact details, partners' logins. */
public final class InMemoryDirectory implements NetworkDirectory {

  private final Map<Participant, Candidate> candidates = new LinkedHashMap<>();
  private final Map<Participant, ContactDetails> contacts = new HashMap<>();
  private final Map<String, PartnerId> partnerLogins = new HashMap<>();

  /** Adds a member or partner the network may call on, with how to reach them. */
  public void add(Candidate candidate, ContactDetails contact) {
    candidates.put(candidate.participant(), candidate);
    contacts.put(candidate.participant(), contact);
  }

  /** Says which partner a login belongs to. */
  public void addPartnerLogin(String login, PartnerId partner) {
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
