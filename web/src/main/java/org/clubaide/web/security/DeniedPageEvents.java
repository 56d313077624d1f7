package org.clubaide.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Logs an {@link SecurityEvents.Type#ACCESS_DENIED} event when the container refuses a page by its
 * role constraints (web.xml: a member opening {@code /admin/…}). The container answers such a
 * refusal before any filter of the request runs, then forwards to the 403 error page: this filter
 * runs on that error dispatch and names the refused page ({@code page=}) and the caller by id only.
 * The API's refusals are logged where they are decided (the exception mappers) and never reach an
 * error page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.ERROR)
public class DeniedPageEvents extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN)
        .equals(req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE))) {
      Object page = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      SecurityEvents.log(
          SecurityEvents.Type.ACCESS_DENIED,
          req,
          SecurityEvents.account(callerName(req)),
          "page",
          page == null ? "-" : page.toString());
    }
    chain.doFilter(req, res);
  }

  /**
   * The caller's login name: the error dispatch runs without the refused request's security
   * context, so it is read from the principal when there is one, else from the session the
   * authentication mechanism keeps.
   */
  private static String callerName(HttpServletRequest req) {
    Principal principal = req.getUserPrincipal();
    if (principal != null) {
      return principal.getName();
    }
    HttpSession session = req.getSession(false);
    try {
      return session != null
              && session.getAttribute(ClubAideAuthenticationMechanism.CALLER)
                  instanceof ClubAideAuthenticationMechanism.SessionCaller caller
          ? caller.name()
          : null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }
}
