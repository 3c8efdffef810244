-- Gatehouse schema, version 13 (issue 12), Derby's form (db/postgresql holds PostgreSQL's): exact row counts
-- of the event log and the chat history without counting a million rows per page.
--
-- Every insert and delete on a tallied table adds one row here per statement and per bucket of 4,096 ids
-- (bucket = id / 4096): +n for n rows inserted, -n for n deleted. Triggers write them, so every path that
-- changes the table counts, cascades and bulk deletes included, in the transaction of the change itself:
-- the tallies are exact after every commit on every node. Writers only insert, so they never wait for one
-- another here; RowTallies folds a bucket's rows into one now and then, under the named lock 'row_tallies'.
-- The sum of a subject's deltas is its row count; the sums per bucket, read newest bucket first, say where
-- any page begins (RowTallies.BUCKET_WIDTH is the same 4,096).
CREATE TABLE row_tallies (
    id      BIGINT      GENERATED ALWAYS AS IDENTITY,
    subject VARCHAR(32) NOT NULL,
    bucket  INTEGER     NOT NULL,
    delta   INTEGER     NOT NULL,
    CONSTRAINT row_tallies_pk PRIMARY KEY (id)
);
-- No other index, unlike PostgreSQL's form. Derby's statistics daemon keeps statistics for every index but a
-- single-column unique one, and refreshes them when a table's size drifts, as this one's does between foldings;
-- each refresh invalidates the statements that write the table, the triggers' actions among them, and
-- concurrent writers recompiling a trigger's action deadlock on Derby's dictionary (SYSDEPENDS) until its
-- deadlock timeout, 20 seconds. The table stays a few hundred rows long, so a scan of it costs what an index
-- scan would.
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

CREATE TRIGGER event_logs_added AFTER INSERT ON event_logs REFERENCING NEW_TABLE AS changed FOR EACH STATEMENT
    INSERT INTO row_tallies (subject, bucket, delta) SELECT 'event_logs', id / 4096, COUNT(*) FROM changed GROUP BY id / 4096;
CREATE TRIGGER event_logs_removed AFTER DELETE ON event_logs REFERENCING OLD_TABLE AS changed FOR EACH STATEMENT
    INSERT INTO row_tallies (subject, bucket, delta) SELECT 'event_logs', id / 4096, -COUNT(*) FROM changed GROUP BY id / 4096;
CREATE TRIGGER workspace_chats_added AFTER INSERT ON workspace_chats REFERENCING NEW_TABLE AS changed FOR EACH STATEMENT
    INSERT INTO row_tallies (subject, bucket, delta) SELECT 'workspace_chats', id / 4096, COUNT(*) FROM changed GROUP BY id / 4096;
CREATE TRIGGER workspace_chats_removed AFTER DELETE ON workspace_chats REFERENCING OLD_TABLE AS changed FOR EACH STATEMENT
    INSERT INTO row_tallies (subject, bucket, delta) SELECT 'workspace_chats', id / 4096, -COUNT(*) FROM changed GROUP BY id / 4096;

INSERT INTO row_tallies (subject, bucket, delta)
    SELECT 'event_logs', id / 4096, COUNT(*) FROM event_logs GROUP BY id / 4096;
INSERT INTO row_tallies (subject, bucket, delta)
    SELECT 'workspace_chats', id / 4096, COUNT(*) FROM workspace_chats GROUP BY id / 4096;

-- The chat history is read newest first, like the event log (V4): Derby cannot walk the primary key backwards.
CREATE INDEX workspace_chats_id_desc_idx ON workspace_chats (id DESC);
