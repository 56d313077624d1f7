package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class ApiTokenRepositoryPostgresTest extends ApiTokenRepositoryContract {
  ApiTokenRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
