/**
 * What the administrators of the platform do (R-MEM-2, R-PRV-3, R-NET-1): publish a new version of
 * the terms, which every member then accepts at their next login; list the logins and their roles;
 * create the logins of the Service's staff and of partners, change a staff login's roles, disable
 * and enable logins ({@link org.clubaide.core.administration.UserAdministration}), keeping at
 * least one enabled administrator; record the partners of the network. Only an actor with the {@code ADMIN} role acts here.
 */
package org.clubaide.core.administration;
