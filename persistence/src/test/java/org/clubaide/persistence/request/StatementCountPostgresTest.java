package org.clubaide.persistence.request;

import org.clubaide.persistence.testing.Database;

class StatementCountPostgresTest extends StatementCountContract {
  StatementCountPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
