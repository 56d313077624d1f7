package org.clubaide.core.network;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clubaide.core.request.RequestId;

/**
 * What an agent says to send a call for help (R-NET-1, R-NET-2).
 *
 * @param requestId the request, which must be accepted
 * @param reviewedSummary the summary of the problem the agent wrote or reviewed
 * @param wantedSkills the skills the agent chose, as typed
 * @param recipients the members and partners to call on, usually chosen among the matches
 */
public record SendCallForHelp(
    RequestId requestId,
    String reviewedSummary,
    Set<String> wantedSkills,
    List<Participant> recipients) {

  /** Checks the request and normalises missing collections to empty ones. */
  public SendCallForHelp {
    Objects.requireNonNull(requestId, "requestId");
    wantedSkills = wantedSkills == null ? Set.of() : Set.copyOf(wantedSkills);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }
}
