package org.clubaide.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import org.clubaide.web.problem.ProblemWriter;

/**
 * One mechanism for the whole application:
 *
 * <ul>
 *   <li>the login page calls {@code SecurityContext.authenticate} with the typed credentials;
 *   <li>API clients send HTTP Basic credentials with each call;
 *   <li>an unauthenticated visit to a protected page is redirected to the login page, which brings
 *       the visitor back afterwards.
 * </ul>
 *
 * Once authenticated, the HTTP session keeps the caller (its name and groups, under a new session
 * identifier), so that later requests carrying the session cookie are neither hashed again nor
 * looked up: logging out invalidates the session. This replaces {@code @AutoApplySession}, which
 * Open Liberty implements with its LTPA single sign-on cookie: every request re-applied the login
 * to the cached subject, which grew with each request until the heap ran out (about 20,000 requests
 * of one session filled 6 GB), and once the subject left the authentication cache the cookie could
 * not be validated without a user registry (CWWKS3005E on every request, then 401). The LTPA
 * cookie is off ({@code singleSignonEnabled="false"} in clubaide.xml); see docs/performance.md.
 */
@ApplicationScoped
public class ClubAideAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final Logger SECURITY_LOG = Logger.getLogger("org.clubaide.security");

  /** The session attribute holding the authenticated caller. */
  static final String CALLER = ClubAideAuthenticationMechanism.class.getName() + ".caller";

  /**
   * Who the session belongs to.
   *
   * @param name the caller's login
   * @param groups the caller's groups (roles) when they logged in
   */
  record SessionCaller(String name, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // The error page of a refused request: the refusal was already answered.
      return context.doNothing();
    }
    Credential typed = context.getAuthParameters().getCredential();
    if (typed != null) {
      return login(context.getAuthParameters().getCredential(), context, request);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decodeBasic(header.substring(6).trim());
      if (basic != null) {
        CredentialValidationResult result = identityStores.validate(basic);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          remember(request, result);
          return context.notifyContainerAboutLogin(result);
        }
      }
      SECURITY_LOG.info(() -> "API authentication failed from " + request.getRemoteAddr());
      return challenge(request, response, context);
    }
    SessionCaller caller = sessionCaller(request);
    if (caller != null) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      if (isApi(request)) {
        return challenge(request, response, context);
      }
      String target = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      return context.redirect(
          request.getContextPath()
              + "/login.xhtml?continue="
              + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      Credential credential, HttpMessageContext context, HttpServletRequest request) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      SECURITY_LOG.info(() -> "Login succeeded from " + request.getRemoteAddr());
      remember(request, result);
      return context.notifyContainerAboutLogin(result);
    }
    SECURITY_LOG.info(() -> "Login failed from " + request.getRemoteAddr());
    return AuthenticationStatus.SEND_FAILURE;
  }

  /**
   * Keeps the caller in the HTTP session, under a new session identifier when a session existed
   * already (no session fixation).
   */
  private static void remember(HttpServletRequest request, CredentialValidationResult result) {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            CALLER,
            new SessionCaller(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
  }

  /** The caller the request's session holds, if any. */
  private static SessionCaller sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    try {
      return session.getAttribute(CALLER) instanceof SessionCaller caller ? caller : null;
    } catch (IllegalStateException invalidated) {
      return null;
    }
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Club Aide\", charset=\"UTF-8\"");
    ProblemWriter.write(
        response,
        401,
        "unauthenticated",
        "Authentication required",
        "Log in, or send your credentials with the request.",
        request.getRequestURI());
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
