package org.clubaide.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.clubaide.core.access.Account;
import org.clubaide.core.access.AccountRepository;
import org.clubaide.core.access.Role;
import org.clubaide.core.member.MemberId;
import org.clubaide.core.shared.ConflictException;
import org.clubaide.core.shared.NotFoundException;
import org.clubaide.persistence.support.Persistence;

/** Logins in the database. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  @PersistenceContext(unitName = "clubaide")
  EntityManager em;

  @Override
  public void add(Account account) {
    if (em.find(AccountEntity.class, account.login()) != null) {
      throw new ConflictException("R-MEM-1", "The login " + account.login() + " is taken.");
    }
    AccountEntity entity = new AccountEntity(account.login());
    entity.passwordHash = account.passwordHash();
    entity.memberId = account.member().map(MemberId::toString).orElse(null);
    entity.createdAt = account.createdAt();
    account.roles().forEach(r -> entity.roles.add(r.name()));
    em.persist(entity);
    Persistence.flush(em, "This account");
  }

  @Override
  public Optional<Account> findByLogin(String login) {
    if (login == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
            em.find(AccountEntity.class, login.strip().toLowerCase(Locale.ROOT)))
        .map(JpaAccountRepository::toDomain);
  }

  @Override
  public boolean anyWithRole(Role role) {
    return !em.createQuery(
            "SELECT a.login FROM AccountEntity a JOIN a.roles r WHERE r = :role", String.class)
        .setParameter("role", role.name())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void changePasswordHash(String login, String passwordHash) {
    AccountEntity entity =
        login == null ? null : em.find(AccountEntity.class, login.strip().toLowerCase(Locale.ROOT));
    if (entity == null) {
      throw new NotFoundException("Account", login);
    }
    entity.passwordHash = passwordHash;
    Persistence.flush(em, "This account");
  }

  private static Account toDomain(AccountEntity e) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    e.roles.forEach(r -> roles.add(Role.valueOf(r)));
    return new Account(
        e.login,
        e.passwordHash,
        roles,
        Optional.ofNullable(e.memberId).map(MemberId::of),
        e.createdAt);
  }
}
