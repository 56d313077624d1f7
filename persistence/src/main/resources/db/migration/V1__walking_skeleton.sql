-- Club Aide schema, version 1: terms, members, accounts, help requests with timeline and solutions.
-- Portable SQL for H2 2.x and PostgreSQL 15. Identifiers are UUIDs in text form; times are UTC.

CREATE TABLE terms_version (
    label       VARCHAR(40)  NOT NULL PRIMARY KEY,
    valid_from  DATE         NOT NULL
);

-- The seeded terms: "Prestation Le Club Aide, V3/2018, valable a dater du 16/09/2018".
INSERT INTO terms_version (label, valid_from) VALUES ('V3/2018', DATE '2018-09-16');

CREATE TABLE member (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL,
    first_name       VARCHAR(100)  NOT NULL,
    last_name        VARCHAR(100)  NOT NULL,
    organisation     VARCHAR(150),
    email            VARCHAR(254)  NOT NULL,
    phone            VARCHAR(25)   NOT NULL,
    postal_address   VARCHAR(300)  NOT NULL,
    registered_at    TIMESTAMP     NOT NULL,
    vis_identity     VARCHAR(20)   NOT NULL,
    vis_contact      VARCHAR(20)   NOT NULL,
    vis_skills       VARCHAR(20)   NOT NULL,
    vis_photo        VARCHAR(20)   NOT NULL,
    CONSTRAINT uq_member_email UNIQUE (email)
);

CREATE TABLE terms_acceptance (
    member_id      CHAR(36)     NOT NULL REFERENCES member (id),
    terms_label    VARCHAR(40)  NOT NULL REFERENCES terms_version (label),
    accepted_at    TIMESTAMP    NOT NULL,
    channel        VARCHAR(10)  NOT NULL,
    CONSTRAINT pk_terms_acceptance PRIMARY KEY (member_id, terms_label)
);

CREATE TABLE consent_change (
    member_id      CHAR(36)      NOT NULL REFERENCES member (id),
    seq            INTEGER       NOT NULL,
    field_group    VARCHAR(20)   NOT NULL,
    visibility     VARCHAR(20)   NOT NULL,
    changed_at     TIMESTAMP     NOT NULL,
    changed_by     VARCHAR(254)  NOT NULL,
    CONSTRAINT pk_consent_change PRIMARY KEY (member_id, seq)
);

CREATE TABLE account (
    login           VARCHAR(254)  NOT NULL PRIMARY KEY,
    version         BIGINT        NOT NULL,
    password_hash   VARCHAR(512)  NOT NULL,
    member_id       CHAR(36)      REFERENCES member (id),
    created_at      TIMESTAMP     NOT NULL
);

-- Read by Jakarta Security's database identity store (groups query).
CREATE TABLE account_role (
    login   VARCHAR(254)  NOT NULL REFERENCES account (login),
    role    VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_account_role PRIMARY KEY (login, role)
);
CREATE INDEX ix_account_role_role ON account_role (role);

CREATE TABLE help_request (
    id                          CHAR(36)       NOT NULL PRIMARY KEY,
    version                     BIGINT         NOT NULL,
    requester_id                CHAR(36)       NOT NULL REFERENCES member (id),
    channel                     VARCHAR(10)    NOT NULL,
    title                       VARCHAR(120)   NOT NULL,
    description                 VARCHAR(2000)  NOT NULL,
    needed_by                   DATE           NOT NULL,
    submitted_at                TIMESTAMP      NOT NULL,
    status                      VARCHAR(20)    NOT NULL,
    decision_due_on             DATE,
    solution_due_on             DATE,
    solution_immediate          BOOLEAN        NOT NULL,
    postponed_until             DATE,
    status_before_postponement  VARCHAR(20),
    satisfaction                VARCHAR(20),
    next_deadline               DATE,
    solution_count              INTEGER        NOT NULL
);
-- The agent queue: open requests by next deadline (keyset paging on next_deadline, id).
CREATE INDEX ix_help_request_queue ON help_request (status, next_deadline, id);
-- A member's requests, newest first.
CREATE INDEX ix_help_request_requester ON help_request (requester_id, submitted_at);

CREATE TABLE help_request_kind (
    request_id   CHAR(36)     NOT NULL REFERENCES help_request (id),
    kind         VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_help_request_kind PRIMARY KEY (request_id, kind)
);

CREATE TABLE request_event (
    event_id      CHAR(36)       NOT NULL PRIMARY KEY,
    request_id    CHAR(36)       NOT NULL REFERENCES help_request (id),
    seq           INTEGER        NOT NULL,
    event_type    VARCHAR(40)    NOT NULL,
    occurred_at   TIMESTAMP      NOT NULL,
    actor         VARCHAR(254)   NOT NULL,
    by_service    BOOLEAN        NOT NULL,
    text_value    VARCHAR(2000),
    code_value    VARCHAR(40),
    date_value    DATE,
    date_value2   DATE,
    flag_value    BOOLEAN,
    ref_value     CHAR(36),
    CONSTRAINT uq_request_event_seq UNIQUE (request_id, seq)
);

CREATE TABLE simple_solution (
    id            CHAR(36)       NOT NULL PRIMARY KEY,
    request_id    CHAR(36)       NOT NULL REFERENCES help_request (id),
    seq           INTEGER        NOT NULL,
    title         VARCHAR(200)   NOT NULL,
    content       VARCHAR(4000)  NOT NULL,
    proposed_by   VARCHAR(254)   NOT NULL,
    proposed_at   TIMESTAMP      NOT NULL,
    CONSTRAINT uq_simple_solution_seq UNIQUE (request_id, seq)
);
