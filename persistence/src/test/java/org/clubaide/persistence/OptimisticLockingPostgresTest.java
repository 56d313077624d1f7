package org.clubaide.persistence;

import org.clubaide.persistence.testing.Database;

class OptimisticLockingPostgresTest extends OptimisticLockingContract {
  OptimisticLockingPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
