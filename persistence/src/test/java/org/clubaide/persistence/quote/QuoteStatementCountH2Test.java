package org.clubaide.persistence.quote;

import org.clubaide.persistence.testing.Database;

class QuoteStatementCountH2Test extends QuoteStatementCountContract {
  QuoteStatementCountH2Test() {
    super(Database.H2);
  }
}
