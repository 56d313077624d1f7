package org.clubaide.persistence.member;

import org.clubaide.persistence.testing.Database;

class MemberSearchH2Test extends MemberSearchContract {
  MemberSearchH2Test() {
    super(Database.H2);
  }
}
