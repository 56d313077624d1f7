package org.clubaide.persistence.member;

import org.clubaide.persistence.testing.Database;

class AccountClosureH2Test extends AccountClosureContract {
  AccountClosureH2Test() {
    super(Database.H2);
  }
}
