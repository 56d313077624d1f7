-- Club Aide schema, version 12: administering logins (R-PRV-3).
-- An administrator disables a login (offboarding): it can no longer log in, and its sessions and
-- access tokens stop working. NULL while the login is enabled.
ALTER TABLE account ADD COLUMN disabled_at TIMESTAMP;

-- Partners get a version for optimistic locking: giving a partner a login, or stopping calling on
-- it, at the same moment as another administrator fails cleanly instead of overwriting.
ALTER TABLE partner ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
