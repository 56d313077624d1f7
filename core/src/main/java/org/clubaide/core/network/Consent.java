package org.clubaide.core.network;

import java.time.Instant;
import java.util.Objects;
import org.clubaide.core.shared.Channel;

/**
 * A party's written agreement to pass their contact details to the other party (R-NET-3), kept with
 * its date and channel: {@link Channel#WEB} when the party acted on the web, {@link Channel#EMAIL}
 * when an agent recorded the party's e-mail.
 *
 * @param givenAt when
 * @param channel web or e-mail
 * @param recordedBy the login that recorded it: the party's own, or an agent's for an e-mail
 */
public record Consent(Instant givenAt, Channel channel, String recordedBy) {

  /** Checks the arguments. */
  public Consent {
    Objects.requireNonNull(givenAt, "givenAt");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(recordedBy, "recordedBy");
  }
}
