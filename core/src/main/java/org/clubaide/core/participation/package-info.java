/**
 * Taking part in the club over time: accepting a new terms version at login (R-MEM-2), describing
 * what one offers to the network (R-MEM-3), seeing and renewing the participation period (R-MEM-7)
 * in the {@link org.clubaide.core.participation.ParticipationService}, and ending it at any time
 * without a reason in {@link org.clubaide.core.participation.EndParticipation} (R-MEM-6), which
 * withdraws the member's open requests and tells their helpers through the {@link
 * org.clubaide.core.participation.HelpersNotifier} port (R-REQ-8).
 *
 * <p>The base service is free (R-MEM-8): no use case here or in registration takes or produces an
 * amount of money.
 */
package org.clubaide.core.participation;
