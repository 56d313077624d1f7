package org.clubaide.persistence.quote;

import org.clubaide.persistence.testing.Database;

class QuoteStatementCountPostgresTest extends QuoteStatementCountContract {
  QuoteStatementCountPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
