package org.clubaide.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.clubaide.core.participation.HelpersNotifier;
import org.clubaide.core.request.RequestId;

/** A helpers notifier that remembers which requests it was told about, in order. */
public final class RecordingHelpersNotifier implements HelpersNotifier {

  private final List<RequestId> stopped = new ArrayList<>();

  @Override
  public void requestStopped(RequestId requestId) {
    stopped.add(requestId);
  }

  /** The requests reported as stopped, in order. */
  public List<RequestId> stopped() {
    return List.copyOf(stopped);
  }
}
