package org.clubaide.core.request;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.Channel;

/**
 * What a member (or an agent on the member's behalf) says to raise a request (R-REQ-1, R-REQ-2).
 *
 * @param onBehalfOf the member concerned when an agent records the request; empty for a member
 *     raising their own
 * @param channel web for a member's own request; e-mail or phone when an agent records it
 * @param title a short title
 * @param description the problem, concisely
 * @param kinds kinds of help asked for
 * @param neededBy the date by which help is needed
 */
public record SubmitHelpRequest(
    Optional<MemberId> onBehalfOf,
    Channel channel,
    String title,
    String description,
    Set<KindOfHelp> kinds,
    LocalDate neededBy) {

  /** Normalises missing optional values. */
  public SubmitHelpRequest {
    onBehalfOf = onBehalfOf == null ? Optional.empty() : onBehalfOf;
    channel = channel == null ? Channel.WEB : channel;
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  /** A member raising their own request on the web. */
  public static SubmitHelpRequest byMember(
      String title, String description, Set<KindOfHelp> kinds, LocalDate neededBy) {
    return new SubmitHelpRequest(
        Optional.empty(), Channel.WEB, title, description, kinds, neededBy);
  }
}
