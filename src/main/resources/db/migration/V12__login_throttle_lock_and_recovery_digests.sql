-- Gatehouse schema, version 12 (issue 11, hardening).

-- Rows that serialise one kind of change across every node sharing the database: a transaction that
-- locks a row here (SELECT ... FOR UPDATE) runs that change alone. 'login_throttle' guards the counting
-- of sign-in and recovery attempts, so a burst of parallel guesses cannot all pass one check.
CREATE TABLE named_locks (
    name VARCHAR(64) NOT NULL,
    CONSTRAINT named_locks_pk PRIMARY KEY (name)
);
INSERT INTO named_locks (name) VALUES ('login_throttle');

-- Recovery codes are random UUIDs, so a SHA-256 digest protects them as well as bcrypt did, and lets a
-- recovery look them up with the same work whoever asks. Codes hashed with bcrypt before this version
-- cannot be converted: they are removed, and their users receive four new codes at their next sign-in.
UPDATE users SET seen_recovery_codes = FALSE
 WHERE id IN (SELECT user_id FROM recovery_codes WHERE code_hash LIKE '$2%');
DELETE FROM recovery_codes WHERE code_hash LIKE '$2%';
CREATE INDEX recovery_codes_hash_idx ON recovery_codes (code_hash);
