package org.clubaide.core.notification;

import java.util.Objects;

/**
 * One e-mail to send. Every attempt at the same notification carries the same {@code messageId} and
 * {@code idempotencyKey}, so that a copy sent twice (a server died after the SMTP server accepted
 * it and before this was recorded) can be recognised and dropped by the mail system.
 *
 * @param to the address
 * @param subject the subject line
 * @param body the plain-text body
 * @param messageId the notification's identifier, used for the Message-ID header
 * @param idempotencyKey the recipient and fact it tells, for an {@code X-} header
 * @param language the language it is written in
 */
public record OutgoingMail(
    String to,
    String subject,
    String body,
    NotificationId messageId,
    String idempotencyKey,
    Language language) {

  /** Checks the arguments. */
  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(language, "language");
  }
}
