package org.clubaide.core.access;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.clubaide.core.shared.NotFoundException;

/** Tokens kept in memory; logins in {@link #cannotLogIn} are treated as ended or erased. */
final class InMemoryApiTokens implements ApiTokenRepository {

  private final Map<ApiTokenId, ApiToken> byId = new LinkedHashMap<>();

  /** Logins that can no longer log in. */
  final Set<String> cannotLogIn = new TreeSet<>();

  @Override
  public void add(ApiToken token) {
    if (byId.putIfAbsent(token.id(), token) != null) {
      throw new IllegalStateException("Token added twice: " + token.id());
    }
  }

  @Override
  public void save(ApiToken token) {
    if (!byId.containsKey(token.id())) {
      throw new NotFoundException("Token", token.id());
    }
    byId.put(token.id(), token);
  }

  @Override
  public Optional<ApiToken> findById(ApiTokenId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<ApiToken> findByDigest(TokenDigest digest) {
    return byId.values().stream()
        .filter(t -> t.digest().equals(digest))
        .filter(t -> !cannotLogIn.contains(t.login()))
        .findFirst();
  }

  @Override
  public List<ApiToken> findByLogin(String login) {
    return byId.values().stream()
        .filter(t -> t.login().equals(login))
        .sorted(Comparator.comparing(ApiToken::createdAt).reversed())
        .toList();
  }

  /** Every token kept. */
  List<ApiToken> all() {
    return List.copyOf(byId.values());
  }
}
