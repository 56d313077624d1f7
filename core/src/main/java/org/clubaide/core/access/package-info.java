/**
 * Who is acting and what they may do: the {@link org.clubaide.core.access.Role roles} of the
 * platform, the {@link org.clubaide.core.access.Actor} that every use case receives, and the
 * access policies the web layer relies on for every action (R-PRV-1, R-PRV-3).
 */
package org.clubaide.core.access;
