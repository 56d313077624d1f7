package org.clubaide.core.notification;

/** Port: hands an e-mail to the SMTP server. */
@FunctionalInterface
public interface MailTransport {

  /**
   * Sends the e-mail; returns once the SMTP server accepted it.
   *
   * @throws DeliveryFailure when it was not accepted, saying whether trying again may help
   */
  void send(OutgoingMail mail);
}
