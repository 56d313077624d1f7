/**
 * Membership: the {@link org.clubaide.core.member.Member} aggregate with identity, contact details,
 * terms acceptances and per-group visibility choices kept in a consent history; the {@link
 * org.clubaide.core.member.MembershipService} use cases (R-MEM-1..R-MEM-5).
 */
package org.clubaide.core.member;
