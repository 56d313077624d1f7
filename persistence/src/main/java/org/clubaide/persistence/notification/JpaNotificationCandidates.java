package org.clubaide.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.notification.NotificationCandidates;
import org.clubaide.core.notification.ScanPosition;

/**
 * The date checks' queries, each a range of an index in (day, id) order read after a position:
 * {@code ix_quote_valid_until}, {@code ix_member_participation_end}, and the member's primary key.
 */
@ApplicationScoped
public class JpaNotificationCandidates implements NotificationCandidates {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public List<ScanPosition> quotesValidUntil(ScanPosition after, LocalDate through, int limit) {
    return positions(
        "SELECT valid_until, id FROM quote WHERE (valid_until, id) > (?1, ?2)"
            + " AND valid_until <= ?3 AND status = 'PROPOSED' ORDER BY valid_until, id",
        after,
        through,
        limit);
  }

  @Override
  public List<ScanPosition> participationsEnding(ScanPosition after, LocalDate through, int limit) {
    return positions(
        "SELECT participation_ends_on, id FROM member"
            + " WHERE (participation_ends_on, id) > (?1, ?2) AND participation_ends_on <= ?3"
            + " AND status <> 'ENDED' ORDER BY participation_ends_on, id",
        after,
        through,
        limit);
  }

  @Override
  public List<MemberId> yetToAccept(String label, Optional<MemberId> after, int limit) {
    List<MemberId> found = new ArrayList<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT m.id FROM member m WHERE m.id > ?1 AND m.status <> 'ENDED'"
                    + " AND NOT EXISTS (SELECT 1 FROM terms_acceptance a"
                    + " WHERE a.member_id = m.id AND a.terms_label = ?2)"
                    + " ORDER BY m.id FETCH FIRST "
                    + Math.max(1, limit)
                    + " ROWS ONLY")
            .setParameter(1, after.map(MemberId::toString).orElse(""))
            .setParameter(2, label)
            .getResultList()) {
      found.add(MemberId.of(Rows.text(id)));
    }
    return found;
  }

  private List<ScanPosition> positions(
      String sql, ScanPosition after, LocalDate through, int limit) {
    List<ScanPosition> found = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(sql + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
            .setParameter(1, after.day())
            .setParameter(2, after.id())
            .setParameter(3, through)
            .getResultList()) {
      Object[] r = (Object[]) row;
      found.add(new ScanPosition(Rows.date(r[0]), Rows.text(r[1])));
    }
    return found;
  }
}
