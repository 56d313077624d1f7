package org.clubaide.persistence.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.privacy.AccountClosure;

/**
 * Removes an erased member's logins from the database (R-PRV-2): their roles, then the accounts.
 * Plain SQL on the {@code account} and {@code account_role} tables, since a bulk delete of the
 * account entity would not remove its role rows.
 */
@ApplicationScoped
public class JpaAccountClosure implements AccountClosure {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void closeAccountsOf(MemberId member) {
    String id = member.toString();
    em.createNativeQuery(
            "DELETE FROM account_role WHERE login IN"
                + " (SELECT login FROM account WHERE member_id = ?1)")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM account WHERE member_id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }
}
