package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class CallForHelpRepositoryPostgresTest extends CallForHelpRepositoryContract {
  CallForHelpRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
