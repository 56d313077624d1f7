package org.clubaide.persistence.member;

import org.clubaide.persistence.testing.Database;

class MemberRepositoryPostgresTest extends MemberRepositoryContract {
  MemberRepositoryPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
