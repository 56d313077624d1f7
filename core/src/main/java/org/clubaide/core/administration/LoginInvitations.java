package org.clubaide.core.administration;

/**
 * Port: sends a new login an invitation to choose its own password (an e-mailed single-use link,
 * {@link org.clubaide.core.access.PasswordResetService#invite}), so that an administrator who
 * creates a login never knows its password (R-PRV-1).
 */
@FunctionalInterface
public interface LoginInvitations {

  /**
   * Sends the login, an e-mail address, its invitation.
   *
   * @param login the new login
   */
  void invite(String login);
}
