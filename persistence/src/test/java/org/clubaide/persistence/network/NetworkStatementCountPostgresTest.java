package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class NetworkStatementCountPostgresTest extends NetworkStatementCountContract {
  NetworkStatementCountPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
