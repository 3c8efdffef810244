-- Gatehouse schema, version 5: developer API keys are stored hashed. api_keys.secret now holds the
-- SHA-256 (hex) of the key, still unique and indexed, so authentication is one indexed lookup; the key
-- itself is shown once, at creation. secret_prefix is the short part lists show. Optional expiry, and
-- when the key was last used (written at most once a minute per key).
ALTER TABLE api_keys ADD COLUMN secret_prefix VARCHAR(32);
ALTER TABLE api_keys ADD COLUMN expiresAt TIMESTAMP;
ALTER TABLE api_keys ADD COLUMN lastUsedAt TIMESTAMP;
