package org.clubaide.core.notification;

/** Where the e-mail of a notification stands. */
public enum DeliveryStatus {
  /** Waiting for its first or next attempt, possibly claimed by a server now. */
  PENDING,
  /** Accepted by the SMTP server. */
  SENT,
  /** Given up: refused for good, or still failing after the last attempt. Shown to the admin. */
  FAILED
}
