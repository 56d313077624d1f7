-- Club Aide schema, version 2: membership and privacy. The participation period and its end
-- (R-MEM-6, R-MEM-7), the profile offered to the network (R-MEM-3), the photo reference and
-- erasure (R-PRV-2), and the history of the network offer (R-MEM-5).
-- Portable SQL for H2 2.x and PostgreSQL 15. Identifiers are UUIDs in text form; times are UTC.

-- ACTIVE or ENDED; LAPSED is derived from the end date and never stored.
ALTER TABLE member ADD COLUMN status VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;

-- The last day of the participation period. Members registered before this version get the
-- default period of twelve months from their registration day (in UTC, as times are stored).
ALTER TABLE member ADD COLUMN participation_ends_on DATE;
UPDATE member SET participation_ends_on = CAST(registered_at + INTERVAL '12' MONTH AS DATE);
ALTER TABLE member ALTER COLUMN participation_ends_on SET NOT NULL;

-- When the member ended their participation; set with, and only with, status ENDED.
ALTER TABLE member ADD COLUMN ended_at TIMESTAMP;

-- Whether identity, contact details, profile and photo were replaced by neutral values.
ALTER TABLE member ADD COLUMN erased BOOLEAN DEFAULT FALSE NOT NULL;

-- Where the member's photo is stored; shown to others only with consent (vis_photo).
ALTER TABLE member ADD COLUMN photo_ref VARCHAR(200);

-- Whether the member offers their skills, hobbies and particularities to the network.
ALTER TABLE member ADD COLUMN skills_offered BOOLEAN DEFAULT FALSE NOT NULL;

-- Skills, hobbies and particularities, in the member's order (seq); kind is SKILL, HOBBY or
-- PARTICULARITY. An entry appears once per kind, so the key leaves seq out: the ORM renumbers
-- rows when the member reorders their entries.
CREATE TABLE member_profile_entry (
    member_id    CHAR(36)     NOT NULL REFERENCES member (id),
    kind         VARCHAR(20)  NOT NULL,
    entry_text   VARCHAR(80)  NOT NULL,
    seq          INTEGER      NOT NULL,
    CONSTRAINT pk_member_profile_entry PRIMARY KEY (member_id, kind, entry_text)
);

-- Every change of the offer to the network: who, what, when (R-MEM-5).
CREATE TABLE network_offer_change (
    member_id    CHAR(36)      NOT NULL REFERENCES member (id),
    seq          INTEGER       NOT NULL,
    offered      BOOLEAN       NOT NULL,
    changed_at   TIMESTAMP     NOT NULL,
    changed_by   VARCHAR(254)  NOT NULL,
    CONSTRAINT pk_network_offer_change PRIMARY KEY (member_id, seq)
);
