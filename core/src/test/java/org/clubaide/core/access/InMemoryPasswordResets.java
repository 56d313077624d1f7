package org.clubaide.core.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Password links kept in memory, with the database's conditional use. */
final class InMemoryPasswordResets implements PasswordResetRepository {

  private final Map<UUID, PasswordReset> byId = new LinkedHashMap<>();

  @Override
  public void add(PasswordReset reset) {
    if (byId.putIfAbsent(reset.id(), reset) != null) {
      throw new IllegalStateException("Link added twice: " + reset.id());
    }
  }

  @Override
  public Optional<PasswordReset> findByDigest(TokenDigest digest) {
    return byId.values().stream().filter(r -> r.digest().equals(digest)).findFirst();
  }

  @Override
  public long countIssuedSince(String login, PasswordReset.Purpose purpose, Instant since) {
    return byId.values().stream()
        .filter(r -> r.login().equals(login) && r.purpose() == purpose)
        .filter(r -> r.createdAt().isAfter(since))
        .count();
  }

  @Override
  public boolean markUsed(UUID id, Instant at) {
    PasswordReset r = byId.get(id);
    if (r == null || r.usedAt().isPresent() || r.voidedAt().isPresent()) {
      return false;
    }
    byId.put(id, copy(r, Optional.of(at), r.voidedAt()));
    return true;
  }

  @Override
  public int voidOutstanding(String login, Instant at) {
    int voided = 0;
    for (PasswordReset r : List.copyOf(byId.values())) {
      if (r.login().equals(login) && r.usedAt().isEmpty() && r.voidedAt().isEmpty()) {
        byId.put(r.id(), copy(r, r.usedAt(), Optional.of(at)));
        voided++;
      }
    }
    return voided;
  }

  /** Every link, in the order they were issued. */
  List<PasswordReset> all() {
    return List.copyOf(byId.values());
  }

  private static PasswordReset copy(
      PasswordReset r, Optional<Instant> usedAt, Optional<Instant> voidedAt) {
    return new PasswordReset(
        r.id(), r.login(), r.purpose(), r.digest(), r.createdAt(), r.expiresAt(), usedAt, voidedAt);
  }
}
