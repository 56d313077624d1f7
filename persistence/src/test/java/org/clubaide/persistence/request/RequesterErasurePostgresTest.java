package org.clubaide.persistence.request;

import org.clubaide.persistence.testing.Database;

class RequesterErasurePostgresTest extends RequesterErasureContract {
  RequesterErasurePostgresTest() {
    super(Database.POSTGRESQL);
  }
}
