-- Club Aide schema, version 6: the deployment's own secrets (for example the key of the anonymous
-- labels of calls for help, R-NET-2). Generated at random by the first server that needs one and
-- shared by every server of the deployment through this table; never in the repository.
-- Portable SQL for H2 2.x and PostgreSQL 15.

CREATE TABLE deployment_secret (
  name       VARCHAR(64)  NOT NULL,
  secret     VARCHAR(200) NOT NULL,
  created_at TIMESTAMP    NOT NULL,
  CONSTRAINT pk_deployment_secret PRIMARY KEY (name)
);
