package org.clubaide.persistence.member;

import org.clubaide.persistence.testing.Database;

class MemberRepositoryH2Test extends MemberRepositoryContract {
  MemberRepositoryH2Test() {
    super(Database.H2);
  }
}
