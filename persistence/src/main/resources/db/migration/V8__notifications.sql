-- Club Aide schema, version 8: notifications and deadlines that nobody misses (R-REQ-7, R-REQ-8).
-- Portable SQL for H2 2.x and PostgreSQL 15. Identifiers are UUIDs in text form; times are UTC.
--
-- notification is the transactional outbox: each row is written in the transaction of the change
-- it tells of, and is the recipient's in-app notification. A recipient is 'member:<uuid>',
-- 'partner:<uuid>' or 'service' (the Service's shared inbox). The idempotency key names the fact
-- told; one notification per recipient and key, so telling a fact twice writes nothing.
CREATE TABLE notification (
    id               CHAR(36)       NOT NULL PRIMARY KEY,
    recipient        VARCHAR(50)    NOT NULL,
    kind             VARCHAR(40)    NOT NULL,
    -- The templates' values: name=value lines, with backslash, newline and carriage return escaped.
    params           VARCHAR(12000) NOT NULL,
    idempotency_key  VARCHAR(200)   NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    by_email         BOOLEAN        NOT NULL,
    read_at          TIMESTAMP,
    CONSTRAINT uq_notification_fact UNIQUE (recipient, idempotency_key)
);
-- A recipient's list, newest first, a page at a time; and its unread count.
CREATE INDEX ix_notification_inbox ON notification (recipient, created_at, id);
CREATE INDEX ix_notification_unread ON notification (recipient, read_at);

-- The delivery of a notification on a channel other than the app (today only EMAIL): one per
-- notification and channel, so one per recipient, idempotency key and channel. A server claims a
-- pending delivery for a lease (claimed_by, claimed_until) before it sends; when it dies, the
-- lease runs out and another server claims it. FAILED is final until an administrator retries.
CREATE TABLE notification_delivery (
    notification_id  CHAR(36)      NOT NULL REFERENCES notification (id),
    channel          VARCHAR(10)   NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    last_error       VARCHAR(500),
    claimed_by       VARCHAR(100),
    claimed_until    TIMESTAMP,
    sent_at          TIMESTAMP,
    CONSTRAINT pk_notification_delivery PRIMARY KEY (notification_id, channel),
    -- Written without IN (see V3: H2 2.4.240 and IN lists in CHECK constraints).
    CONSTRAINT ck_delivery_status CHECK (
        (status = 'PENDING' AND sent_at IS NULL)
        OR (status = 'SENT' AND sent_at IS NOT NULL AND claimed_by IS NULL)
        OR (status = 'FAILED' AND sent_at IS NULL AND claimed_by IS NULL)),
    CONSTRAINT ck_delivery_claim CHECK ((claimed_by IS NULL) = (claimed_until IS NULL)),
    CONSTRAINT ck_delivery_attempts CHECK (attempts >= 0)
);
-- The claim reads the pending deliveries by due time.
CREATE INDEX ix_delivery_due ON notification_delivery (status, next_attempt_at);

-- The language each recipient reads their notifications in; French when absent.
CREATE TABLE recipient_preference (
    recipient   VARCHAR(50)  NOT NULL PRIMARY KEY,
    language    VARCHAR(2)   NOT NULL,
    changed_at  TIMESTAMP    NOT NULL
);

-- How far each date check went (a day and an identifier), so that the next run goes on from there.
CREATE TABLE notification_check (
    name        VARCHAR(40)   NOT NULL PRIMARY KEY,
    position    VARCHAR(200)  NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);

-- The checks read quotes by validity and participations by end date, in (day, id) order.
CREATE INDEX ix_quote_valid_until ON quote (valid_until, id);
CREATE INDEX ix_member_participation_end ON member (participation_ends_on, id);
