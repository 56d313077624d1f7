package org.clubaide.core.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.clubaide.core.notification.DeliveryFailure;
import org.clubaide.core.notification.MailTransport;
import org.clubaide.core.notification.OutgoingMail;

/**
 * An SMTP server in memory: records every e-mail it accepts, and fails the next attempts as the
 * test asks.
 */
public final class RecordingMailTransport implements MailTransport {

  private final List<OutgoingMail> accepted = new ArrayList<>();
  private final Deque<DeliveryFailure> failures = new ArrayDeque<>();

  @Override
  public void send(OutgoingMail mail) {
    DeliveryFailure failure = failures.poll();
    if (failure != null) {
      throw failure;
    }
    accepted.add(mail);
  }

  /** The next {@code times} attempts fail, transiently or for good. */
  public void failNext(int times, boolean permanent) {
    for (int i = 0; i < times; i++) {
      failures.add(
          new DeliveryFailure(
              permanent ? "550 mailbox unavailable" : "Connection refused", permanent, null));
    }
  }

  /** The e-mails accepted, in order. */
  public List<OutgoingMail> accepted() {
    return List.copyOf(accepted);
  }
}
