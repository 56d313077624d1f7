/**
 * Logins and their roles in the database, as read by the identity store; personal access tokens
 * (their SHA-256 digests only); and the failed logins the login throttle counts, shared by every
 * server of a deployment.
 */
package org.clubaide.persistence.access;
