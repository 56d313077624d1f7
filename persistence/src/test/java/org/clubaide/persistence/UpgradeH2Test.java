package org.clubaide.persistence;

import org.clubaide.persistence.testing.Database;

class UpgradeH2Test extends UpgradeContract {
  UpgradeH2Test() {
    super(Database.H2);
  }
}
