package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class PasswordResetRepositoryH2Test extends PasswordResetRepositoryContract {
  PasswordResetRepositoryH2Test() {
    super(Database.H2);
  }
}
