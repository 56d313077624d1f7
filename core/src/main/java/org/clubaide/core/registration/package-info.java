/**
 * Becoming a member and opening the platform: the {@link
 * org.clubaide.core.registration.RegistrationService} registers a visitor who accepted the current
 * terms (R-MEM-1) and creates the first administrator of a new installation.
 */
package org.clubaide.core.registration;
