package org.clubaide.persistence.secret;

import org.clubaide.persistence.testing.Database;

class DeploymentSecretsH2Test extends DeploymentSecretsContract {
  DeploymentSecretsH2Test() {
    super(Database.H2);
  }
}
