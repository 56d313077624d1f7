package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class IntroductionRepositoryPostgresTest extends IntroductionRepositoryContract {
  IntroductionRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
