/**
 * Who is acting and what they may do: the {@link org.clubaide.core.access.Role roles} of the
 * platform, the {@link org.clubaide.core.access.Actor} that every use case receives, and the
 * access policies the web layer relies on for every action (R-PRV-1, R-PRV-3).
 *
 * <p>Logins ({@link org.clubaide.core.access.Account}) and their passwords: the {@link
 * org.clubaide.core.access.PasswordPolicy} (length and {@link
 * org.clubaide.core.access.CommonPasswords common passwords}), changing a password ({@link
 * org.clubaide.core.access.AccountService}), personal access tokens for API clients ({@link
 * org.clubaide.core.access.ApiTokenService}), the {@link
 * org.clubaide.core.access.LoginThrottle} that limits password guessing, and choosing a password by
 * an e-mailed link ({@link org.clubaide.core.access.PasswordResetService}: a forgotten password or
 * an invitation, sent through the {@link org.clubaide.core.access.ResetMailer} port).
 */
package org.clubaide.core.access;
