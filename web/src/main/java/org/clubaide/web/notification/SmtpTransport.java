package org.clubaide.web.notification;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.clubaide.core.notification.DeliveryFailure;
import org.clubaide.core.notification.MailTransport;
import org.clubaide.core.notification.OutgoingMail;

/**
 * Hands e-mails to the SMTP server of Liberty's {@code mail/clubaide} mail session (host, port,
 * user, password, TLS: {@code notifications.xml}). Each e-mail carries the notification's
 * identifier as its Message-ID and the idempotency key in {@code X-ClubAide-Idempotency-Key}, the
 * same on every attempt, so that a copy sent twice after a server died can be recognised. An
 * address refused as such is a permanent failure; anything else (server down, timeout, temporary
 * refusal) is retried.
 */
final class SmtpTransport implements MailTransport {

  /** The header that names the fact an e-mail tells, the same on every attempt. */
  static final String IDEMPOTENCY_HEADER = "X-ClubAide-Idempotency-Key";

  private final Session session;

  SmtpTransport(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  @Override
  public void send(OutgoingMail mail) {
    try {
      MimeMessage message = new FixedIdMessage(session, "<" + mail.messageId() + "@clubaide>");
      String from = session.getProperty("mail.from");
      if (from != null && !from.isBlank()) {
        message.setFrom(new InternetAddress(from, true));
      } else {
        message.setFrom();
      }
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
      message.setHeader("Content-Language", mail.language().tag());
      message.setHeader(IDEMPOTENCY_HEADER, mail.idempotencyKey());
      message.setHeader("Auto-Submitted", "auto-generated");
      Transport.send(message);
    } catch (AddressException e) {
      throw new DeliveryFailure("Not an e-mail address: " + e.getMessage(), true, e);
    } catch (SendFailedException e) {
      Address[] invalid = e.getInvalidAddresses();
      boolean refused = invalid != null && invalid.length > 0;
      throw new DeliveryFailure(describe(e), refused, e);
    } catch (MessagingException e) {
      throw new DeliveryFailure(describe(e), false, e);
    }
  }

  private static String describe(MessagingException e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      text.append(": ")
          .append(cause.getClass().getSimpleName())
          .append(' ')
          .append(cause.getMessage());
    }
    return text.toString();
  }

  /** A message whose Message-ID is the one given, not one drawn at send time. */
  private static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
