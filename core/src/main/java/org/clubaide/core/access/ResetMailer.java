package org.clubaide.core.access;

import java.util.Objects;

/**
 * Port: sends a password link to its owner's e-mail address, in their language, through the
 * notification outbox (in the transaction that issued the link), so that the e-mail is sent and
 * retried like every other one.
 */
@FunctionalInterface
public interface ResetMailer {

  /**
   * Writes the e-mail carrying the link.
   *
   * @param link what to send
   */
  void send(Link link);

  /**
   * A link to send: the only place where its secret exists besides the e-mail.
   *
   * @param reset the link as kept
   * @param token its secret, the value of the {@code token} query parameter
   */
  record Link(PasswordReset reset, String token) {

    /** Checks the arguments. */
    public Link {
      Objects.requireNonNull(reset, "reset");
      Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
      return "Link[" + reset.id() + "]";
    }
  }
}
