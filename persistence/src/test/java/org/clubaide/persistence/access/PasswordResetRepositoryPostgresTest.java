package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class PasswordResetRepositoryPostgresTest extends PasswordResetRepositoryContract {
  PasswordResetRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
