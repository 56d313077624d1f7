package org.clubaide.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.ApiToken;
import org.clubaide.core.access.ApiTokenId;
import org.clubaide.core.access.Role;
import org.clubaide.core.access.TokenDigest;
import org.clubaide.core.member.Member;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.persistence.member.JpaAccountClosure;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@link JpaApiTokenRepository} keeps of a personal access token: its digest, never more. */
abstract class ApiTokenRepositoryContract extends DatabaseContract {

  private static final String ADA = "ada.lovelace@example.org";

  private final TestClock clock = TestClock.atServiceStart();
  private Member ada;

  ApiTokenRepositoryContract(Database target) {
    super(target);
  }

  @BeforeEach
  void accounts() {
    ada = Members.aMember(ADA, clock.instant());
    db.run(unit -> unit.adapter(JpaMemberRepository.class).save(ada));
    db.run(
        unit -> {
          JpaAccountRepository accounts = unit.adapter(JpaAccountRepository.class);
          accounts.add(
              new Account(ADA, "hash", Set.of(Role.MEMBER), Optional.of(ada.id()), clock.instant()));
          accounts.add(new Account("agent", "hash", Set.of(Role.AGENT), Optional.empty(), clock.instant()));
        });
  }

  private ApiToken token(String login, String secret, Instant createdAt) {
    return new ApiToken(
        ApiTokenId.newId(),
        login,
        "token " + secret,
        TokenDigest.of(secret),
        createdAt,
        createdAt.plus(Duration.ofDays(30)),
        Optional.empty());
  }

  private void add(ApiToken token) {
    db.run(unit -> unit.adapter(JpaApiTokenRepository.class).add(token));
  }

  private Optional<ApiToken> byDigest(String secret) {
    return db.inTransaction(
        unit -> unit.adapter(JpaApiTokenRepository.class).findByDigest(TokenDigest.of(secret)));
  }

  @Test
  @DisplayName("R-PRV-1 a token reads back whole by its id and its digest")
  void roundTrip() {
    ApiToken token = token(ADA, "secret-1", clock.instant());
    add(token);

    assertEquals(
        Optional.of(token),
        db.inTransaction(unit -> unit.adapter(JpaApiTokenRepository.class).findById(token.id())));
    assertEquals(Optional.of(token), byDigest("secret-1"));
    assertTrue(byDigest("secret-2").isEmpty());
    assertTrue(
        db.inTransaction(
                unit -> unit.adapter(JpaApiTokenRepository.class).findById(ApiTokenId.newId()))
            .isEmpty());
  }

  @Test
  @DisplayName("R-PRV-1 the table holds the digest of a token, never its secret")
  void onlyTheDigestIsStored() {
    add(token(ADA, "cat_the-secret-itself", clock.instant()));

    List<?> rows =
        db.inTransaction(
            unit ->
                unit.entityManager()
                    .createNativeQuery("SELECT digest, name FROM api_token")
                    .getResultList());
    Object[] row = (Object[]) rows.get(0);
    assertEquals(TokenDigest.of("cat_the-secret-itself").hex(), row[0].toString().strip());
    assertTrue(rows.stream().noneMatch(r -> ((Object[]) r)[0].toString().contains("secret")));
  }

  @Test
  @DisplayName("R-PRV-1 a revocation is saved; saving an unknown token fails")
  void revocation() {
    ApiToken token = token(ADA, "secret-1", clock.instant());
    add(token);
    ApiToken revoked = token.revoke(clock.instant().plusSeconds(5));

    db.run(unit -> unit.adapter(JpaApiTokenRepository.class).save(revoked));

    assertEquals(Optional.of(revoked), byDigest("secret-1"));
    assertThrows(
        NotFoundException.class,
        () ->
            db.run(
                unit ->
                    unit.adapter(JpaApiTokenRepository.class)
                        .save(token(ADA, "never-added", clock.instant()))));
  }

  @Test
  @DisplayName("R-PRV-1 a login's tokens are listed newest first, and only its own")
  void byLogin() {
    ApiToken first = token(ADA, "first", clock.instant());
    ApiToken second = token(ADA, "second", clock.instant().plusSeconds(60));
    add(first);
    add(second);
    add(token("agent", "agent's", clock.instant()));

    assertEquals(
        List.of(second, first),
        db.inTransaction(unit -> unit.adapter(JpaApiTokenRepository.class).findByLogin(" ADA.Lovelace@example.org")));
  }

  @Test
  @DisplayName("R-PRV-1 two tokens cannot share a digest")
  void digestIsUnique() {
    add(token(ADA, "same", clock.instant()));

    assertThrows(ConflictException.class, () -> add(token("agent", "same", clock.instant())));
  }

  @Test
  @DisplayName("R-MEM-6 the token of a member who ended their participation is not found by digest")
  void endedMember() {
    add(token(ADA, "secret-1", clock.instant()));
    db.execute(
        "UPDATE member SET status = 'ENDED', ended_at = CURRENT_TIMESTAMP WHERE id = '"
            + ada.id()
            + "'");

    assertTrue(byDigest("secret-1").isEmpty());
  }

  @Test
  @DisplayName("R-PRV-2 erasing a member's account erases their tokens")
  void erasedAccount() {
    ApiToken token = token(ADA, "secret-1", clock.instant());
    add(token);
    add(token("agent", "agent's", clock.instant()));

    db.run(unit -> unit.adapter(JpaAccountClosure.class).closeAccountsOf(ada.id()));

    assertTrue(
        db.inTransaction(unit -> unit.adapter(JpaApiTokenRepository.class).findById(token.id()))
            .isEmpty());
    assertTrue(byDigest("agent's").isPresent());
  }
}
