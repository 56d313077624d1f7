package org.clubaide.persistence.quote;

import org.clubaide.persistence.testing.Database;

class QuoteRepositoryPostgresTest extends QuoteRepositoryContract {
  QuoteRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
