package org.clubaide.persistence.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersistenceTest {

  @Test
  @DisplayName("a violated unique key, on H2 or PostgreSQL, is recognised through the cause chain")
  void integrityViolation() {
    assertTrue(
        Persistence.isIntegrityViolation(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
    assertTrue(
        Persistence.isIntegrityViolation(
            new PersistenceException(new RuntimeException(new SQLException("dup", "23505")))));
    assertFalse(
        Persistence.isIntegrityViolation(
            new PersistenceException(new SQLException("connection lost", "08006"))));
  }
}
