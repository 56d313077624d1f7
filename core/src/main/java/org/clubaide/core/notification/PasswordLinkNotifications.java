package org.clubaide.core.notification;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.clubaide.core.access.PasswordReset;
import org.clubaide.core.access.ResetMailer;

/**
 * Sends the password links through the outbox: one e-mail-only notification per link, to the {@link
 * Recipient.OfLogin login}, so that it is sent and retried like every other e-mail and shows in
 * nobody's in-app list. The secret is a parameter ({@code token}) because the e-mail is written
 * when it is sent; the administrators' view of the outbox shows no parameter or text.
 */
public final class PasswordLinkNotifications implements ResetMailer {

  private final Outbox outbox;
  private final Clock clock;

  /**
   * Wires the sender.
   *
   * @param outbox where the e-mails are written
   * @param clock tells the time
   */
  public PasswordLinkNotifications(Outbox outbox, Clock clock) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void send(Link link) {
    Objects.requireNonNull(link, "link");
    PasswordReset reset = link.reset();
    NotificationKind kind =
        reset.purpose() == PasswordReset.Purpose.INVITATION
            ? NotificationKind.ACCOUNT_INVITATION
            : NotificationKind.PASSWORD_RESET;
    outbox.add(
        Notification.create(
            Recipient.login(reset.login()),
            kind,
            NotificationPolicy.keyOf(kind, reset.id().toString()),
            Map.of("token", link.token()),
            true,
            clock.instant()));
  }
}
