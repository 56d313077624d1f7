package org.clubaide.core.notification;

import java.util.Objects;

/**
 * A notification in words, in one language: for the in-app list and the e-mail.
 *
 * @param subject one line
 * @param body plain text, possibly several paragraphs
 */
public record RenderedNotification(String subject, String body) {

  /** Checks the arguments. */
  public RenderedNotification {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
