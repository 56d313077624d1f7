package org.clubaide.persistence.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.PasswordReset;
import org.clubaide.core.access.Role;
import org.clubaide.core.access.TokenDigest;
import org.clubaide.core.member.Member;
import org.clubaide.core.notification.Delivery;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationKind;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.persistence.member.JpaAccountClosure;
import org.clubaide.persistence.member.JpaMemberRepository;
import org.clubaide.persistence.notification.JpaOutbox;
import org.clubaide.persistence.notification.JpaRecipientDirectory;
import org.clubaide.persistence.testing.Database;
import org.clubaide.persistence.testing.DatabaseContract;
import org.clubaide.persistence.testing.Members;
import org.clubaide.persistence.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What {@link JpaPasswordResetRepository} keeps of a password link (its digest, never its secret),
 * its single use under the database's own condition, and how the e-mail carrying it reaches its
 * login ({@link JpaRecipientDirectory}, {@link JpaOutbox}).
 */
abstract class PasswordResetRepositoryContract extends DatabaseContract {

  private static final String ADA = "ada.lovelace@example.org";

  private final TestClock clock = TestClock.atServiceStart();
  private Member ada;

  PasswordResetRepositoryContract(Database target) {
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
              new Account(
                  ADA, "hash", Set.of(Role.MEMBER), Optional.of(ada.id()), clock.instant()));
          accounts.add(
              new Account("agent", "hash", Set.of(Role.AGENT), Optional.empty(), clock.instant()));
        });
  }

  private PasswordReset link(String login, String secret, Instant at, PasswordReset.Purpose p) {
    return new PasswordReset(
        UUID.randomUUID(),
        login,
        p,
        TokenDigest.of(secret),
        at,
        at.plus(Duration.ofHours(1)),
        Optional.empty(),
        Optional.empty());
  }

  private void add(PasswordReset reset) {
    db.run(unit -> unit.adapter(JpaPasswordResetRepository.class).add(reset));
  }

  private Optional<PasswordReset> byDigest(String secret) {
    return db.inTransaction(
        unit ->
            unit.adapter(JpaPasswordResetRepository.class).findByDigest(TokenDigest.of(secret)));
  }

  @Test
  @DisplayName("R-PRV-1 a link reads back whole by the digest of its secret, which alone is stored")
  void roundTripAndDigestOnly() {
    PasswordReset reset =
        link(ADA, "the-secret-itself", clock.instant(), PasswordReset.Purpose.RESET);
    add(reset);

    assertEquals(Optional.of(reset), byDigest("the-secret-itself"));
    assertTrue(byDigest("another").isEmpty());
    List<?> digests =
        db.inTransaction(
            unit ->
                unit.entityManager()
                    .createNativeQuery("SELECT digest FROM password_reset")
                    .getResultList());
    assertEquals(TokenDigest.of("the-secret-itself").hex(), digests.get(0).toString().strip());
    assertFalse(digests.get(0).toString().contains("secret"));
  }

  @Test
  @DisplayName("R-PRV-1 two links cannot share a digest")
  void digestIsUnique() {
    add(link(ADA, "same", clock.instant(), PasswordReset.Purpose.RESET));

    assertThrows(
        ConflictException.class,
        () -> add(link("agent", "same", clock.instant(), PasswordReset.Purpose.RESET)));
  }

  @Test
  @DisplayName("R-PRV-1 the cap counts a login's links of one purpose issued after a time")
  void countsRecentLinks() {
    Instant t0 = clock.instant();
    add(link(ADA, "a", t0, PasswordReset.Purpose.RESET));
    add(link(ADA, "b", t0.plusSeconds(600), PasswordReset.Purpose.RESET));
    add(link(ADA, "c", t0.plusSeconds(700), PasswordReset.Purpose.INVITATION));
    add(link("agent", "d", t0.plusSeconds(800), PasswordReset.Purpose.RESET));

    long count =
        db.inTransaction(
            unit ->
                unit.adapter(JpaPasswordResetRepository.class)
                    .countIssuedSince(ADA, PasswordReset.Purpose.RESET, t0));

    assertEquals(1, count);
  }

  @Test
  @DisplayName("R-PRV-1 a link is used once; voiding marks only the login's outstanding links")
  void useOnceAndVoid() {
    Instant t0 = clock.instant();
    PasswordReset used = link(ADA, "used", t0, PasswordReset.Purpose.RESET);
    PasswordReset other = link(ADA, "other", t0, PasswordReset.Purpose.RESET);
    PasswordReset agents = link("agent", "agents", t0, PasswordReset.Purpose.RESET);
    add(used);
    add(other);
    add(agents);
    Instant at = t0.plusSeconds(60);

    boolean first =
        db.inTransaction(
            unit -> unit.adapter(JpaPasswordResetRepository.class).markUsed(used.id(), at));
    boolean second =
        db.inTransaction(
            unit -> unit.adapter(JpaPasswordResetRepository.class).markUsed(used.id(), at));
    int voided =
        db.inTransaction(
            unit -> unit.adapter(JpaPasswordResetRepository.class).voidOutstanding(ADA, at));

    assertTrue(first);
    assertFalse(second);
    assertEquals(1, voided);
    assertEquals(PasswordReset.Status.USED, byDigest("used").orElseThrow().statusAt(at));
    assertEquals(PasswordReset.Status.VOIDED, byDigest("other").orElseThrow().statusAt(at));
    assertEquals(Optional.of(at), byDigest("other").orElseThrow().voidedAt());
    assertEquals(PasswordReset.Status.ACTIVE, byDigest("agents").orElseThrow().statusAt(at));
    boolean voidedUsed =
        db.inTransaction(
            unit -> unit.adapter(JpaPasswordResetRepository.class).markUsed(other.id(), at));
    assertFalse(voidedUsed);
  }

  @Test
  @DisplayName("R-PRV-2 erasing a member's account erases their links")
  void erasedAccount() {
    add(link(ADA, "ada's", clock.instant(), PasswordReset.Purpose.RESET));
    add(link("agent", "agent's", clock.instant(), PasswordReset.Purpose.RESET));

    db.run(unit -> unit.adapter(JpaAccountClosure.class).closeAccountsOf(ada.id()));

    assertTrue(byDigest("ada's").isEmpty());
    assertTrue(byDigest("agent's").isPresent());
  }

  @Test
  @DisplayName(
      "R-PRV-1 the e-mail of a link goes to the login, in its member's language, in no list")
  void loginRecipient() {
    Recipient login = Recipient.login(ADA);
    Notification mail =
        Notification.create(
            login,
            NotificationKind.PASSWORD_RESET,
            "password-reset:" + UUID.randomUUID(),
            Map.of("token", "t"),
            true,
            clock.instant());
    db.run(unit -> unit.adapter(JpaOutbox.class).add(mail));
    db.run(
        unit ->
            unit.adapter(JpaRecipientDirectory.class)
                .chooseLanguage(Recipient.member(ada.id()), Language.EN, clock.instant()));

    assertEquals(
        Optional.of(mail), db.inTransaction(unit -> unit.adapter(JpaOutbox.class).find(mail.id())));
    assertTrue(
        db.inTransaction(
                unit ->
                    unit.adapter(JpaOutbox.class)
                        .inbox(Recipient.member(ada.id()), Optional.empty(), 100))
            .isEmpty());
    assertEquals(
        Optional.of(ADA),
        db.inTransaction(unit -> unit.adapter(JpaRecipientDirectory.class).emailOf(login)));
    assertEquals(
        Language.EN,
        db.inTransaction(unit -> unit.adapter(JpaRecipientDirectory.class).languageOf(login)));
    assertEquals(
        Language.FR,
        db.inTransaction(
            unit ->
                unit.adapter(JpaRecipientDirectory.class).languageOf(Recipient.login("agent"))));
    assertTrue(
        db.inTransaction(
                unit -> unit.adapter(JpaRecipientDirectory.class).emailOf(Recipient.login("agent")))
            .isEmpty(),
        "a login that is no e-mail address has none");
    assertTrue(
        db.inTransaction(
                unit ->
                    unit.adapter(JpaRecipientDirectory.class)
                        .emailOf(Recipient.login("gone@example.org")))
            .isEmpty(),
        "a login without an account has none");
  }

  @Test
  @DisplayName("R-PRV-1 a login of 254 characters fits the outbox's recipient column")
  void longestLogin() {
    String longest = "a".repeat(240) + "@example.org";
    Recipient login = Recipient.login(longest);
    Notification mail =
        Notification.create(
            login,
            NotificationKind.ACCOUNT_INVITATION,
            "account-invitation:" + UUID.randomUUID(),
            Map.of("token", "t"),
            true,
            clock.instant());

    db.run(unit -> unit.adapter(JpaOutbox.class).add(mail));
    db.run(
        unit ->
            unit.adapter(JpaRecipientDirectory.class)
                .chooseLanguage(login, Language.EN, clock.instant()));

    assertEquals(
        login,
        db.inTransaction(unit -> unit.adapter(JpaOutbox.class).find(mail.id()))
            .orElseThrow()
            .recipient());
  }

  private Notification resetMail(String login) {
    return Notification.create(
        Recipient.login(login),
        NotificationKind.PASSWORD_RESET,
        "password-reset:" + UUID.randomUUID(),
        Map.of("token", "the-secret-token"),
        true,
        clock.instant());
  }

  @Test
  @DisplayName("R-PRV-1 once its e-mail is sent, a password link's notification forgets the secret")
  void sentLinkForgetsItsSecret() {
    Notification mail = resetMail(ADA);
    db.run(unit -> unit.adapter(JpaOutbox.class).add(mail));
    Instant now = clock.instant().plusSeconds(1);

    Optional<Delivery> claimed =
        db.inTransaction(
            unit -> unit.adapter(JpaOutbox.class).claimNext("server-a", now, now.plusSeconds(60)));
    assertEquals(mail.id(), claimed.orElseThrow().id());
    assertEquals("the-secret-token", claimed.get().notification().params().get("token"));
    boolean sent =
        db.inTransaction(
            unit -> unit.adapter(JpaOutbox.class).recordSent(mail.id(), "server-a", now));

    assertTrue(sent);
    Notification after =
        db.inTransaction(unit -> unit.adapter(JpaOutbox.class).find(mail.id())).orElseThrow();
    assertEquals(Map.of(), after.params());
    assertEquals(NotificationKind.PASSWORD_RESET, after.kind());
  }

  @Test
  @DisplayName("R-PRV-2 erasing a member's account erases the e-mails sent to their login")
  void erasureForgetsLoginMails() {
    Notification adas = resetMail(ADA);
    Notification agents = resetMail("agent");
    db.run(unit -> unit.adapter(JpaOutbox.class).add(adas));
    db.run(unit -> unit.adapter(JpaOutbox.class).add(agents));

    db.run(unit -> unit.adapter(JpaAccountClosure.class).closeAccountsOf(ada.id()));

    assertTrue(db.inTransaction(unit -> unit.adapter(JpaOutbox.class).find(adas.id())).isEmpty());
    assertTrue(
        db.inTransaction(unit -> unit.adapter(JpaOutbox.class).delivery(adas.id())).isEmpty());
    assertTrue(
        db.inTransaction(unit -> unit.adapter(JpaOutbox.class).find(agents.id())).isPresent());
  }
}
