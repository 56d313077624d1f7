package org.clubaide.persistence.member;

import org.clubaide.persistence.testing.Database;

class MemberSearchPostgresTest extends MemberSearchContract {
  MemberSearchPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
