package org.clubaide.persistence.administration;

import org.clubaide.persistence.testing.Database;

class AdministrationAdaptersH2Test extends AdministrationAdaptersContract {
  AdministrationAdaptersH2Test() {
    super(Database.H2);
  }
}
