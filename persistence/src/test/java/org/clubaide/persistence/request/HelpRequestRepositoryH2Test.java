package org.clubaide.persistence.request;

import org.clubaide.persistence.testing.Database;

class HelpRequestRepositoryH2Test extends HelpRequestRepositoryContract {
  HelpRequestRepositoryH2Test() {
    super(Database.H2);
  }
}
