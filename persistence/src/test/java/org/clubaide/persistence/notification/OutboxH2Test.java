package org.clubaide.persistence.notification;

import org.clubaide.persistence.testing.Database;

class OutboxH2Test extends OutboxContract {
  OutboxH2Test() {
    super(Database.H2);
  }
}
