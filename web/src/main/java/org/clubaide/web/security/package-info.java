/**
 * Authentication and the current actor: a database identity store with PBKDF2-HMAC-SHA512
 * password hashes, one authentication mechanism for pages (form login) and the API (HTTP Basic or
 * a personal access token as a bearer token), the login throttle, CSRF tokens for cookie-
 * authenticated API calls, the security headers, the security event log, and {@link
 * org.clubaide.web.security.CurrentActor}, which turns the caller into a core {@code Actor}. See
 * docs/security.md.
 */
package org.clubaide.web.security;
