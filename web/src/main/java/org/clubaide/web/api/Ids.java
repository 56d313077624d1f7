package org.clubaide.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequesterCursor;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/** Parses identifiers and cursors from URLs; a malformed one is simply not found. */
final class Ids {

  private Ids() {}

  static RequestId request(String text) {
    try {
      return RequestId.of(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("Help request", text);
    }
  }

  static MemberId member(String text) {
    try {
      return MemberId.of(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("Member", text);
    }
  }

  /** Where a page of members starts: after this member; malformed is a paging error. */
  static Optional<MemberId> memberCursor(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MemberId.of(text.strip()));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException("PAGING", "after", "The cursor is not valid.");
    }
  }

  static String cursor(QueueCursor cursor) {
    return encode(cursor.nextDeadline() + "|" + cursor.id());
  }

  static String cursor(RequesterCursor cursor) {
    return encode(cursor.submittedAt() + "|" + cursor.id());
  }

  static Optional<RequesterCursor> requesterCursor(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String raw = decode(text);
      int bar = raw.indexOf('|');
      return Optional.of(
          new RequesterCursor(
              Instant.parse(raw.substring(0, bar)), RequestId.of(raw.substring(bar + 1))));
    } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new RuleViolationException("PAGING", "after", "The cursor is not valid.");
    }
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String text) {
    return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
  }

  static Optional<QueueCursor> cursor(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String raw = decode(text);
      int bar = raw.indexOf('|');
      return Optional.of(
          new QueueCursor(
              LocalDate.parse(raw.substring(0, bar)), RequestId.of(raw.substring(bar + 1))));
    } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new RuleViolationException("PAGING", "after", "The cursor is not valid.");
    }
  }
}
