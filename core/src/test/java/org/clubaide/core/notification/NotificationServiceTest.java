package org.clubaide.core.notification;

import static org.clubaide.core.testing.NotifyingClubAide.ADMIN;
import static org.clubaide.core.testing.NotifyingClubAide.AGENT;
import static org.clubaide.core.testing.NotifyingClubAide.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.access.Actor;
import org.clubaide.core.notification.NotificationService.Inbox;
import org.clubaide.core.shared.AccessDeniedException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.core.testing.NotifyingClubAide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each user's in-app list, and who may read which (R-PRV-3). */
class NotificationServiceTest {

  private final NotifyingClubAide club = NotifyingClubAide.create();
  private final Actor eloise = club.member("Éloïse", "Dupont", "eloise@example.org");
  private final Actor marc = club.member("Marc", "Martin", "marc@example.org");
  private final NotificationService service = club.notifications();

  @Test
  @DisplayName("R-PRV-3 a member reads their own list, newest first, a page at a time")
  void ownListPaged() {
    for (int i = 0; i < 3; i++) {
      club.submit(eloise);
      club.clock().advance(Duration.ofMinutes(1));
    }
    List<Notification> first = service.list(eloise, Inbox.PERSONAL, Optional.empty(), 2);
    List<Notification> second =
        service.list(
            eloise, Inbox.PERSONAL, Optional.of(NotificationCursor.after(first.get(1))), 2);

    assertEquals(2, first.size());
    assertEquals(1, second.size());
    assertTrue(first.get(0).createdAt().isAfter(first.get(1).createdAt()));
    assertTrue(first.get(1).createdAt().isAfter(second.get(0).createdAt()));
    assertEquals(3, service.unread(eloise, Inbox.PERSONAL));
    assertTrue(service.list(marc, Inbox.PERSONAL, Optional.empty(), 10).isEmpty());
  }

  @Test
  @DisplayName("R-PRV-3 marking read: one's own only; another's notification is not found")
  void markRead() {
    club.submit(eloise);
    Notification mine = service.list(eloise, Inbox.PERSONAL, Optional.empty(), 10).get(0);

    assertThrows(NotFoundException.class, () -> service.markRead(marc, Inbox.PERSONAL, mine.id()));
    service.markRead(eloise, Inbox.PERSONAL, mine.id());
    service.markRead(eloise, Inbox.PERSONAL, mine.id());

    assertEquals(0, service.unread(eloise, Inbox.PERSONAL));
    assertTrue(service.list(eloise, Inbox.PERSONAL, Optional.empty(), 10).get(0).isRead());
  }

  @Test
  @DisplayName("R-PRV-3 agents read the Service's list; members may not")
  void serviceInbox() {
    club.submit(eloise);
    assertEquals(
        NotificationKind.NEW_REQUEST,
        service.list(AGENT, Inbox.SERVICE, Optional.empty(), 10).get(0).kind());
    assertThrows(
        AccessDeniedException.class,
        () -> service.list(eloise, Inbox.SERVICE, Optional.empty(), 10));
    assertThrows(
        AccessDeniedException.class,
        () -> service.list(AGENT, Inbox.PERSONAL, Optional.empty(), 10));
  }

  @Test
  @DisplayName("a partner reads the list of the partner their login belongs to")
  void partnerInbox() {
    Actor partner = club.partner("desk@partner.example");
    assertTrue(service.list(partner, Inbox.PERSONAL, Optional.empty(), 10).isEmpty());
    assertEquals(Language.FR, service.language(partner));
  }

  @Test
  @DisplayName("each member chooses the language of their notifications; French by default")
  void language() {
    assertEquals(Language.FR, service.language(eloise));
    service.chooseLanguage(eloise, Language.EN);
    assertEquals(Language.EN, service.language(eloise));
    assertEquals(Language.EN, club.recipients().languageOf(of(eloise)));
    assertEquals(Optional.of(Language.EN), Language.ofTag(" en "));
    assertEquals(Optional.empty(), Language.ofTag("de"));
  }

  @Test
  @DisplayName("R-PRV-3 only an administrator oversees the e-mails")
  void onlyTheAdministratorOverseesEmails() {
    club.submit(eloise);
    assertThrows(AccessDeniedException.class, () -> service.deliveryCounts(AGENT));
    assertThrows(
        AccessDeniedException.class,
        () -> service.deliveries(eloise, DeliveryStatus.PENDING, Optional.empty(), 10));
    assertEquals(1L, service.deliveryCounts(ADMIN).get(DeliveryStatus.PENDING));
    assertThrows(
        NotFoundException.class,
        () -> service.retry(ADMIN, NotificationId.newId()),
        "only a failed e-mail is retried");
  }

  @Test
  @DisplayName("a recipient's key reads back as the same recipient")
  void recipientKeys() {
    for (Recipient r :
        List.of(
            of(eloise),
            Recipient.SERVICE,
            Recipient.partner(club.partnerId(club.partner("p@x.example"))))) {
      assertEquals(r, Recipient.parse(r.key()));
    }
    assertThrows(IllegalArgumentException.class, () -> Recipient.parse("nobody"));
  }

  @Test
  @DisplayName("a notification keeps at most 2,000 characters per value and refuses odd names")
  void notificationChecks() {
    Notification n =
        Notification.create(
            Recipient.SERVICE,
            NotificationKind.NEW_REQUEST,
            "k",
            Map.of("title", "x".repeat(3000)),
            false,
            club.clock().instant());
    assertEquals(Notification.VALUE_MAX, n.params().get("title").length());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Notification.create(
                Recipient.SERVICE,
                NotificationKind.NEW_REQUEST,
                "k",
                Map.of("bad name", "x"),
                false,
                club.clock().instant()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Notification.create(
                Recipient.SERVICE,
                NotificationKind.NEW_REQUEST,
                " ",
                Map.of(),
                false,
                club.clock().instant()));
  }

  @Test
  @DisplayName("scan positions read back and order rows by day then identifier")
  void scanPositions() {
    ScanPosition p = new ScanPosition(LocalDate.of(2026, 3, 10), "b");
    assertEquals(p, ScanPosition.parse(p.text()));
    assertTrue(p.precedes(LocalDate.of(2026, 3, 10), "c"));
    assertTrue(p.precedes(LocalDate.of(2026, 3, 11), "a"));
    assertFalse(p.precedes(LocalDate.of(2026, 3, 10), "b"));
  }
}
