package org.clubaide.persistence.access;

import org.clubaide.persistence.testing.Database;

class LoginFailuresH2Test extends LoginFailuresContract {
  LoginFailuresH2Test() {
    super(Database.H2);
  }
}
