package org.clubaide.persistence.notification;

import org.clubaide.persistence.testing.Database;

class OutboxPostgresTest extends OutboxContract {
  OutboxPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
