package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class CallForHelpRepositoryH2Test extends CallForHelpRepositoryContract {
  CallForHelpRepositoryH2Test() {
    super(Database.H2);
  }
}
