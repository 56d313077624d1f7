package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class NetworkStatementCountH2Test extends NetworkStatementCountContract {
  NetworkStatementCountH2Test() {
    super(Database.H2);
  }
}
