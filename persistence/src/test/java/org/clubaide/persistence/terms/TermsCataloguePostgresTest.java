package org.clubaide.persistence.terms;

import org.clubaide.persistence.testing.Database;

class TermsCataloguePostgresTest extends TermsCatalogueContract {
  TermsCataloguePostgresTest() {
    super(Database.POSTGRESQL);
  }
}
