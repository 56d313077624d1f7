/**
 * Membership: the {@link org.clubaide.core.member.Member} aggregate with identity, contact details,
 * terms acceptances (R-MEM-2), the {@link org.clubaide.core.member.Profile} offered to the network
 * (R-MEM-3), an optional photo, per-group visibility choices kept in a consent history (R-MEM-4,
 * R-MEM-5), the participation period and its end (R-MEM-6, R-MEM-7) and erasure (R-PRV-2).
 *
 * <p>Every change raises a {@link org.clubaide.core.member.MemberEvent}. The package depends on no
 * other capability but {@code terms} and {@code shared}: the use cases that check who acts live in
 * {@code registration}, {@code participation} and {@code privacy}.
 */
package org.clubaide.core.member;
