package org.clubaide.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.clubaide.core.access.ThrottleKey;
import org.clubaide.web.problem.CorrelationId;

/**
 * The security event log (OWASP ASVS V7.1, V7.2): one line per event on the logger {@value
 * #LOGGER}, as {@code security-event type=… account=… address=… method=… path=… correlation=…}.
 * Events name who acted by ids only: the member's id when known, and otherwise an account digest
 * ({@code account:} and 12 hexadecimal digits of a SHA-256 of the login name, the same whether or
 * not the account exists). Never a password, a token, an e-mail address or a name.
 */
public final class SecurityEvents {

  /** The logger's name. */
  public static final String LOGGER = "org.clubaide.security";

  private static final Logger LOG = Logger.getLogger(LOGGER);
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._:/%@+-]");

  /** The kinds of event. */
  public enum Type {
    /** A login (form or HTTP Basic) succeeded. */
    LOGIN_SUCCEEDED,
    /** A login failed: wrong login name or password. */
    LOGIN_FAILED,
    /** A login was refused by the throttle before its password was checked. */
    LOGIN_THROTTLED,
    /** An API call presented a personal access token that is unknown, expired or revoked. */
    TOKEN_REJECTED,
    /** A personal access token was created. */
    TOKEN_CREATED,
    /** A personal access token was revoked. */
    TOKEN_REVOKED,
    /** A password was changed. */
    PASSWORD_CHANGED,
    /** An action was refused by an access policy (HTTP 403). */
    ACCESS_DENIED,
    /** A state-changing call authenticated by the session cookie lacked a valid CSRF token. */
    CSRF_REJECTED,
    /** Input was refused: invalid fields (400) or a broken rule (422). */
    VALIDATION_FAILED,
    /** Someone asked for a password-reset link; logged without the address asked for. */
    PASSWORD_RESET_REQUESTED,
    /** A password was set with a reset or invitation link. */
    PASSWORD_RESET_COMPLETED,
    /** A password link was refused: unknown, expired, used or voided. */
    PASSWORD_RESET_LINK_REJECTED,
    /** An administrator created a login (staff or partner). */
    LOGIN_CREATED,
    /** An administrator changed a login's roles. */
    ROLES_CHANGED,
    /** An administrator disabled a login. */
    LOGIN_DISABLED,
    /** An administrator enabled a login again. */
    LOGIN_ENABLED,
    /** A session of a login that was disabled (or removed) since it opened was refused. */
    SESSION_REFUSED
  }

  private SecurityEvents() {}

  /**
   * The pseudonymous id of a login name for the log.
   *
   * @param login the login name as typed, possibly {@code null}
   * @return {@code account:} and 12 hexadecimal digits, or {@code -} without a login
   */
  public static String account(String login) {
    return login == null || login.isBlank() ? "-" : ThrottleKey.account(login).shortForm();
  }

  /**
   * The client's address as the server sees it: the peer's, or the one a trusted proxy forwarded
   * (Liberty's {@code remoteIp} setting).
   *
   * @param request the request
   * @return the address
   */
  public static String clientAddress(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    return address == null || address.isBlank() ? "unknown" : address;
  }

  /**
   * Logs an event.
   *
   * @param type what happened
   * @param request the request it happened in
   * @param account the account digest from {@link #account}, or {@code null}
   * @param details further {@code name=value} pairs of ids (a member id, a token id, a rule)
   */
  public static void log(Type type, HttpServletRequest request, String account, String... details) {
    if (!LOG.isLoggable(Level.INFO)) {
      return;
    }
    StringBuilder line = new StringBuilder("security-event type=").append(type);
    line.append(" account=").append(safe(Optional.ofNullable(account).orElse("-")));
    for (int i = 0; i + 1 < details.length; i += 2) {
      line.append(' ').append(safe(details[i])).append('=').append(safe(details[i + 1]));
    }
    line.append(" address=").append(safe(clientAddress(request)));
    line.append(" method=").append(safe(request.getMethod()));
    line.append(" path=").append(safe(path(request.getRequestURI())));
    line.append(" correlation=").append(CorrelationId.of(request));
    LOG.log(Level.INFO, line.toString());
  }

  /**
   * The request's path with any segment that names a login (an e-mail address, as in {@code
   * /api/v1/admin/logins/{login}}) replaced by the login's account digest: a path never carries an
   * address into the log.
   */
  static String path(String uri) {
    if (uri == null || uri.indexOf('@') < 0 && uri.indexOf("%40") < 0) {
      return uri;
    }
    String[] segments = uri.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
      if (segment.indexOf('@') >= 0) {
        segments[i] = account(segment);
      }
    }
    return String.join("/", segments);
  }

  /** Keeps ids readable and the line unforgeable: anything else becomes an underscore. */
  static String safe(String value) {
    if (value == null) {
      return "-";
    }
    String cut = value.length() > 200 ? value.substring(0, 200) : value;
    return UNSAFE.matcher(cut).replaceAll("_");
  }
}
