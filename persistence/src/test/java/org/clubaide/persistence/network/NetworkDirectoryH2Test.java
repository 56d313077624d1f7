package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class NetworkDirectoryH2Test extends NetworkDirectoryContract {
  NetworkDirectoryH2Test() {
    super(Database.H2);
  }
}
