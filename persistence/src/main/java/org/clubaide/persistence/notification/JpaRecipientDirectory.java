package org.clubaide.persistence.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clubaide.core.notification.Language;
import org.clubaide.core.notification.Recipient;
import org.clubaide.core.notification.RecipientDirectory;

/**
 * Addresses and languages of recipients: a member's e-mail from {@code member} (none once erased),
 * a partner's from {@code partner}, the language from {@code recipient_preference}. The Service's
 * inbox has no address here: the deployment gives it one, if any. A login (the e-mails carrying a
 * password link) is reached at the login itself while its account exists and the login is an
 * e-mail address, in the language of its member when it is a member's.
 */
@ApplicationScoped
public class JpaRecipientDirectory implements RecipientDirectory {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public Optional<String> emailOf(Recipient recipient) {
    List<?> rows;
    if (recipient instanceof Recipient.OfMember m) {
      rows =
          em.createNativeQuery("SELECT email FROM member WHERE id = ?1 AND erased = FALSE")
              .setParameter(1, m.id().toString())
              .getResultList();
    } else if (recipient instanceof Recipient.OfPartner p) {
      rows =
          em.createNativeQuery("SELECT email FROM partner WHERE id = ?1")
              .setParameter(1, p.id().toString())
              .getResultList();
    } else if (recipient instanceof Recipient.OfLogin l) {
      if (!l.login().contains("@")) {
        return Optional.empty();
      }
      rows =
          em.createNativeQuery("SELECT login FROM account WHERE login = ?1")
              .setParameter(1, l.login())
              .getResultList();
    } else {
      return Optional.empty();
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(Rows.text(rows.get(0)));
  }

  @Override
  public Language languageOf(Recipient recipient) {
    if (recipient instanceof Recipient.OfLogin l) {
      List<?> members =
          em.createNativeQuery(
                  "SELECT member_id FROM account WHERE login = ?1 AND member_id IS NOT NULL")
              .setParameter(1, l.login())
              .getResultList();
      if (!members.isEmpty()) {
        return preferred("member:" + Rows.text(members.get(0)).strip());
      }
    }
    return preferred(recipient.key());
  }

  private Language preferred(String key) {
    List<?> rows =
        em.createNativeQuery("SELECT language FROM recipient_preference WHERE recipient = ?1")
            .setParameter(1, key)
            .getResultList();
    return rows.isEmpty()
        ? Language.DEFAULT
        : Language.ofTag(Rows.text(rows.get(0))).orElse(Language.DEFAULT);
  }

  @Override
  public void chooseLanguage(Recipient recipient, Language language, Instant at) {
    int updated =
        em.createNativeQuery(
                "UPDATE recipient_preference SET language = ?1, changed_at = ?2"
                    + " WHERE recipient = ?3")
            .setParameter(1, language.tag())
            .setParameter(2, Rows.utc(at))
            .setParameter(3, recipient.key())
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO recipient_preference (recipient, language, changed_at)"
                  + " VALUES (?1, ?2, ?3)")
          .setParameter(1, recipient.key())
          .setParameter(2, language.tag())
          .setParameter(3, Rows.utc(at))
          .executeUpdate();
    }
  }
}
