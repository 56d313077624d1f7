package org.clubaide.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    entity.disabledAt = account.disabledAt().orElse(null);
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
    AccountEntity entity = existing(login);
    entity.passwordHash = passwordHash;
    Persistence.flush(em, "This account");
  }

  /**
   * Replaces the roles; the account's version is raised even though only the roles table changes,
   * so that another change of the account made at the same moment fails with a conflict.
   */
  @Override
  public void changeRoles(String login, Set<Role> roles) {
    AccountEntity entity = existing(login);
    entity.roles.clear();
    roles.forEach(r -> entity.roles.add(r.name()));
    em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Persistence.flush(em, "This account");
  }

  @Override
  public void changeDisabledAt(String login, Optional<Instant> disabledAt) {
    AccountEntity entity = existing(login);
    entity.disabledAt = disabledAt.orElse(null);
    Persistence.flush(em, "This account");
  }

  /**
   * Locks the administrators' rows ({@code SELECT … FOR UPDATE}) before counting in a second
   * statement: a concurrent transaction changing an administrator is waited for, and the count then
   * sees its result.
   */
  @Override
  public long countEnabledAdministrators() {
    String administrators = "login IN (SELECT r.login FROM account_role r WHERE r.role = 'ADMIN')";
    em.createNativeQuery("SELECT login FROM account WHERE " + administrators + " FOR UPDATE")
        .getResultList();
    Object count =
        em.createNativeQuery(
                "SELECT COUNT(*) FROM account WHERE disabled_at IS NULL AND " + administrators)
            .getSingleResult();
    return ((Number) count).longValue();
  }

  private AccountEntity existing(String login) {
    AccountEntity entity =
        login == null ? null : em.find(AccountEntity.class, login.strip().toLowerCase(Locale.ROOT));
    if (entity == null) {
      throw new NotFoundException("Account", login);
    }
    return entity;
  }

  private static Account toDomain(AccountEntity e) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    e.roles.forEach(r -> roles.add(Role.valueOf(r)));
    return new Account(
        e.login,
        e.passwordHash,
        roles,
        Optional.ofNullable(e.memberId).map(MemberId::of),
        e.createdAt,
        Optional.ofNullable(e.disabledAt));
  }
}
