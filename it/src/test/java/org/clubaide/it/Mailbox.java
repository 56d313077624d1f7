package org.clubaide.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The e-mails a test's SMTP server (GreenMail) received from the server under test: those to one
 * address, one awaited by its subject (the server sends from its scheduler, so a test polls with a
 * deadline, never sleeps), and an e-mail's text.
 */
final class Mailbox {

  private final GreenMailExtension smtp;

  Mailbox(GreenMailExtension smtp) {
    this.smtp = smtp;
  }

  /** The e-mails received for the address, oldest first. */
  List<MimeMessage> to(String email) {
    return Arrays.stream(smtp.getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1)))
        .filter(m -> recipients(m).contains(email))
        .toList();
  }

  /** The first e-mail to the address with this subject, waited for up to 60 s. */
  MimeMessage await(String email, String subject) {
    return NotificationsIT.await(
        "an e-mail \"" + subject + "\" to " + email,
        Duration.ofSeconds(60),
        () -> to(email).stream().filter(m -> subject.equals(subjectOf(m))).findFirst());
  }

  /** The text of a plain-text e-mail. */
  static String text(MimeMessage mail) {
    try {
      return (String) mail.getContent();
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage mail) {
    try {
      return Arrays.toString(mail.getAllRecipients());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
