package org.clubaide.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Synchronizer tokens against cross-site request forgery on the API (OWASP ASVS V13.2.3, V4.2.2):
 * one random token per HTTP session, drawn anew at each login, read with {@code GET
 * /api/v1/csrf}, and required in the {@value #HEADER} header of every state-changing API call
 * that the session cookie authenticates. Calls that carry their credentials (HTTP Basic or a
 * bearer token) need none: a browser never adds those to a forged request on its own. Pages are
 * Faces views, protected by their server-side view state.
 */
public final class CsrfTokens {

  /** The request header that carries the token. */
  public static final String HEADER = "X-CSRF-Token";

  private static final String ATTRIBUTE = CsrfTokens.class.getName();
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfTokens() {}

  /**
   * The session's token, drawn on first use.
   *
   * @param session the session
   * @return its token
   */
  public static String of(HttpSession session) {
    if (session.getAttribute(ATTRIBUTE) instanceof String token) {
      return token;
    }
    return renew(session);
  }

  /**
   * Draws a new token for the session (at login).
   *
   * @param session the session
   * @return the new token
   */
  static String renew(HttpSession session) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    session.setAttribute(ATTRIBUTE, token);
    return token;
  }

  /**
   * Whether the method may change state (anything but GET, HEAD, OPTIONS and TRACE).
   *
   * @param method the HTTP method
   * @return {@code true} when a token is needed
   */
  static boolean changesState(String method) {
    return !SAFE_METHODS.contains(method);
  }

  /**
   * Whether the request carries its session's token, compared in constant time.
   *
   * @param request the request
   * @return {@code true} when the header holds the session's token
   */
  static boolean carried(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(HEADER);
    if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String token)) {
      return false;
    }
    return MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), sent.strip().getBytes(StandardCharsets.UTF_8));
  }
}
