package org.clubaide.core.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.member.Member;
import org.clubaide.core.member.MemberRepository;
import org.clubaide.core.network.NetworkDirectory;
import org.clubaide.core.network.Participant;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.notification.RecipientDirectory;

/**
 * Addresses and languages in memory: a member's current e-mail (none once erased), a partner's from
 * the directory, the Service's when one is set.
 */
public final class InMemoryRecipients implements RecipientDirectory {

  private final MemberRepository members;
  private final NetworkDirectory directory;
  private final Map<Recipient, Language> languages = new HashMap<>();
  private Optional<String> serviceAddress = Optional.empty();

  public InMemoryRecipients(MemberRepository members, NetworkDirectory directory) {
    this.members = members;
    this.directory = directory;
  }

  /** Gives the Service's inbox an e-mail address. */
  public void serviceAddress(String address) {
    serviceAddress = Optional.of(address);
  }

  @Override
  public Optional<String> emailOf(Recipient recipient) {
    if (recipient instanceof Recipient.OfMember m) {
      return members
          .findById(m.id())
          .filter(x -> !x.isErased())
          .map(Member::contact)
          .map(c -> c.email());
    }
    if (recipient instanceof Recipient.OfPartner p) {
      return directory.contactOf(Participant.partner(p.id())).map(c -> c.email());
    }
    return serviceAddress;
  }

  @Override
  public Language languageOf(Recipient recipient) {
    return languages.getOrDefault(recipient, Language.DEFAULT);
  }

  @Override
  public void chooseLanguage(Recipient recipient, Language language, Instant at) {
    languages.put(recipient, language);
  }
}
