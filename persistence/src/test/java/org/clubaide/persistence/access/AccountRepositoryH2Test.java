package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class AccountRepositoryH2Test extends AccountRepositoryContract {
  AccountRepositoryH2Test() {
    super(Database.H2);
  }
}
