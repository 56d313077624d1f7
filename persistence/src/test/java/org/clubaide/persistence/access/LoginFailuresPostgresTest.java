package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class LoginFailuresPostgresTest extends LoginFailuresContract {
  LoginFailuresPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
