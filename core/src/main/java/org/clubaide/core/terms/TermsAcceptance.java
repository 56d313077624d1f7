package org.clubaide.core.terms;

import java.time.Instant;
import java.util.Objects;
import org.clubaide.core.shared.Channel;

/**
 * A member's acceptance of one version of the terms (R-MEM-2).
 *
 * @param versionLabel the label of the accepted version
 * @param acceptedAt when it was accepted
 * @param channel how the acceptance was given
 */
public record TermsAcceptance(String versionLabel, Instant acceptedAt, Channel channel) {

  /** Checks the arguments. */
  public TermsAcceptance {
    Objects.requireNonNull(versionLabel, "versionLabel");
    Objects.requireNonNull(acceptedAt, "acceptedAt");
    Objects.requireNonNull(channel, "channel");
  }

  /** Whether this acceptance is for {@code version}. */
  public boolean isFor(TermsVersion version) {
    return versionLabel.equals(version.label());
  }
}
