-- Gatehouse schema, version 6: browser-extension keys are stored hashed like developer API keys:
-- extension_key holds the SHA-256 (hex) of the whole brx- key; key_prefix is the part lists show.
ALTER TABLE browser_extension_api_keys ADD COLUMN key_prefix VARCHAR(32);
