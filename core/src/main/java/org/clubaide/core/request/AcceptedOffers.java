package org.clubaide.core.request;

/**
 * Port: whether the member took an offer on a request, that is accepted a quote for an
 * accompaniment (R-SOL-2, R-SOL-5). Such a request has had a solution, even without any simple
 * solution, so the member may close it and say how far it solved the problem (R-REQ-9).
 */
@FunctionalInterface
public interface AcceptedOffers {

  /**
   * Whether a quote was accepted on the request.
   *
   * @param request the request
   * @return {@code true} when the member accepted one
   */
  boolean anyAcceptedFor(RequestId request);

  /**
   * For an embedding without quotes: no offer is ever accepted.
   *
   * @return a port that always answers {@code false}
   */
  static AcceptedOffers none() {
    return request -> false;
  }
}
