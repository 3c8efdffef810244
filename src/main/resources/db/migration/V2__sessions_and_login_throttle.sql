-- Gatehouse schema, version 2: revocable sessions and brute-force protection (beyond AnythingLLM).

-- Session tokens of a user issued before this instant are refused (logout, password change or reset,
-- suspension, an administrator ending the user's sessions). NULL: no revocation yet.
ALTER TABLE users ADD COLUMN tokens_valid_after TIMESTAMP;

-- Consecutive failed sign-ins per username and per client address, shared by every node.
CREATE TABLE login_failures (
    scope           VARCHAR(16)  NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    failures        INTEGER      DEFAULT 0 NOT NULL,
    last_failure_at TIMESTAMP    NOT NULL,
    locked_until    TIMESTAMP,
    CONSTRAINT login_failures_pk PRIMARY KEY (scope, subject),
    CONSTRAINT login_failures_scope_check CHECK (scope IN ('username', 'ip'))
);
