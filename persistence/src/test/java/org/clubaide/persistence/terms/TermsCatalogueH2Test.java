package org.clubaide.persistence.terms;

import org.clubaide.persistence.testing.Database;

class TermsCatalogueH2Test extends TermsCatalogueContract {
  TermsCatalogueH2Test() {
    super(Database.H2);
  }
}
