/**
 * The deployment's own secrets, generated once at random and shared by every server through the
 * database ({@code deployment_secret}): keys that must be the same on every server and survive
 * restarts, and that nobody has to write into a configuration file.
 */
package org.clubaide.persistence.secret;
