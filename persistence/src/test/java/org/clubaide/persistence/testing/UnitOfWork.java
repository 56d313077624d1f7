package org.clubaide.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;

/**
 * One resource-local transaction on its own entity manager, as one container transaction would be:
 * adapters made here share the entity manager, which the unit injects the way the container does,
 * into the fields annotated {@link PersistenceContext}. Closing a unit that was not committed rolls
 * it back.
 */
public final class UnitOfWork implements AutoCloseable {

  private final EntityManager em;

  UnitOfWork(EntityManagerFactory factory) {
    this.em = factory.createEntityManager();
    em.getTransaction().begin();
  }

  /** A new adapter of this class working in this unit. */
  public <T> T adapter(Class<T> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      T adapter = constructor.newInstance();
      int injected = 0;
      for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.isAnnotationPresent(PersistenceContext.class)) {
            field.setAccessible(true);
            field.set(adapter, em);
            injected++;
          }
        }
      }
      if (injected == 0) {
        throw new IllegalArgumentException(
            type.getName() + " has no @PersistenceContext field to inject");
      }
      return adapter;
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("Cannot make an adapter " + type.getName(), e);
    }
  }

  /** The entity manager of this unit, for checks the ports do not offer. */
  public EntityManager entityManager() {
    return em;
  }

  /** Commits the transaction. */
  public void commit() {
    em.getTransaction().commit();
  }

  /** Rolls the transaction back, as the container does when a use case throws. */
  public void rollback() {
    if (em.getTransaction().isActive()) {
      em.getTransaction().rollback();
    }
  }

  @Override
  public void close() {
    try {
      rollback();
    } finally {
      em.close();
    }
  }
}
