package org.clubaide.persistence.request;

import org.clubaide.persistence.testing.Database;

class StatementCountH2Test extends StatementCountContract {
  StatementCountH2Test() {
    super(Database.H2);
  }
}
