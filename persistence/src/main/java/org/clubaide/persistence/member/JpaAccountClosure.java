package org.clubaide.persistence.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.privacy.AccountClosure;

/**
 * Removes an erased member's logins from the database (R-PRV-2): the e-mails sent to the login
 * itself (password links, whose recipient is the address), their roles, then the accounts (their
 * tokens and password links go with them). Plain SQL on the {@code account} and {@code
 * account_role} tables, since a bulk delete of the account entity would not remove its role rows.
 */
@ApplicationScoped
public class JpaAccountClosure implements AccountClosure {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void closeAccountsOf(MemberId member) {
    String id = member.toString();
    String toLogins =
        "SELECT n.id FROM notification n JOIN account a ON n.recipient = CONCAT('login:', a.login)"
            + " WHERE a.member_id = ?1";
    em.createNativeQuery(
            "DELETE FROM notification_delivery WHERE notification_id IN (" + toLogins + ")")
        .setParameter(1, id)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM notification WHERE id IN (" + toLogins + ")")
        .setParameter(1, id)
        .executeUpdate();
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
