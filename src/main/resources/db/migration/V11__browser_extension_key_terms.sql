-- Gatehouse schema, version 11: browser-extension keys may carry a name and an expiry, and record when
-- they were last used (written at most once a minute per key), as developer API keys do since V5. Gatehouse's
-- own columns, never on AnythingLLM's wire; the types are api_keys' own (V1, V5).
ALTER TABLE browser_extension_api_keys ADD COLUMN name VARCHAR(255);
ALTER TABLE browser_extension_api_keys ADD COLUMN expiresAt TIMESTAMP;
ALTER TABLE browser_extension_api_keys ADD COLUMN lastUsedAt TIMESTAMP;
