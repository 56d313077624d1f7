/**
 * Members in the database: identity, contact details, participation (status, end date, end time),
 * profile entries and the offer to the network, photo reference, erasure flag, terms acceptances,
 * consent and network offer histories; and the closing of an erased member's logins.
 */
package org.clubaide.persistence.member;
