package org.clubaide.persistence.secret;

import org.clubaide.persistence.testing.Database;

class DeploymentSecretsPostgresTest extends DeploymentSecretsContract {
  DeploymentSecretsPostgresTest() {
    super(Database.POSTGRESQL);
  }
}
