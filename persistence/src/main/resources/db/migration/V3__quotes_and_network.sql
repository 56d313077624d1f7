-- Club Aide schema, version 3: the partners of the network, quotes for accompaniments
-- (R-SOL-2..R-SOL-6), calls for help (R-NET-1, R-NET-2, R-NET-4) and introductions (R-NET-3).
-- Portable SQL for H2 2.x and PostgreSQL 15. Identifiers are UUIDs in text form; times are UTC.
--
-- A participant (the recipient of a call, the helper of an introduction) is a member or a partner:
-- two nullable columns, member_id and partner_id, each with its foreign key, exactly one set.
-- Money is an exact NUMERIC(19,4) amount and an ISO 4217 CHAR(3) currency code, never a float:
-- four decimals hold the minor unit of every ISO 4217 currency the JDK knows (0 for JPY, 2 for
-- EUR, 3 for KWD, 4 for CLF), and nineteen digits leave fifteen before the point.
-- Events are appended to their own table, numbered by seq within their aggregate; an event's
-- request or call identifier is the aggregate's own and is not repeated on the event's row.

-- A partner of the network: a firm or an expert outside the club (R-NET-1, R-SOL-2). The core knows
-- partners only by their identifier and, for a partner who logs in, by their login. Partners are
-- always offered to the network; active says whether the Service still calls on them.
CREATE TABLE partner (
    id              CHAR(36)      NOT NULL PRIMARY KEY,
    name            VARCHAR(150)  NOT NULL,
    login           VARCHAR(254)  REFERENCES account (login),
    email           VARCHAR(254)  NOT NULL,
    phone           VARCHAR(25)   NOT NULL,
    postal_address  VARCHAR(300)  NOT NULL,
    active          BOOLEAN       DEFAULT TRUE NOT NULL,
    -- Also the index of the directory's look-up of a partner by login.
    CONSTRAINT uq_partner_login UNIQUE (login)
);

-- The skills a partner offers, as typed; the directory normalises them into skill tags.
CREATE TABLE partner_skill (
    partner_id   CHAR(36)     NOT NULL REFERENCES partner (id),
    skill_text   VARCHAR(80)  NOT NULL,
    CONSTRAINT pk_partner_skill PRIMARY KEY (partner_id, skill_text)
);

-- A quote. status is PROPOSED, ACCEPTED or DECLINED: EXPIRED is derived from valid_until and the
-- clock on every read, never stored. The accepted_* columns are set with, and only with, ACCEPTED.
CREATE TABLE quote (
    id                       CHAR(36)       NOT NULL PRIMARY KEY,
    version                  BIGINT         NOT NULL,
    request_id               CHAR(36)       NOT NULL REFERENCES help_request (id),
    provider_kind            VARCHAR(10)    NOT NULL,
    provider_member_id       CHAR(36)       REFERENCES member (id),
    provider_partner_ref     VARCHAR(120),
    proposed_by              VARCHAR(254)   NOT NULL,
    title                    VARCHAR(120)   NOT NULL,
    scope                    VARCHAR(4000)  NOT NULL,
    usual_amount             NUMERIC(19,4)  NOT NULL,
    usual_currency           CHAR(3)        NOT NULL,
    member_amount            NUMERIC(19,4)  NOT NULL,
    member_currency          CHAR(3)        NOT NULL,
    duration_amount          INTEGER        NOT NULL,
    duration_unit            VARCHAR(10)    NOT NULL,
    valid_until              DATE           NOT NULL,
    proposed_at              TIMESTAMP      NOT NULL,
    status                   VARCHAR(10)    NOT NULL,
    accepted_notice_version  VARCHAR(40),
    accepted_at              TIMESTAMP,
    accepted_by              VARCHAR(254),
    -- Written without IN (nor an OR of equalities on one column, which H2 turns into IN): H2
    -- 2.4.240 evaluates a CHECK with an IN list of constants in the session that created the
    -- constraint, and fails every insert once that session is closed.
    CONSTRAINT ck_quote_status CHECK (
        (status = 'ACCEPTED' AND accepted_notice_version IS NOT NULL AND accepted_at IS NOT NULL
            AND accepted_by IS NOT NULL)
        OR (status = 'PROPOSED' AND accepted_notice_version IS NULL AND accepted_at IS NULL
            AND accepted_by IS NULL)
        OR (status = 'DECLINED' AND accepted_notice_version IS NULL AND accepted_at IS NULL
            AND accepted_by IS NULL)),
    CONSTRAINT ck_quote_provider CHECK (
        (provider_kind = 'SERVICE' AND provider_member_id IS NULL AND provider_partner_ref IS NULL)
        OR (provider_kind = 'MEMBER' AND provider_member_id IS NOT NULL
            AND provider_partner_ref IS NULL)
        OR (provider_kind = 'PARTNER' AND provider_member_id IS NULL
            AND provider_partner_ref IS NOT NULL)),
    CONSTRAINT ck_quote_prices CHECK (
        usual_currency = member_currency AND member_amount >= 0 AND member_amount < usual_amount),
    CONSTRAINT ck_quote_duration CHECK (duration_amount >= 1)
);
-- The quotes of a request, oldest first.
CREATE INDEX ix_quote_request ON quote (request_id, proposed_at);

-- Quote events. Columns per type: QuoteProposed fills provider_kind, the prices and valid_until;
-- QuoteAccepted notice_version; QuoteDeclined decline_cause and note.
CREATE TABLE quote_event (
    event_id          CHAR(36)       NOT NULL PRIMARY KEY,
    quote_id          CHAR(36)       NOT NULL REFERENCES quote (id),
    seq               INTEGER        NOT NULL,
    event_type        VARCHAR(40)    NOT NULL,
    occurred_at       TIMESTAMP      NOT NULL,
    actor             VARCHAR(254)   NOT NULL,
    by_service        BOOLEAN        NOT NULL,
    provider_kind     VARCHAR(10),
    usual_amount      NUMERIC(19,4),
    usual_currency    CHAR(3),
    member_amount     NUMERIC(19,4),
    member_currency   CHAR(3),
    valid_until       DATE,
    notice_version    VARCHAR(40),
    decline_cause     VARCHAR(30),
    note              VARCHAR(1000),
    -- Also the index of the look-up of a quote's events in order.
    CONSTRAINT uq_quote_event_seq UNIQUE (quote_id, seq)
);

-- A call for help and the anonymous view it shows (R-NET-2): label, needed-by date and reviewed
-- summary here; kinds and wanted skills in their own tables. status is OPEN or CLOSED.
CREATE TABLE call_for_help (
    id              CHAR(36)       NOT NULL PRIMARY KEY,
    version         BIGINT         NOT NULL,
    request_id      CHAR(36)       NOT NULL REFERENCES help_request (id),
    view_label      VARCHAR(40)    NOT NULL,
    view_needed_by  DATE           NOT NULL,
    view_summary    VARCHAR(1000)  NOT NULL,
    sent_at         TIMESTAMP      NOT NULL,
    sent_by         VARCHAR(254)   NOT NULL,
    status          VARCHAR(10)    NOT NULL,
    close_reason    VARCHAR(20),
    CONSTRAINT ck_call_status CHECK (
        (status = 'OPEN' AND close_reason IS NULL)
        OR (status = 'CLOSED' AND close_reason IS NOT NULL))
);
-- The open calls about a request, oldest first.
CREATE INDEX ix_call_for_help_request ON call_for_help (request_id, status, sent_at);

CREATE TABLE call_kind (
    call_id   CHAR(36)     NOT NULL REFERENCES call_for_help (id),
    kind      VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_call_kind PRIMARY KEY (call_id, kind)
);

-- Wanted skills, as normalised skill tags.
CREATE TABLE call_wanted_skill (
    call_id   CHAR(36)     NOT NULL REFERENCES call_for_help (id),
    skill     VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_call_wanted_skill PRIMARY KEY (call_id, skill)
);

-- The recipients of a call, in the order the agent chose (seq); each appears once.
CREATE TABLE call_recipient (
    call_id      CHAR(36)  NOT NULL REFERENCES call_for_help (id),
    seq          INTEGER   NOT NULL,
    member_id    CHAR(36)  REFERENCES member (id),
    partner_id   CHAR(36)  REFERENCES partner (id),
    CONSTRAINT pk_call_recipient PRIMARY KEY (call_id, seq),
    CONSTRAINT uq_call_recipient_member UNIQUE (call_id, member_id),
    CONSTRAINT uq_call_recipient_partner UNIQUE (call_id, partner_id),
    CONSTRAINT ck_call_recipient_one CHECK ((member_id IS NULL) <> (partner_id IS NULL))
);
-- The calls sent to a member, and to a partner.
CREATE INDEX ix_call_recipient_member ON call_recipient (member_id, call_id);
CREATE INDEX ix_call_recipient_partner ON call_recipient (partner_id, call_id);

-- The answers to a call, in the order they came (seq); one per recipient (R-NET-4). answer_type
-- is SIMPLE_SOLUTION (solution_* set), ACCOMPANIMENT (outline set) or DECLINED.
CREATE TABLE call_answer (
    call_id           CHAR(36)       NOT NULL REFERENCES call_for_help (id),
    seq               INTEGER        NOT NULL,
    member_id         CHAR(36)       REFERENCES member (id),
    partner_id        CHAR(36)       REFERENCES partner (id),
    answer_type       VARCHAR(20)    NOT NULL,
    answered_by       VARCHAR(254)   NOT NULL,
    answered_at       TIMESTAMP      NOT NULL,
    solution_id       CHAR(36),
    solution_title    VARCHAR(200),
    solution_content  VARCHAR(4000),
    outline           VARCHAR(1000),
    CONSTRAINT pk_call_answer PRIMARY KEY (call_id, seq),
    CONSTRAINT uq_call_answer_member UNIQUE (call_id, member_id),
    CONSTRAINT uq_call_answer_partner UNIQUE (call_id, partner_id),
    CONSTRAINT ck_call_answer_one CHECK ((member_id IS NULL) <> (partner_id IS NULL))
);

-- Call events. Columns per type: the answer events name the recipient (member_id or partner_id),
-- SimpleSolutionOffered also the solution; CallClosed the close_reason; CallSent and CallClosed
-- list participants in call_event_participant.
CREATE TABLE call_event (
    event_id        CHAR(36)      NOT NULL PRIMARY KEY,
    call_id         CHAR(36)      NOT NULL REFERENCES call_for_help (id),
    seq             INTEGER       NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    occurred_at     TIMESTAMP     NOT NULL,
    actor           VARCHAR(254)  NOT NULL,
    member_id       CHAR(36)      REFERENCES member (id),
    partner_id      CHAR(36)      REFERENCES partner (id),
    solution_id     CHAR(36),
    solution_title  VARCHAR(200),
    close_reason    VARCHAR(20),
    -- Also the index of the look-up of a call's events in order.
    CONSTRAINT uq_call_event_seq UNIQUE (call_id, seq)
);

-- The participants an event lists: the recipients of CallSent, those to tell of CallClosed.
CREATE TABLE call_event_participant (
    event_id     CHAR(36)  NOT NULL REFERENCES call_event (event_id),
    seq          INTEGER   NOT NULL,
    member_id    CHAR(36)  REFERENCES member (id),
    partner_id   CHAR(36)  REFERENCES partner (id),
    CONSTRAINT pk_call_event_participant PRIMARY KEY (event_id, seq),
    CONSTRAINT ck_call_event_participant_one CHECK ((member_id IS NULL) <> (partner_id IS NULL))
);

-- An introduction between the requester and a helper who answered a call (R-NET-3), with each
-- side's written consent: time, channel (WEB or EMAIL) and the login that recorded it.
CREATE TABLE introduction (
    id                          CHAR(36)      NOT NULL PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    request_id                  CHAR(36)      NOT NULL REFERENCES help_request (id),
    call_id                     CHAR(36)      NOT NULL REFERENCES call_for_help (id),
    requester_id                CHAR(36)      NOT NULL REFERENCES member (id),
    helper_member_id            CHAR(36)      REFERENCES member (id),
    helper_partner_id           CHAR(36)      REFERENCES partner (id),
    proposed_at                 TIMESTAMP     NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    requester_consent_at        TIMESTAMP,
    requester_consent_channel   VARCHAR(10),
    requester_consent_by        VARCHAR(254),
    helper_consent_at           TIMESTAMP,
    helper_consent_channel      VARCHAR(10),
    helper_consent_by           VARCHAR(254),
    -- Once per call and helper; also the index of the look-up by call and helper.
    CONSTRAINT uq_introduction_call_member UNIQUE (call_id, helper_member_id),
    CONSTRAINT uq_introduction_call_partner UNIQUE (call_id, helper_partner_id),
    CONSTRAINT ck_introduction_helper CHECK ((helper_member_id IS NULL) <> (helper_partner_id IS NULL)),
    CONSTRAINT ck_introduction_requester_consent CHECK (
        (requester_consent_at IS NULL AND requester_consent_channel IS NULL
            AND requester_consent_by IS NULL)
        OR (requester_consent_at IS NOT NULL AND requester_consent_channel IS NOT NULL
            AND requester_consent_by IS NOT NULL)),
    CONSTRAINT ck_introduction_helper_consent CHECK (
        (helper_consent_at IS NULL AND helper_consent_channel IS NULL AND helper_consent_by IS NULL)
        OR (helper_consent_at IS NOT NULL AND helper_consent_channel IS NOT NULL
            AND helper_consent_by IS NOT NULL))
);
-- The introductions about a request, oldest first.
CREATE INDEX ix_introduction_request ON introduction (request_id, proposed_at);

-- Introduction events. side and channel are set for ConsentGiven and Refused.
CREATE TABLE introduction_event (
    event_id          CHAR(36)      NOT NULL PRIMARY KEY,
    introduction_id   CHAR(36)      NOT NULL REFERENCES introduction (id),
    seq               INTEGER       NOT NULL,
    event_type        VARCHAR(40)   NOT NULL,
    occurred_at       TIMESTAMP     NOT NULL,
    actor             VARCHAR(254)  NOT NULL,
    side              VARCHAR(10),
    channel           VARCHAR(10),
    -- Also the index of the look-up of an introduction's events in order.
    CONSTRAINT uq_introduction_event_seq UNIQUE (introduction_id, seq)
);
