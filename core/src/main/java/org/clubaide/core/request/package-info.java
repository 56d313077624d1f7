/**
 * Help requests: the {@link org.clubaide.core.request.HelpRequest} aggregate and its lifecycle
 * ({@link org.clubaide.core.request.RequestStatus}), deadlines, simple solutions and the timeline
 * of {@link org.clubaide.core.request.RequestEvent events}; the {@link
 * org.clubaide.core.request.HelpRequestService} use cases (R-REQ-1..R-REQ-10, R-SOL-1).
 *
 * <p>Dates (needed-by, decision, solution, postponement) are calendar days in the Service's time
 * zone, which is the zone of the injected {@link java.time.Clock}. "Overdue" is derived from that
 * clock on every read and never stored.
 */
package org.clubaide.core.request;
