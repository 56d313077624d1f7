package org.clubaide.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.notification.Delivery;
import org.clubaide.core.notification.DeliveryQueue;
import org.clubaide.core.notification.DeliveryStatus;
import org.clubaide.core.notification.Notification;
import org.clubaide.core.notification.NotificationCursor;
import org.clubaide.core.notification.NotificationId;
import org.clubaide.core.notification.NotificationKind;
import org.clubaide.core.notification.Outbox;
import org.clubaide.core.notification.Recipient;

/**
 * The outbox in the tables {@code notification} and {@code notification_delivery}. A notification
 * is written with the change that caused it, in the caller's transaction; one by e-mail gets a
 * pending {@code EMAIL} delivery in the same statement batch.
 *
 * <p>The claim of a delivery is safe for several servers on one database: it selects the due row
 * {@code FOR UPDATE SKIP LOCKED} (a row another server is claiming at that moment is passed over,
 * not waited for), then takes it with an update that checks again that no live lease holds it.
 * Recording an outcome updates the row only while this server's claim still holds it, so that a
 * server whose lease ran out cannot overwrite the outcome of the server that took over. A
 * notification that carries a secret (a password link) loses its parameters once its e-mail is
 * sent.
 */
@ApplicationScoped
public class JpaOutbox implements Outbox, DeliveryQueue {

  static final String EMAIL = "EMAIL";

  private static final String NOTIFICATION_COLUMNS =
      "n.id, n.recipient, n.kind, n.params, n.idempotency_key, n.created_at, n.by_email, n.read_at";

  private static final String DELIVERY_COLUMNS =
      NOTIFICATION_COLUMNS
          + ", d.status, d.attempts, d.next_attempt_at, d.last_error, d.claimed_by,"
          + " d.claimed_until, d.sent_at";

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public boolean add(Notification n) {
    List<?> told =
        em.createNativeQuery(
                "SELECT 1 FROM notification WHERE recipient = ?1 AND idempotency_key = ?2")
            .setParameter(1, n.recipient().key())
            .setParameter(2, n.idempotencyKey())
            .getResultList();
    if (!told.isEmpty()) {
      return false;
    }
    em.createNativeQuery(
            "INSERT INTO notification (id, recipient, kind, params, idempotency_key, created_at,"
                + " by_email) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, n.id().toString())
        .setParameter(2, n.recipient().key())
        .setParameter(3, n.kind().name())
        .setParameter(4, Rows.encode(n.params()))
        .setParameter(5, n.idempotencyKey())
        .setParameter(6, Rows.utc(n.createdAt()))
        .setParameter(7, n.byEmail())
        .executeUpdate();
    // A null parameter is bound as text, which PostgreSQL refuses for a timestamp: set it apart.
    n.readAt().ifPresent(at -> markRead(n.recipient(), n.id(), at));
    if (n.byEmail()) {
      em.createNativeQuery(
              "INSERT INTO notification_delivery (notification_id, channel, status, attempts,"
                  + " next_attempt_at) VALUES (?1, ?2, 'PENDING', 0, ?3)")
          .setParameter(1, n.id().toString())
          .setParameter(2, EMAIL)
          .setParameter(3, Rows.utc(n.createdAt()))
          .executeUpdate();
    }
    return true;
  }

  @Override
  public Optional<Notification> find(NotificationId id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT " + NOTIFICATION_COLUMNS + " FROM notification n WHERE n.id = ?1")
            .setParameter(1, id.toString())
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(notification((Object[]) rows.get(0)));
  }

  @Override
  public List<Notification> inbox(
      Recipient recipient, Optional<NotificationCursor> after, int limit) {
    var query =
        em.createNativeQuery(
                "SELECT "
                    + NOTIFICATION_COLUMNS
                    + " FROM notification n WHERE n.recipient = ?1"
                    + (after.isPresent() ? " AND (n.created_at, n.id) < (?2, ?3)" : "")
                    + " ORDER BY n.created_at DESC, n.id DESC FETCH FIRST "
                    + Math.max(1, limit)
                    + " ROWS ONLY")
            .setParameter(1, recipient.key());
    after.ifPresent(
        c -> query.setParameter(2, Rows.utc(c.createdAt())).setParameter(3, c.id().toString()));
    List<Notification> page = new ArrayList<>();
    for (Object row : query.getResultList()) {
      page.add(notification((Object[]) row));
    }
    return page;
  }

  @Override
  public long unread(Recipient recipient) {
    return Rows.number(
        em.createNativeQuery(
                "SELECT COUNT(*) FROM notification WHERE recipient = ?1 AND read_at IS NULL")
            .setParameter(1, recipient.key())
            .getSingleResult());
  }

  @Override
  public boolean markRead(Recipient recipient, NotificationId id, Instant at) {
    List<?> found =
        em.createNativeQuery("SELECT 1 FROM notification WHERE id = ?1 AND recipient = ?2")
            .setParameter(1, id.toString())
            .setParameter(2, recipient.key())
            .getResultList();
    if (found.isEmpty()) {
      return false;
    }
    em.createNativeQuery("UPDATE notification SET read_at = ?1 WHERE id = ?2 AND read_at IS NULL")
        .setParameter(1, Rows.utc(at))
        .setParameter(2, id.toString())
        .executeUpdate();
    return true;
  }

  @Override
  public Optional<Delivery> claimNext(String owner, Instant now, Instant leaseUntil) {
    // A few candidates at a time: one another server takes between the select and the update is
    // simply passed over.
    for (int tries = 0; tries < 5; tries++) {
      List<?> due =
          em.createNativeQuery(
                  "SELECT notification_id FROM notification_delivery"
                      + " WHERE status = 'PENDING' AND next_attempt_at <= ?1"
                      + " AND (claimed_until IS NULL OR claimed_until < ?1)"
                      + " ORDER BY next_attempt_at, notification_id"
                      + " FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED")
              .setParameter(1, Rows.utc(now))
              .getResultList();
      if (due.isEmpty()) {
        return Optional.empty();
      }
      String id = Rows.text(due.get(0));
      int taken =
          em.createNativeQuery(
                  "UPDATE notification_delivery SET claimed_by = ?1, claimed_until = ?2,"
                      + " attempts = attempts + 1 WHERE notification_id = ?3 AND channel = ?4"
                      + " AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?5)")
              .setParameter(1, owner)
              .setParameter(2, Rows.utc(leaseUntil))
              .setParameter(3, id)
              .setParameter(4, EMAIL)
              .setParameter(5, Rows.utc(now))
              .executeUpdate();
      if (taken == 1) {
        return delivery(NotificationId.of(id));
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean recordSent(NotificationId id, String owner, Instant at) {
    boolean recorded =
        em.createNativeQuery(
                    "UPDATE notification_delivery SET status = 'SENT', sent_at = ?1,"
                        + " claimed_by = NULL, claimed_until = NULL WHERE notification_id = ?2"
                        + " AND channel = ?3 AND status = 'PENDING' AND claimed_by = ?4")
                .setParameter(1, Rows.utc(at))
                .setParameter(2, id.toString())
                .setParameter(3, EMAIL)
                .setParameter(4, owner)
                .executeUpdate()
            == 1;
    if (recorded) {
      forgetSecret(id);
    }
    return recorded;
  }

  /**
   * Once its e-mail is sent, a notification carrying a secret (a password link) forgets its
   * parameters, so that the outbox holds the secret no longer than it must.
   */
  private void forgetSecret(NotificationId id) {
    List<?> kinds =
        em.createNativeQuery("SELECT kind FROM notification WHERE id = ?1")
            .setParameter(1, id.toString())
            .getResultList();
    if (!kinds.isEmpty() && NotificationKind.valueOf(Rows.text(kinds.get(0))).carriesSecret()) {
      em.createNativeQuery("UPDATE notification SET params = ?1 WHERE id = ?2")
          .setParameter(1, Rows.encode(Map.of()))
          .setParameter(2, id.toString())
          .executeUpdate();
    }
  }

  @Override
  public boolean recordFailure(
      NotificationId id, String owner, String error, Optional<Instant> retryAt) {
    String message =
        error.length() > Delivery.ERROR_MAX ? error.substring(0, Delivery.ERROR_MAX) : error;
    var update =
        em.createNativeQuery(
                "UPDATE notification_delivery SET status = ?1, last_error = ?2,"
                    + (retryAt.isPresent() ? " next_attempt_at = ?6," : "")
                    + " claimed_by = NULL, claimed_until = NULL WHERE notification_id = ?3"
                    + " AND channel = ?4 AND status = 'PENDING' AND claimed_by = ?5")
            .setParameter(1, retryAt.isPresent() ? "PENDING" : "FAILED")
            .setParameter(2, message)
            .setParameter(3, id.toString())
            .setParameter(4, EMAIL)
            .setParameter(5, owner);
    retryAt.ifPresent(at -> update.setParameter(6, Rows.utc(at)));
    return update.executeUpdate() == 1;
  }

  @Override
  public Optional<Delivery> delivery(NotificationId id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT "
                    + DELIVERY_COLUMNS
                    + " FROM notification n JOIN notification_delivery d ON d.notification_id ="
                    + " n.id WHERE n.id = ?1 AND d.channel = ?2")
            .setParameter(1, id.toString())
            .setParameter(2, EMAIL)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(delivery((Object[]) rows.get(0)));
  }

  @Override
  public List<Delivery> withStatus(
      DeliveryStatus status, Optional<NotificationCursor> after, int limit) {
    var query =
        em.createNativeQuery(
                "SELECT "
                    + DELIVERY_COLUMNS
                    + " FROM notification n JOIN notification_delivery d ON d.notification_id ="
                    + " n.id WHERE d.status = ?1 AND d.channel = ?2"
                    + (after.isPresent() ? " AND (n.created_at, n.id) < (?3, ?4)" : "")
                    + " ORDER BY n.created_at DESC, n.id DESC FETCH FIRST "
                    + Math.max(1, limit)
                    + " ROWS ONLY")
            .setParameter(1, status.name())
            .setParameter(2, EMAIL);
    after.ifPresent(
        c -> query.setParameter(3, Rows.utc(c.createdAt())).setParameter(4, c.id().toString()));
    List<Delivery> found = new ArrayList<>();
    for (Object row : query.getResultList()) {
      found.add(delivery((Object[]) row));
    }
    return found;
  }

  @Override
  public Map<DeliveryStatus, Long> counts() {
    Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
    for (DeliveryStatus status : DeliveryStatus.values()) {
      counts.put(status, 0L);
    }
    for (Object row :
        em.createNativeQuery("SELECT status, COUNT(*) FROM notification_delivery GROUP BY status")
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(DeliveryStatus.valueOf(Rows.text(r[0])), Rows.number(r[1]));
    }
    return counts;
  }

  @Override
  public boolean retry(NotificationId id, Instant now) {
    return em.createNativeQuery(
                "UPDATE notification_delivery SET status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = ?1 WHERE notification_id = ?2 AND channel = ?3"
                    + " AND status = 'FAILED'")
            .setParameter(1, Rows.utc(now))
            .setParameter(2, id.toString())
            .setParameter(3, EMAIL)
            .executeUpdate()
        == 1;
  }

  private static Notification notification(Object[] r) {
    return new Notification(
        NotificationId.of(Rows.text(r[0])),
        Recipient.parse(Rows.text(r[1])),
        NotificationKind.valueOf(Rows.text(r[2])),
        Rows.decode((String) r[3]),
        (String) r[4],
        Rows.instant(r[5]),
        Rows.bool(r[6]),
        Optional.ofNullable(Rows.instant(r[7])));
  }

  private static Delivery delivery(Object[] r) {
    return new Delivery(
        notification(r),
        DeliveryStatus.valueOf(Rows.text(r[8])),
        (int) Rows.number(r[9]),
        Rows.instant(r[10]),
        Optional.ofNullable((String) r[11]),
        Optional.ofNullable(Rows.text(r[12])),
        Optional.ofNullable(Rows.instant(r[13])),
        Optional.ofNullable(Rows.instant(r[14])));
  }
}
