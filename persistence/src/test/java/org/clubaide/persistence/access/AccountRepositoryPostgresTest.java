package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class AccountRepositoryPostgresTest extends AccountRepositoryContract {
  AccountRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
