package org.clubaide.persistence.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and writes the column values of native queries the same way on H2 and PostgreSQL. */
final class Rows {

  private Rows() {}

  /** An instant as the UTC timestamp the schema stores. */
  static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A stored UTC timestamp back as an instant, whatever type the driver returns. */
  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Not a timestamp: " + value.getClass().getName());
  }

  /** A stored date, whatever type the driver returns. */
  static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    throw new IllegalStateException("Not a date: " + value);
  }

  static String text(Object value) {
    return value == null ? null : value.toString().strip();
  }

  static boolean bool(Object value) {
    return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  /** The parameters as {@code name=value} lines, escaping backslash, newline and return. */
  static String encode(Map<String, String> params) {
    StringBuilder out = new StringBuilder();
    params.forEach(
        (name, value) -> {
          out.append(name).append('=');
          for (char c : value.toCharArray()) {
            switch (c) {
              case '\\' -> out.append("\\\\");
              case '\n' -> out.append("\\n");
              case '\r' -> out.append("\\r");
              default -> out.append(c);
            }
          }
          out.append('\n');
        });
    return out.toString();
  }

  /** Reads {@link #encode} back, in order. */
  static Map<String, String> decode(String text) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      StringBuilder value = new StringBuilder();
      for (int i = eq + 1; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\' && i + 1 < line.length()) {
          char next = line.charAt(++i);
          value.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
        } else {
          value.append(c);
        }
      }
      params.put(line.substring(0, eq), value.toString());
    }
    return params;
  }
}
