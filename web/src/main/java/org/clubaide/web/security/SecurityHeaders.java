package org.clubaide.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clubaide.web.problem.CorrelationId;

/**
 * The security headers of every response of the application, pages, API and errors alike, and
 * the request's correlation id. Liberty adds the first three to the responses of its own endpoints
 * too ({@code <headers>} in clubaide.xml).
 */
public final class SecurityHeaders {

  /** The content security policy of the pages. */
  static final String CONTENT_SECURITY_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  /** The page that receives a password link's secret in its query string. */
  static final String RESET_PAGE = "/reset-password.xhtml";

  private SecurityHeaders() {}

  /**
   * Sets the headers on a response before anything is written.
   *
   * @param request the request
   * @param response its response
   */
  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    if (response.isCommitted()) {
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    // The page of a password link holds its secret in the address: no referrer leaves it.
    response.setHeader(
        "Referrer-Policy",
        request.getRequestURI() != null && request.getRequestURI().endsWith(RESET_PAGE)
            ? "no-referrer"
            : "same-origin");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setHeader("Cache-Control", "no-store");
    }
    response.setHeader(CorrelationId.HEADER, CorrelationId.of(request));
  }
}
