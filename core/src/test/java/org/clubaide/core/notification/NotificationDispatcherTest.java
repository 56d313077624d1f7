package org.clubaide.core.notification;

import static org.clubaide.core.testing.NotifyingClubAide.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.member.Member;
import org.clubaide.core.testing.NotifyingClubAide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Sending the outbox's e-mails: once, in the recipient's language, retried, never lost. */
class NotificationDispatcherTest {

  private final NotifyingClubAide club = NotifyingClubAide.create();
  private final Actor eloise = club.member("Éloïse", "Dupont", "eloise@example.org");

  private Notification received() {
    club.submit(eloise);
    return club.to(of(eloise)).get(0);
  }

  private Delivery deliveryOf(Notification n) {
    return club.outbox().delivery(n.id()).orElseThrow();
  }

  @Test
  @DisplayName(
      "R-REQ-7 an e-mail goes once to the member's address, in their language, with its own"
          + " Message-ID")
  void sendsOnceInTheRecipientsLanguage() {
    club.notifications().chooseLanguage(eloise, Language.EN);
    Notification received = received();

    assertEquals(1, club.dispatcher().dispatch("server-a", 10));
    assertEquals(0, club.dispatcher().dispatch("server-a", 10), "nothing is sent twice");

    OutgoingMail mail = club.mail().accepted().get(0);
    assertEquals("eloise@example.org", mail.to());
    assertEquals(Language.EN, mail.language());
    assertEquals("en:REQUEST_RECEIVED", mail.subject());
    assertEquals(received.id(), mail.messageId());
    assertEquals(of(eloise).key() + "/" + received.idempotencyKey(), mail.idempotencyKey());
    Delivery sent = deliveryOf(received);
    assertEquals(DeliveryStatus.SENT, sent.status());
    assertEquals(Optional.of(club.clock().instant()), sent.sentAt());
    assertEquals(1, sent.attempts());
  }

  @Test
  @DisplayName("French is the language of a member who chose none")
  void frenchByDefault() {
    received();
    club.dispatcher().dispatch("server-a", 10);
    assertEquals(Language.FR, club.mail().accepted().get(0).language());
  }

  @Test
  @DisplayName("a failed attempt is retried after 30 s, 60 s, 120 s …, never before its time")
  void backoff() {
    Notification received = received();
    club.mail().failNext(3, false);

    club.dispatcher().dispatch("server-a", 10);
    Delivery first = deliveryOf(received);
    assertEquals(DeliveryStatus.PENDING, first.status());
    assertEquals(club.clock().instant().plusSeconds(30), first.nextAttemptAt());
    assertEquals(Optional.of("Connection refused"), first.lastError());
    assertEquals(Optional.empty(), first.claimedBy(), "the claim is released");

    assertEquals(0, club.dispatcher().dispatch("server-a", 10), "not before its time");
    club.clock().advance(Duration.ofSeconds(30));
    club.dispatcher().dispatch("server-a", 10);
    assertEquals(club.clock().instant().plusSeconds(60), deliveryOf(received).nextAttemptAt());
    club.clock().advance(Duration.ofSeconds(60));
    club.dispatcher().dispatch("server-a", 10);
    assertEquals(club.clock().instant().plusSeconds(120), deliveryOf(received).nextAttemptAt());
    club.clock().advance(Duration.ofSeconds(120));

    assertEquals(1, club.dispatcher().dispatch("server-a", 10));
    assertEquals(4, deliveryOf(received).attempts());
    assertEquals(1, club.mail().accepted().size());
  }

  @Test
  @DisplayName("the waits double up to a cap, and after the last attempt the e-mail fails for good")
  void retryScheduleCapsAndEnds() {
    RetrySchedule retry = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(2), 5);
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertEquals(Optional.of(now.plusSeconds(30)), retry.nextAttempt(1, now));
    assertEquals(Optional.of(now.plusSeconds(60)), retry.nextAttempt(2, now));
    assertEquals(Optional.of(now.plusSeconds(120)), retry.nextAttempt(3, now));
    assertEquals(Optional.of(now.plusSeconds(120)), retry.nextAttempt(4, now));
    assertEquals(Optional.empty(), retry.nextAttempt(5, now));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetrySchedule(Duration.ofMinutes(2), Duration.ofSeconds(30), 3));
    assertEquals(
        Optional.of(now.plus(Duration.ofHours(1))), RetrySchedule.DEFAULT.nextAttempt(9, now));
  }

  @Test
  @DisplayName("an address refused for good fails at once and shows to the administrator")
  void permanentFailureShowsToTheAdministrator() {
    Notification received = received();
    club.mail().failNext(1, true);

    club.dispatcher().dispatch("server-a", 10);

    assertEquals(DeliveryStatus.FAILED, deliveryOf(received).status());
    List<Delivery> failed =
        club.notifications()
            .deliveries(NotifyingClubAide.ADMIN, DeliveryStatus.FAILED, Optional.empty(), 10);
    assertEquals(List.of(received.id()), failed.stream().map(Delivery::id).toList());
    assertEquals(Optional.of("550 mailbox unavailable"), failed.get(0).lastError());
    assertEquals(
        1L,
        club.notifications().deliveryCounts(NotifyingClubAide.ADMIN).get(DeliveryStatus.FAILED));

    club.notifications().retry(NotifyingClubAide.ADMIN, received.id());
    assertEquals(1, club.dispatcher().dispatch("server-a", 10));
  }

  @Test
  @DisplayName(
      "a member without an address (erased) fails for good without an attempt at the SMTP server")
  void noAddress() {
    Notification received = received();
    club.members().save(erased(club.members().findById(eloise.requireMember()).orElseThrow()));

    club.dispatcher().dispatch("server-a", 10);

    assertEquals(DeliveryStatus.FAILED, deliveryOf(received).status());
    assertTrue(club.mail().accepted().isEmpty());
  }

  private Member erased(Member member) {
    member.endParticipation("admin", club.clock().instant());
    member.erase("admin", club.clock().instant());
    return member;
  }

  @Test
  @DisplayName(
      "a server that dies holding a claim: no other server sends it before the lease ends; then"
          + " one sends it with the same Message-ID")
  void deadServersClaimRunsOut() {
    Notification received = received();
    Delivery claimedByA = club.dispatcher().claimNext("server-a").orElseThrow();
    // server-a dies here: it never records anything.

    assertEquals(Optional.empty(), club.dispatcher().claimNext("server-b"), "the lease holds");
    club.clock().advance(NotificationDispatcher.DEFAULT_LEASE.plusSeconds(1));
    Delivery claimedByB = club.dispatcher().claimNext("server-b").orElseThrow();
    assertEquals(claimedByA.id(), claimedByB.id());
    assertEquals(2, claimedByB.attempts());
    NotificationDispatcher.Outcome outcome = club.dispatcher().attempt(claimedByB);
    assertTrue(club.dispatcher().record(claimedByB, outcome, "server-b"));

    assertEquals(received.id(), club.mail().accepted().get(0).messageId());
    assertFalse(
        club.dispatcher().record(claimedByA, outcome, "server-a"),
        "a late record of the dead claim changes nothing");
    assertEquals(DeliveryStatus.SENT, deliveryOf(received).status());
  }

  @Test
  @DisplayName("two servers claiming at once never get the same e-mail")
  void claimsAreExclusive() {
    club.submit(eloise);
    club.submit(eloise);
    Delivery a = club.dispatcher().claimNext("server-a").orElseThrow();
    Delivery b = club.dispatcher().claimNext("server-b").orElseThrow();
    assertFalse(a.id().equals(b.id()));
    assertEquals(Optional.empty(), club.dispatcher().claimNext("server-c"));
  }

  @Test
  @DisplayName("the Service's inbox goes by e-mail only when the deployment gave it an address")
  void serviceInboxInAppUnlessAddressed() {
    club.submit(eloise);
    Notification toService = club.to(Recipient.SERVICE).get(0);
    assertEquals(Optional.empty(), club.outbox().delivery(toService.id()));
  }
}
