package org.clubaide.core.notification;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Something one recipient must hear of, written to the outbox in the transaction of the change that
 * caused it. It shows in the recipient's in-app list and, when {@link #byEmail()}, is also sent by
 * e-mail. The idempotency key names the fact it tells ({@code deadline-missed:<request>: <day>}, or
 * the event's identifier): the outbox keeps one notification per recipient and key, so telling the
 * same fact twice creates nothing.
 *
 * @param id identifier, also the e-mail's Message-ID
 * @param recipient who it is for
 * @param kind what it says
 * @param params the values its templates need, by name, in order
 * @param idempotencyKey the fact it tells, unique per recipient
 * @param createdAt when it was written
 * @param byEmail whether it is also sent by e-mail
 * @param readAt when the recipient marked it read, if they did
 */
public record Notification(
    NotificationId id,
    Recipient recipient,
    NotificationKind kind,
    Map<String, String> params,
    String idempotencyKey,
    Instant createdAt,
    boolean byEmail,
    Optional<Instant> readAt) {

  /** The most characters of an idempotency key. */
  public static final int KEY_MAX = 200;

  /** The most characters of one parameter value; longer texts are cut. */
  public static final int VALUE_MAX = 2000;

  private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");

  /** Checks and copies the arguments. */
  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(readAt, "readAt");
    if (idempotencyKey.isBlank() || idempotencyKey.length() > KEY_MAX) {
      throw new IllegalArgumentException("An idempotency key has 1 to " + KEY_MAX + " characters");
    }
    Map<String, String> copy = new LinkedHashMap<>();
    Objects.requireNonNull(params, "params")
        .forEach(
            (name, value) -> {
              if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a parameter name: " + name);
              }
              String text = Objects.requireNonNull(value, name);
              copy.put(name, text.length() > VALUE_MAX ? text.substring(0, VALUE_MAX) : text);
            });
    params = Collections.unmodifiableMap(copy);
  }

  /**
   * A new, unread notification.
   *
   * @param recipient who it is for
   * @param kind what it says
   * @param idempotencyKey the fact it tells, unique per recipient
   * @param params the values its templates need
   * @param byEmail whether it is also sent by e-mail
   * @param now when it is written
   */
  public static Notification create(
      Recipient recipient,
      NotificationKind kind,
      String idempotencyKey,
      Map<String, String> params,
      boolean byEmail,
      Instant now) {
    return new Notification(
        NotificationId.newId(),
        recipient,
        kind,
        params,
        idempotencyKey,
        now,
        byEmail,
        Optional.empty());
  }

  /** A parameter's value, or empty. */
  public Optional<String> param(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /** Whether the recipient has read it. */
  public boolean isRead() {
    return readAt.isPresent();
  }
}
