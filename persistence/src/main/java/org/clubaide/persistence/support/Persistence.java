package org.clubaide.persistence.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.clubaide.core.shared.ConflictException;

/** Small helpers for the adapters. */
public final class Persistence {

  private Persistence() {}

  /**
   * Flushes the pending changes now, so that a concurrent update surfaces inside the use case as a
   * {@link ConflictException} rather than at commit time.
   */
  public static void flush(EntityManager em, String what) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw ConflictException.concurrentUpdate(what);
    } catch (PersistenceException e) {
      if (e.getCause() instanceof OptimisticLockException
          || (e.getCause() != null && e.getCause().getClass().getName().contains("OptimisticLock"))) {
        throw ConflictException.concurrentUpdate(what);
      }
      if (isIntegrityViolation(e)) {
        // A unique key caught what a check-then-write missed: two writers at the same moment.
        throw new ConflictException(
            "DUPLICATE", what + " clashes with data saved at the same moment. Reload and try again.");
      }
      throw e;
    }
  }

  /** Whether the failure is a violated constraint (SQLState class 23), on any database. */
  static boolean isIntegrityViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /** Fails with a conflict when the version the domain read differs from the stored one. */
  public static void checkVersion(long read, long stored, String what) {
    if (read != stored) {
      throw ConflictException.concurrentUpdate(what);
    }
  }
}
