/**
 * Authentication and the current actor: a database identity store with PBKDF2-HMAC-SHA512
 * password hashes, one authentication mechanism for pages (form login) and the API (HTTP Basic),
 * and {@link org.clubaide.web.security.CurrentActor}, which turns the caller into a core {@code
 * Actor}.
 */
package org.clubaide.web.security;
