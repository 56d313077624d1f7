package org.clubaide.web.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.network.CallCursor;
import org.clubaide.core.network.CallId;
import org.clubaide.core.network.IntroductionCursor;
import org.clubaide.core.network.IntroductionId;
import org.clubaide.core.network.Participant;
import org.clubaide.core.network.PartnerId;
import org.clubaide.core.quote.QuoteId;
import org.clubaide.core.request.QueueCursor;
import org.clubaide.core.request.RequestId;
import org.clubaide.core.request.RequesterCursor;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.shared.RuleViolationException;

/**
 * Parses identifiers and cursors from URLs and bodies: a malformed identifier in a URL is simply
 * not found; a malformed cursor, or identifier in a body, breaks the rule it serves (422).
 */
final class Ids {

  /** The most items of a page of a list the core hands out whole. */
  static final int MAX_PAGE = 100;

  /**
   * A page of a list.
   *
   * @param items the items
   * @param nextCursor the cursor of the next page, or null on the last
   */
  record Slice<T>(List<T> items, String nextCursor) {}

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
      throw invalidCursor();
    }
  }

  static String cursor(QueueCursor cursor) {
    return encode(cursor.nextDeadline() + "|" + cursor.id());
  }

  static String cursor(RequesterCursor cursor) {
    return encode(cursor.submittedAt() + "|" + cursor.id());
  }

  static Optional<RequesterCursor> requesterCursor(String text) {
    return pair(text, (at, id) -> new RequesterCursor(Instant.parse(at), RequestId.of(id)));
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String text) {
    return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
  }

  static Optional<QueueCursor> cursor(String text) {
    return pair(text, (day, id) -> new QueueCursor(LocalDate.parse(day), RequestId.of(id)));
  }

  static CallId call(String text) {
    try {
      return CallId.of(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("Call for help", text);
    }
  }

  static IntroductionId introduction(String text) {
    try {
      return IntroductionId.of(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("Introduction", text);
    }
  }

  static QuoteId quote(String text) {
    try {
      return QuoteId.of(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("Quote", text);
    }
  }

  /** A member or partner named in a body; a malformed identifier breaks the rule it serves. */
  static Participant participant(Commands.ParticipantRef ref, String rule, String field) {
    try {
      return ref.kind() == Commands.ParticipantKind.MEMBER
          ? Participant.member(MemberId.of(ref.id().strip()))
          : Participant.partner(PartnerId.of(ref.id().strip()));
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          rule, field, "\"" + ref.id() + "\" is not the identifier of a member or partner.");
    }
  }

  /** A member named in a body; a malformed identifier breaks the rule it serves. */
  static MemberId memberRef(String text, String rule, String field) {
    try {
      return MemberId.of(text == null ? "" : text.strip());
    } catch (IllegalArgumentException e) {
      throw new RuleViolationException(
          rule, field, "\"" + text + "\" is not the identifier of a member.");
    }
  }

  static String cursor(CallCursor cursor) {
    return encode(cursor.sentAt() + "|" + cursor.id());
  }

  static Optional<CallCursor> callCursor(String text) {
    return pair(text, (at, id) -> new CallCursor(Instant.parse(at), CallId.of(id)));
  }

  static String cursor(IntroductionCursor cursor) {
    return encode(cursor.proposedAt() + "|" + cursor.id());
  }

  static Optional<IntroductionCursor> introductionCursor(String text) {
    return pair(text, (at, id) -> new IntroductionCursor(Instant.parse(at), IntroductionId.of(id)));
  }

  /**
   * A page of a list the core hands out whole (the consent history, a request's quotes, its open
   * calls): the items after the one whose key the cursor names, at most {@code limit} (1 to
   * {@value #MAX_PAGE}). Such lists are short and only grow at their end.
   *
   * @param key what names an item in a cursor: its identifier, or its position
   */
  static <T> Slice<T> slice(List<T> all, String after, int limit, Function<T, String> key) {
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    int from = 0;
    if (after != null && !after.isBlank()) {
      String wanted;
      try {
        wanted = decode(after.strip());
      } catch (IllegalArgumentException e) {
        throw invalidCursor();
      }
      from = -1;
      for (int i = 0; i < all.size(); i++) {
        if (key.apply(all.get(i)).equals(wanted)) {
          from = i + 1;
          break;
        }
      }
      if (from < 0) {
        throw invalidCursor();
      }
    }
    int to = Math.min(all.size(), from + size);
    List<T> items = List.copyOf(all.subList(from, to));
    String next = to < all.size() ? encode(key.apply(all.get(to - 1))) : null;
    return new Slice<>(items, next);
  }

  /**
   * Reads a cursor written by {@link #encode} as "first|second": absent when blank, a paging error
   * when malformed.
   */
  private static <T> Optional<T> pair(String text, BiFunction<String, String, T> make) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      String raw = decode(text);
      int bar = raw.indexOf('|');
      return Optional.of(make.apply(raw.substring(0, bar), raw.substring(bar + 1)));
    } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw invalidCursor();
    }
  }

  private static RuleViolationException invalidCursor() {
    return new RuleViolationException("PAGING", "after", "The cursor is not valid.");
  }
}
