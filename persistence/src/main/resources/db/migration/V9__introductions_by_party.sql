-- Club Aide schema, version 9: each party lists their own introductions, newest first (R-NET-3).
-- Portable SQL for H2 2.x and PostgreSQL 15.

-- A member's introductions are those they asked for (requester) and those they answered a call
-- for (helper); a partner's, those it answered. Each index holds one side in page order, so that a
-- page reads only its rows instead of every introduction.
CREATE INDEX ix_introduction_requester ON introduction (requester_id, proposed_at, id);
CREATE INDEX ix_introduction_helper_member ON introduction (helper_member_id, proposed_at, id);
CREATE INDEX ix_introduction_helper_partner ON introduction (helper_partner_id, proposed_at, id);
