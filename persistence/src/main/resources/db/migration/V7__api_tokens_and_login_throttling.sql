-- Club Aide schema, version 7: personal access tokens for API clients, and the failed logins that
-- the login throttle counts (OWASP ASVS V2.2.1). Portable SQL for H2 2.x and PostgreSQL 15.

-- A token is kept as the SHA-256 of its secret (64 hexadecimal digits), never the secret itself.
-- Erasing an account erases its tokens.
CREATE TABLE api_token (
    id          CHAR(36)      NOT NULL,
    version     BIGINT        NOT NULL,
    login       VARCHAR(254)  NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    digest      CHAR(64)      NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    expires_at  TIMESTAMP     NOT NULL,
    revoked_at  TIMESTAMP,
    CONSTRAINT pk_api_token PRIMARY KEY (id),
    CONSTRAINT uq_api_token_digest UNIQUE (digest),
    CONSTRAINT fk_api_token_account FOREIGN KEY (login) REFERENCES account (login) ON DELETE CASCADE
);
CREATE INDEX ix_api_token_login ON api_token (login, created_at);

-- One row per failed login, counted per key within a sliding window and purged once it is older.
-- The key is "account:" or "address:" and 32 hexadecimal digits of a SHA-256 of the login name or
-- the client address: no e-mail or IP address is stored. Shared by every server of a deployment.
CREATE TABLE login_failure (
    id            CHAR(36)     NOT NULL,
    throttle_key  VARCHAR(40)  NOT NULL,
    failed_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_login_failure PRIMARY KEY (id)
);
CREATE INDEX ix_login_failure_key ON login_failure (throttle_key, failed_at);
CREATE INDEX ix_login_failure_time ON login_failure (failed_at);
