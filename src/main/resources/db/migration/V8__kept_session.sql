-- Gatehouse schema, version 8: a revocation may spare one session.

-- A user who changes their own password ends their other sessions and keeps the one that made the
-- change (ASVS 7.4.3): the token id (jti) of that session. NULL: the revocation ended every session.
ALTER TABLE users ADD COLUMN tokens_kept_session VARCHAR(64);
