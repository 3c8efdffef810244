-- Gatehouse schema, version 9: the admin user list is read a page at a time, filtered by role and
-- ordered by username, role or creation date, in both directions. Derby cannot walk an ascending index
-- backwards (see V4), so each order has an index per direction; each ends on the columns that make the
-- order total (username is unique, id breaks the ties of null usernames). A user's recent events and
-- the API keys they created are read by user.
CREATE INDEX users_username_id_idx ON users (username, id);
CREATE INDEX users_username_id_desc_idx ON users (username DESC, id DESC);
CREATE INDEX users_role_username_idx ON users (role, username, id);
CREATE INDEX users_role_username_desc_idx ON users (role DESC, username DESC, id DESC);
CREATE INDEX users_created_idx ON users (createdAt, username, id);
CREATE INDEX users_created_desc_idx ON users (createdAt DESC, username DESC, id DESC);
CREATE INDEX users_suspended_idx ON users (suspended, username);
CREATE INDEX event_logs_user_idx ON event_logs (userId, id DESC);
CREATE INDEX api_keys_created_by_idx ON api_keys (createdBy);
