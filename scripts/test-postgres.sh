#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1:5432 with a role for the tests, and prints the variables that
# point the schema and mapping tests at it. Usage:  eval "$(bash scripts/test-postgres.sh)"
# Needs root and the package `postgresql` (.ci/run installs it).
set -euo pipefail

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1, $2, $4}' | grep -q "^$version main online"; then
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" >&2 <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gatehouse_test') THEN
    CREATE ROLE gatehouse_test LOGIN PASSWORD 'gatehouse_test' CREATEDB;
  END IF;
END
$$;
-- The tests drop their databases WITH (FORCE), which ends every session on them, an autovacuum worker's too:
-- only a member of pg_signal_backend may end those.
GRANT pg_signal_backend TO gatehouse_test;
SQL
echo "export GATEHOUSE_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/postgres"
echo "export GATEHOUSE_TEST_POSTGRES_USER=gatehouse_test"
echo "export GATEHOUSE_TEST_POSTGRES_PASSWORD=gatehouse_test"
