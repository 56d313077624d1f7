package org.clubaide.core.notification;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: how to reach a recipient and in which language, read when an e-mail is sent so that it goes
 * to the current address.
 */
public interface RecipientDirectory {

  /**
   * The recipient's e-mail address now; empty when there is none (an erased member, a Service inbox
   * without an address).
   */
  Optional<String> emailOf(Recipient recipient);

  /**
   * The language the recipient chose, {@link Language#DEFAULT French} unless they chose another.
   */
  Language languageOf(Recipient recipient);

  /** Keeps the recipient's choice of language. */
  void chooseLanguage(Recipient recipient, Language language, Instant at);
}
