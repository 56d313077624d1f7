package org.clubaide.persistence;

import org.clubaide.persistence.testing.Database;

class OptimisticLockingH2Test extends OptimisticLockingContract {
  OptimisticLockingH2Test() {
    super(Database.H2);
  }
}
