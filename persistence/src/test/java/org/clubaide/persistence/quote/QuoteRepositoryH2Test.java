package org.clubaide.persistence.quote;

import org.clubaide.persistence.testing.Database;

class QuoteRepositoryH2Test extends QuoteRepositoryContract {
  QuoteRepositoryH2Test() {
    super(Database.H2);
  }
}
