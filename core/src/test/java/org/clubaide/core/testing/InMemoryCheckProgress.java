package org.clubaide.core.testing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.notification.CheckProgress;

/** How far each check went, in memory. */
public final class InMemoryCheckProgress implements CheckProgress {

  private final Map<String, String> positions = new HashMap<>();

  @Override
  public Optional<String> position(String check) {
    return Optional.ofNullable(positions.get(check));
  }

  @Override
  public void save(String check, String position, Instant at) {
    positions.put(check, position);
  }
}
