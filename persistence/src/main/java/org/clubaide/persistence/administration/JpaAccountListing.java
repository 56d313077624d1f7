package org.clubaide.persistence.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clubaide.core.access.Role;
import org.clubaide.core.administration.AccountListing;
import org.clubaide.core.administration.Administration;

/**
 * A page of logins with their roles (tables {@code account} and {@code account_role}), in two
 * statements: the page of logins by primary key, then their roles. Password hashes are not read.
 */
@ApplicationScoped
public class JpaAccountListing implements AccountListing {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public List<Administration.Login> page(Optional<String> after, int limit) {
    var query =
        em.createNativeQuery(
            "SELECT login, member_id, created_at, disabled_at FROM account"
                + (after.isPresent() ? " WHERE login > ?" : "")
                + " ORDER BY login");
    after.ifPresent(login -> query.setParameter(1, login));
    Map<String, Object[]> rows = new LinkedHashMap<>();
    for (Object row : query.setMaxResults(limit).getResultList()) {
      Object[] columns = (Object[]) row;
      rows.put(columns[0].toString().strip(), columns);
    }
    Map<String, EnumSet<Role>> roles = new LinkedHashMap<>();
    rows.keySet().forEach(login -> roles.put(login, EnumSet.noneOf(Role.class)));
    if (!rows.isEmpty()) {
      String marks = String.join(",", Collections.nCopies(rows.size(), "?"));
      var roleQuery =
          em.createNativeQuery("SELECT login, role FROM account_role WHERE login IN (" + marks + ")");
      int i = 1;
      for (String login : rows.keySet()) {
        roleQuery.setParameter(i++, login);
      }
      for (Object row : roleQuery.getResultList()) {
        Object[] columns = (Object[]) row;
        roles.get(columns[0].toString().strip()).add(Role.valueOf(columns[1].toString().strip()));
      }
    }
    List<Administration.Login> page = new ArrayList<>();
    rows.forEach(
        (login, c) ->
            page.add(
                new Administration.Login(
                    login,
                    roles.get(login),
                    c[1] != null,
                    instant(c[2]),
                    Optional.ofNullable(c[3]).map(JpaAccountListing::instant))));
    return page;
  }

  /** A UTC timestamp column, as the JDBC driver hands it out. */
  static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    return (Instant) value;
  }
}
