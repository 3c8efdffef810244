-- Gatehouse schema, version 4: the event log is read newest first. Derby cannot walk an ascending index
-- backwards, so without this index page 1 of a million events sorts the whole table; PostgreSQL could
-- walk the primary key backwards and uses this index just the same.
CREATE INDEX event_logs_id_desc_idx ON event_logs (id DESC);
