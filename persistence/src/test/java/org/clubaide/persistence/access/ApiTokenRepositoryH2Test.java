package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class ApiTokenRepositoryH2Test extends ApiTokenRepositoryContract {
  ApiTokenRepositoryH2Test() {
    super(Database.H2);
  }
}
