package org.clubaide.persistence;

import org.clubaide.persistence.testing.Database;

class UpgradePostgresTest extends UpgradeContract {
  UpgradePostgresTest() {
    super(Database.POSTGRESQL);
  }
}
