package org.clubaide.persistence.request;

import org.clubaide.persistence.testing.Database;

class HelpRequestRepositoryPostgresTest extends HelpRequestRepositoryContract {
  HelpRequestRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
