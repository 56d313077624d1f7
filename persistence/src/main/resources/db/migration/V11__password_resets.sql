-- Club Aide schema, version 11: password links (R-PRV-1), sent by e-mail to reset a forgotten
-- password or to invite a new login to choose one. Portable SQL for H2 2.x and PostgreSQL 15.

-- A link is kept as the SHA-256 of its secret (64 hexadecimal digits), never the secret itself. It
-- works once (used_at), until it expires, and is voided (voided_at) when another link of the same
-- login is used. Erasing an account erases its links.
CREATE TABLE password_reset (
    id          CHAR(36)      NOT NULL,
    login       VARCHAR(254)  NOT NULL,
    purpose     VARCHAR(12)   NOT NULL,
    digest      CHAR(64)      NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    expires_at  TIMESTAMP     NOT NULL,
    used_at     TIMESTAMP,
    voided_at   TIMESTAMP,
    CONSTRAINT pk_password_reset PRIMARY KEY (id),
    -- Looked up by the digest of the secret presented.
    CONSTRAINT uq_password_reset_digest UNIQUE (digest),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (login) REFERENCES account (login)
        ON DELETE CASCADE,
    -- purpose is 'RESET' or 'INVITATION', written from the enumeration by the adapter: no CHECK,
    -- which H2 2.4.240 turns into an IN list that fails once its session is closed (see V3).
    CONSTRAINT ck_password_reset_expiry CHECK (expires_at > created_at)
);
-- The cap counts a login's recent links of one purpose; voiding finds its outstanding ones.
CREATE INDEX ix_password_reset_login ON password_reset (login, purpose, created_at);

-- The e-mails carrying a link go to a login ('login:' and up to 254 characters), which no in-app
-- list reads: widen the recipient columns from 50 characters.
ALTER TABLE notification ALTER COLUMN recipient SET DATA TYPE VARCHAR(260);
ALTER TABLE recipient_preference ALTER COLUMN recipient SET DATA TYPE VARCHAR(260);
