package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class NetworkDirectoryPostgresTest extends NetworkDirectoryContract {
  NetworkDirectoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
