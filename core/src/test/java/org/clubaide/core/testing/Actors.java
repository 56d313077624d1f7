package org.clubaide.core.testing;

import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Actor;
import org.clubaide.core.access.Role;

/** Fixtures for actors who are not members. */
public final class Actors {

  private Actors() {}

  /** An agent of the central Service. */
  public static Actor agent() {
    return Actor.agent("agent@clubaide.invalid");
  }

  /** An administrator, who also acts as an agent. */
  public static Actor admin() {
    return new Actor("admin@clubaide.invalid", Optional.empty(), Set.of(Role.ADMIN));
  }

  /** A partner of the network: neither a member nor the Service. */
  public static Actor partner() {
    return new Actor("partner@example.org", Optional.empty(), Set.of(Role.PARTNER));
  }
}
