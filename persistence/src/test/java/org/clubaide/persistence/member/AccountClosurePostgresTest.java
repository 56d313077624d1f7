package org.clubaide.persistence.member;

import org.clubaide.persistence.testing.Database;

class AccountClosurePostgresTest extends AccountClosureContract {
  AccountClosurePostgresTest() {
    super(Database.POSTGRESQL);
  }
}
