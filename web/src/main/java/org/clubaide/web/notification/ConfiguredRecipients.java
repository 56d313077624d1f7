package org.clubaide.web.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.notification.RecipientDirectory;

/** The stored recipients, with the Service inbox's address from the deployment's settings. */
final class ConfiguredRecipients implements RecipientDirectory {

  private final RecipientDirectory stored;
  private final Optional<String> serviceEmail;

  ConfiguredRecipients(RecipientDirectory stored, Optional<String> serviceEmail) {
    this.stored = Objects.requireNonNull(stored, "stored");
    this.serviceEmail = Objects.requireNonNull(serviceEmail, "serviceEmail");
  }

  @Override
  public Optional<String> emailOf(Recipient recipient) {
    return recipient instanceof Recipient.ServiceInbox ? serviceEmail : stored.emailOf(recipient);
  }

  @Override
  public Language languageOf(Recipient recipient) {
    return stored.languageOf(recipient);
  }

  @Override
  public void chooseLanguage(Recipient recipient, Language language, Instant at) {
    stored.chooseLanguage(recipient, language, at);
  }
}
