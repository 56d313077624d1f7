package org.clubaide.persistence.network;

import org.clubaide.persistence.testing.Database;

class IntroductionRepositoryH2Test extends IntroductionRepositoryContract {
  IntroductionRepositoryH2Test() {
    super(Database.H2);
  }
}
