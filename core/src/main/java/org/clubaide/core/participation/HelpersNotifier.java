package org.clubaide.core.participation;

import org.clubaide.core.request.RequestId;

/**
 * Port: tells everyone working on a request that it stopped needing help, at once, so that nobody
 * spends time for nothing (R-REQ-8, R-MEM-6). The application wires it to the network, for example
 * {@code networkService::requestStopped}, which closes the request's calls for help and cancels its
 * pending introductions.
 */
@FunctionalInterface
public interface HelpersNotifier {

  /**
   * The request, already saved in its new status, stopped needing help.
   *
   * @param requestId the request that was withdrawn
   */
  void requestStopped(RequestId requestId);
}
