package org.clubaide.persistence.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
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
      throw e;
    }
  }

  /** Fails with a conflict when the version the domain read differs from the stored one. */
  public static void checkVersion(long read, long stored, String what) {
    if (read != stored) {
      throw ConflictException.concurrentUpdate(what);
    }
  }
}
