package org.clubaide.persistence.request;

import org.clubaide.persistence.testing.Database;

class RequesterErasureH2Test extends RequesterErasureContract {
  RequesterErasureH2Test() {
    super(Database.H2);
  }
}
