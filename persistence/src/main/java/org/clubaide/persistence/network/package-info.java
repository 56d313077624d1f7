/**
 * The network in the database (R-NET-1..R-NET-4): calls for help with their anonymous view,
 * recipients, answers and events ({@link
 * org.clubaide.persistence.network.JpaCallForHelpRepository}), introductions with both consents
 * ({@link org.clubaide.persistence.network.JpaIntroductionRepository}), and the directory of
 * members and partners the matching reads ({@link
 * org.clubaide.persistence.network.JpaNetworkDirectory}).
 *
 * <p>A participant is stored as two columns, {@code member_id} and {@code partner_id}, exactly one
 * set, so that each has its foreign key; {@link org.clubaide.persistence.network.Participants}
 * converts.
 */
package org.clubaide.persistence.network;
