package org.clubaide.persistence.administration;

import org.clubaide.persistence.testing.Database;

class AdministrationAdaptersPostgresTest extends AdministrationAdaptersContract {
  AdministrationAdaptersPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
