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
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.LoginThrottle;
import org.clubaide.core.member.MemberId;
import org.clubaide.web.problem.ProblemWriter;

/**
 * One mechanism for the whole application:
 *
 * <ul>
 *   <li>the login page calls {@code SecurityContext.authenticate} with the typed credentials;
 *   <li>API clients send HTTP Basic credentials, or a personal access token as {@code
 *       Authorization: Bearer} (API only), with each call;
 *   <li>an unauthenticated visit to a protected page is redirected to the login page, which brings
 *       the visitor back afterwards.
 * </ul>
 *
 * Once authenticated by a password, the HTTP session keeps the caller (its name and groups, under a
 * new session identifier, with a new CSRF token), so that later requests carrying the session
 * cookie are not hashed again: logging out invalidates the session. The session's login is read
 * again on each request ({@link LoginGuard#currentGroups}): once an administrator disabled it, the
 * session is ended and the request goes on as anonymous (401 on the API, the login page for a
 * protected page), and changed roles apply from the next request. A
 * state-changing API call authenticated by that cookie must carry the session's CSRF token ({@link
 * CsrfTokens}) or is refused with 403. A bearer token creates no session.
 *
 * <p>Every password attempt first asks the {@link LoginThrottle} (through {@link LoginGuard}):
 * over 100 failures within the hour for the login name or the address, the attempt is refused
 * without checking the password, with 429 and {@code Retry-After} on the API and a message on the
 * login page. Every outcome is a {@link SecurityEvents security event}.
 *
 * <p>This replaces {@code @AutoApplySession}, which Open Liberty implements with its LTPA single
 * sign-on cookie: every request re-applied the login to the cached subject, which grew with each
 * request until the heap ran out (about 20,000 requests of one session filled 6 GB), and once the
 * subject left the authentication cache the cookie could not be validated without a user registry
 * (CWWKS3005E on every request, then 401). The LTPA cookie is off ({@code
 * singleSignonEnabled="false"} in clubaide.xml); see docs/performance.md.
 */
@ApplicationScoped
public class ClubAideAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The session attribute holding the authenticated caller. */
  static final String CALLER = ClubAideAuthenticationMechanism.class.getName() + ".caller";

  /** The request attribute naming how the request was authenticated ({@link Via}). */
  static final String VIA = ClubAideAuthenticationMechanism.class.getName() + ".via";

  /** The request attribute set when the throttle refused a form login: the delay to wait. */
  static final String THROTTLED = ClubAideAuthenticationMechanism.class.getName() + ".throttled";

  private static final String BASIC_CHALLENGE = "Basic realm=\"Club Aide\", charset=\"UTF-8\"";
  private static final String BEARER_CHALLENGE = "Bearer realm=\"Club Aide\"";

  /** How a request was authenticated. */
  public enum Via {
    /** The login form. */
    FORM,
    /** HTTP Basic credentials. */
    BASIC,
    /** A personal access token. */
    BEARER,
    /** The session cookie of an earlier login. */
    SESSION
  }

  /**
   * Who the session belongs to.
   *
   * @param name the caller's login
   * @param groups the caller's groups (roles) when they logged in; each request uses the current
   *     ones
   */
  record SessionCaller(String name, Set<String> groups, String credential)
      implements Serializable {}

  @Inject IdentityStoreHandler identityStores;
  @Inject LoginGuard guard;

  /**
   * How the request was authenticated, if it was.
   *
   * @param request the request
   * @return the way, or empty
   */
  public static Optional<Via> via(HttpServletRequest request) {
    return request.getAttribute(VIA) instanceof Via via ? Optional.of(via) : Optional.empty();
  }

  /**
   * Whether the login form's last attempt in this request was refused by the throttle.
   *
   * @param request the request of the login form
   * @return {@code true} when it was
   */
  public static boolean throttled(HttpServletRequest request) {
    return request.getAttribute(THROTTLED) != null;
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      // The error page of a refused request: the refusal was already answered.
      return context.doNothing();
    }
    SecurityHeaders.apply(request, response);
    Credential typed = context.getAuthParameters().getCredential();
    if (typed instanceof UsernamePasswordCredential form) {
      return formLogin(form, context, request);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basicLogin(header.substring(6).trim(), request, response, context);
    }
    if (header != null && isApi(request) && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return bearer(header.substring(7).trim(), request, response, context);
    }
    SessionCaller caller = sessionCaller(request);
    if (caller != null) {
      if (isApi(request) && CsrfTokens.changesState(request.getMethod()) && !csrfCarried(request)) {
        SecurityEvents.log(SecurityEvents.Type.CSRF_REJECTED, request, SecurityEvents.account(caller.name()));
        ProblemWriter.write(
            request,
            response,
            403,
            "csrf",
            "Missing or invalid CSRF token",
            "An action authenticated by the session cookie must carry the X-CSRF-Token header"
                + " obtained from GET /api/v1/csrf.");
        return AuthenticationStatus.SEND_FAILURE;
      }
      Optional<Set<String>> groups = guard.currentGroups(caller.name(), caller.credential());
      if (groups.isPresent()) {
        request.setAttribute(VIA, Via.SESSION);
        return context.notifyContainerAboutLogin(caller.name(), groups.get());
      }
      // Disabled by an administrator (or removed), or its password changed, since the session
      // opened: it ends here.
      SecurityEvents.log(
          SecurityEvents.Type.SESSION_REFUSED, request, SecurityEvents.account(caller.name()));
      endSession(request);
    }
    if (context.isProtected()) {
      if (isApi(request)) {
        return challenge(request, response);
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

  private AuthenticationStatus formLogin(
      UsernamePasswordCredential credential, HttpMessageContext context, HttpServletRequest request) {
    String login = credential.getCaller();
    String address = SecurityEvents.clientAddress(request);
    if (guard.check(login, address) instanceof LoginThrottle.Verdict.Refused refused) {
      SecurityEvents.log(
          SecurityEvents.Type.LOGIN_THROTTLED, request, SecurityEvents.account(login), "via", "form");
      request.setAttribute(THROTTLED, refused.retryAfter());
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      loggedIn(result, request, Via.FORM);
      return context.notifyContainerAboutLogin(result);
    }
    guard.failed(login, address);
    SecurityEvents.log(
        SecurityEvents.Type.LOGIN_FAILED, request, SecurityEvents.account(login), "via", "form");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus basicLogin(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    UsernamePasswordCredential basic = decodeBasic(encoded);
    String login = basic == null ? null : basic.getCaller();
    String address = SecurityEvents.clientAddress(request);
    if (guard.check(login, address) instanceof LoginThrottle.Verdict.Refused refused) {
      SecurityEvents.log(
          SecurityEvents.Type.LOGIN_THROTTLED, request, SecurityEvents.account(login), "via", "basic");
      return tooManyAttempts(request, response, refused.retryAfter());
    }
    if (basic != null) {
      CredentialValidationResult result = identityStores.validate(basic);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        loggedIn(result, request, Via.BASIC);
        return context.notifyContainerAboutLogin(result);
      }
    }
    guard.failed(login, address);
    SecurityEvents.log(
        SecurityEvents.Type.LOGIN_FAILED, request, SecurityEvents.account(login), "via", "basic");
    return challenge(request, response);
  }

  private AuthenticationStatus bearer(
      String secret,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String address = SecurityEvents.clientAddress(request);
    if (guard.check(null, address) instanceof LoginThrottle.Verdict.Refused refused) {
      SecurityEvents.log(SecurityEvents.Type.LOGIN_THROTTLED, request, null, "via", "bearer");
      return tooManyAttempts(request, response, refused.retryAfter());
    }
    Optional<LoginGuard.TokenCaller> caller = guard.authenticate(secret);
    if (caller.isEmpty()) {
      guard.failed(null, address);
      SecurityEvents.log(SecurityEvents.Type.TOKEN_REJECTED, request, null, "via", "bearer");
      response.setHeader("WWW-Authenticate", BEARER_CHALLENGE + ", error=\"invalid_token\"");
      ProblemWriter.write(
          request,
          response,
          401,
          "unauthenticated",
          "Authentication required",
          "Log in, or send your credentials or an access token with the request.");
      return AuthenticationStatus.SEND_FAILURE;
    }
    request.setAttribute(VIA, Via.BEARER);
    return context.notifyContainerAboutLogin(caller.get().login(), caller.get().groups());
  }

  /**
   * After a password login: forgets the login's failures, keeps the caller in the session under a
   * new session identifier (no session fixation) with a new CSRF token, and logs the event.
   */
  private void loggedIn(CredentialValidationResult result, HttpServletRequest request, Via via) {
    String login = result.getCallerPrincipal().getName();
    Optional<MemberId> member = guard.succeeded(login);
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession(true);
    session.setAttribute(
        CALLER,
        new SessionCaller(
            login, Set.copyOf(result.getCallerGroups()), guard.credentialStamp(login)));
    CsrfTokens.renew(session);
    request.setAttribute(VIA, via);
    SecurityEvents.log(
        SecurityEvents.Type.LOGIN_SUCCEEDED,
        request,
        SecurityEvents.account(login),
        "member",
        member.map(MemberId::toString).orElse("-"),
        "via",
        via.name().toLowerCase(Locale.ROOT));
  }

  private static void endSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalidated) {
        // Nothing left to end.
      }
    }
  }

  /**
   * After the caller changed their own password in this session: the session keeps working with
   * the new password's stamp, while the login's other sessions stop (their stamp is the old one).
   *
   * @param request the request whose session, if any, to keep
   * @param credentialStamp the stamp of the new password ({@link LoginGuard#stamp})
   */
  public static void passwordChanged(HttpServletRequest request, String credentialStamp) {
    SessionCaller caller = sessionCaller(request);
    if (caller != null) {
      request
          .getSession(false)
          .setAttribute(
              CALLER, new SessionCaller(caller.name(), caller.groups(), credentialStamp));
    }
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

  private static boolean csrfCarried(HttpServletRequest request) {
    try {
      return CsrfTokens.carried(request);
    } catch (IllegalStateException invalidated) {
      return false;
    }
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
    if (isApi(request)) {
      response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
    }
    ProblemWriter.write(
        request,
        response,
        401,
        "unauthenticated",
        "Authentication required",
        "Log in, or send your credentials or an access token with the request.");
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus tooManyAttempts(
      HttpServletRequest request, HttpServletResponse response, Duration retryAfter) {
    response.setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    ProblemWriter.write(
        request,
        response,
        429,
        "too-many-requests",
        "Too many attempts",
        "Too many logins failed for this login or from this address. Try again after the delay"
            + " given by Retry-After.");
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
