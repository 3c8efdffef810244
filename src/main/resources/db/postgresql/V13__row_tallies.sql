-- Gatehouse schema, version 13 (issue 12), PostgreSQL's form (db/derby holds Derby's, with the reasons): exact
-- row counts of the event log and the chat history from per-bucket deltas written by triggers.
CREATE TABLE row_tallies (
    id      BIGINT      GENERATED ALWAYS AS IDENTITY,
    subject VARCHAR(32) NOT NULL,
    bucket  INTEGER     NOT NULL,
    delta   INTEGER     NOT NULL,
    CONSTRAINT row_tallies_pk PRIMARY KEY (id)
);
CREATE INDEX row_tallies_bucket_idx ON row_tallies (subject, bucket, delta);
INSERT INTO named_locks (name) VALUES ('row_tallies');
-- Deletions of a tallied table take turns under its own named lock (RowTallies.beforeDeleting): on Derby two
-- deletes of the same rows at once both count them, which a tally cannot undo.
INSERT INTO named_locks (name) VALUES ('event_logs_deletions');
INSERT INTO named_locks (name) VALUES ('workspace_chats_deletions');
-- How many folds each subject has had. A fold counts itself here before it changes anything, in its own
-- transaction; a reader of the tallies keeps its sum only when the count is the same before and after it,
-- because on Derby a sum read while a fold commits can count a folded bucket twice or not at all (RowTallies.of).
CREATE TABLE row_tally_folds (
    subject VARCHAR(32) NOT NULL,
    folds   BIGINT      NOT NULL,
    CONSTRAINT row_tally_folds_pk PRIMARY KEY (subject)
);
INSERT INTO row_tally_folds (subject, folds) VALUES ('event_logs', 0);
INSERT INTO row_tally_folds (subject, folds) VALUES ('workspace_chats', 0);

-- One function for every tallied table: the subject is the table's name, the bucket width 4,096 ids.
CREATE FUNCTION row_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO row_tallies (subject, bucket, delta)
            SELECT TG_TABLE_NAME, id / 4096, COUNT(*) FROM changed GROUP BY id / 4096;
    ELSE
        INSERT INTO row_tallies (subject, bucket, delta)
            SELECT TG_TABLE_NAME, id / 4096, -COUNT(*) FROM changed GROUP BY id / 4096;
    END IF;
    RETURN NULL;
END
$$;

-- Created before the counts are taken, in the same transaction: an insert from a node still running the
-- previous version waits for this migration to commit, and is then counted by its trigger.
CREATE TRIGGER event_logs_added AFTER INSERT ON event_logs REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION row_tally();
CREATE TRIGGER event_logs_removed AFTER DELETE ON event_logs REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION row_tally();
CREATE TRIGGER workspace_chats_added AFTER INSERT ON workspace_chats REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION row_tally();
CREATE TRIGGER workspace_chats_removed AFTER DELETE ON workspace_chats REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION row_tally();

INSERT INTO row_tallies (subject, bucket, delta)
    SELECT 'event_logs', id / 4096, COUNT(*) FROM event_logs GROUP BY id / 4096;
INSERT INTO row_tallies (subject, bucket, delta)
    SELECT 'workspace_chats', id / 4096, COUNT(*) FROM workspace_chats GROUP BY id / 4096;

-- The same index as Derby's, so both schemas are one (PostgreSQL could walk the primary key backwards).
CREATE INDEX workspace_chats_id_desc_idx ON workspace_chats (id DESC);
