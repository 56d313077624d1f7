/** Logins and their roles in the database, as read by the identity store. */
package org.clubaide.persistence.access;
