package org.clubaide.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import org.clubaide.core.access.InvalidResetLinkException;
import org.clubaide.core.access.LoginThrottle;
import org.clubaide.core.access.PasswordResetService;
import org.clubaide.core.access.ResetRequestThrottle;

/**
 * Password reset by e-mailed link for the API and the pages alike (R-PRV-1): the per-address
 * throttle, the use cases in their transactions, and the security events (ids only: never the
 * address asked for, nor the link).
 */
@ApplicationScoped
public class PasswordResets {

  @Inject PasswordResetService resets;
  @Inject ResetRequestThrottle throttle;
  @Inject PasswordResets self;

  /**
   * Asks for a reset link: the same outcome whether or not the address is known.
   *
   * @param email the address as typed
   * @param request the HTTP request, for the client's address and the log
   * @throws LoginThrottledException when the address asked too often within the hour
   */
  public void request(String email, HttpServletRequest request) {
    String address = SecurityEvents.clientAddress(request);
    if (self.admit(address) instanceof LoginThrottle.Verdict.Refused refused) {
      SecurityEvents.log(SecurityEvents.Type.LOGIN_THROTTLED, request, null, "via", "reset");
      throw new LoginThrottledException(
          refused.retryAfter(),
          "too-many-reset-requests",
          "Too many password-reset requests from this address; try again later.");
    }
    self.requestReset(email);
    SecurityEvents.log(SecurityEvents.Type.PASSWORD_RESET_REQUESTED, request, null);
  }

  /**
   * Sets a new password with a link.
   *
   * @param token the link's secret
   * @param newPassword the new password
   * @param request the HTTP request, for the log
   * @throws InvalidResetLinkException when the link cannot be used
   * @throws org.clubaide.core.shared.RuleViolationException when the password is refused
   */
  public void complete(String token, char[] newPassword, HttpServletRequest request) {
    try {
      String login = self.completeReset(token, newPassword);
      SecurityEvents.log(
          SecurityEvents.Type.PASSWORD_RESET_COMPLETED, request, SecurityEvents.account(login));
    } catch (InvalidResetLinkException e) {
      SecurityEvents.log(SecurityEvents.Type.PASSWORD_RESET_LINK_REJECTED, request, null);
      throw e;
    }
  }

  /** Counts the request against its address, in a transaction of its own. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public LoginThrottle.Verdict admit(String address) {
    return throttle.request(address);
  }

  /** See {@link PasswordResetService#requestReset}. */
  @Transactional
  public void requestReset(String email) {
    resets.requestReset(email);
  }

  /**
   * See {@link PasswordResetService#completeReset} (which also revokes the login's access tokens).
   * The login's sessions stop at their next request, their password stamp being the old one
   * ({@link LoginGuard#currentGroups}): whoever had taken the login over is out.
   */
  @Transactional
  public String completeReset(String token, char[] newPassword) {
    return resets.completeReset(token, newPassword);
  }
}
