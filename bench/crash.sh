#!/usr/bin/env bash
# Crash safety (issue 11): parallel clients write (users created, updated, suspended, deleted; workspaces
# created, their members replaced, deleted; invites created, claimed, disabled; API keys created and
# deleted; browser-extension keys; a setting; sign-ins), the server is killed with SIGKILL in the middle,
# restarted on the same STORAGE_DIR / database, and then
#   - every write a client was answered 2xx for is there (over HTTP as the admin: users, workspaces and
#     their members, invites, API keys and sessions still authenticating, the setting), the one request in
#     flight per client at the kill may have happened or not, and no user exists that no client created;
#   - the event of every acknowledged write is in event_logs (straight from the database);
#   - the invariants hold (org.gatehouse.testsupport.Invariants, from src/test, straight from the database).
# bench/CrashLoad.java is the client; its record of every attempt and answer is kept in the work folder.
# It starts its own Payara Micro on 127.0.0.1 with a throw-away STORAGE_DIR (and, for postgresql, a
# throw-away database on the local PostgreSQL, set up by scripts/test-postgres.sh), and stops everything
# it started. Needs mvn package.  Usage: bash bench/crash.sh [derby|postgresql] [rounds]   (derby, 3)
# CRASH_CLIENTS (6) parallel clients; the kill comes 8 to 20 s into each round's load; BENCH_KEEP=1 keeps
# the work folder (server logs, derby.log, the record).
set -euo pipefail
cd "$(dirname "$0")/.."

db=${1:-derby}
rounds=${2:-3}
clients=${CRASH_CLIENTS:-6}
port=${BENCH_PORT:-3096}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
acks="$work/acks.tsv"
. bench/server.sh
server_rootdir=1
pgdb=""
cleanup() {
  server_stop
  if [ -n "$pgdb" ]; then
    PGPASSWORD="$pg_password" psql -q -h 127.0.0.1 -U "$pg_user" -d postgres -c "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true
  fi
  if [ -n "${BENCH_KEEP:-}" ]; then echo "work folder kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
[ -f target/gatehouse.war ] && [ -f target/payara-micro.jar ] || { echo "run mvn package first" >&2; exit 1; }

m2=~/.m2/repository
classpath=$(ls $m2/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar \
  $m2/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar \
  $m2/org/apache/derby/derby/10.16.1.1/derby-10.16.1.1.jar \
  $m2/org/apache/derby/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar \
  $m2/org/postgresql/postgresql/42.7.7/postgresql-42.7.7.jar | tr '\n' ':')
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$classpath" bench/CrashLoad.java
invariants=src/test/java/org/gatehouse/testsupport/Invariants.java
[ -f "$invariants" ] || { echo "$invariants is missing" >&2; exit 1; }
javac -d "$work/classes" -cp "$classpath" "$invariants"
client() { java -cp "$work/classes:$classpath" CrashLoad "$@"; }

case "$db" in
  derby)
    database_env=()
    jdbc=("jdbc:derby:$work/storage/gatehouse-db")
    ;;
  postgresql)
    eval "$(bash scripts/test-postgres.sh)"
    pg_user=$GATEHOUSE_TEST_POSTGRES_USER
    pg_password=$GATEHOUSE_TEST_POSTGRES_PASSWORD
    pgdb="gatehouse_crash_$$"
    PGPASSWORD="$pg_password" psql -q -h 127.0.0.1 -U "$pg_user" -d postgres -c "CREATE DATABASE $pgdb" >/dev/null
    url="jdbc:postgresql://127.0.0.1:5432/$pgdb"
    database_env=(GATEHOUSE_DATABASE_URL="$url" GATEHOUSE_DATABASE_USER="$pg_user" GATEHOUSE_DATABASE_PASSWORD="$pg_password")
    jdbc=("$url" "$pg_user" "$pg_password")
    echo "== PostgreSQL: $(PGPASSWORD="$pg_password" psql -At -h 127.0.0.1 -U "$pg_user" -d "$pgdb" \
      -c "SELECT 'fsync=' || current_setting('fsync') || ' synchronous_commit=' || current_setting('synchronous_commit')")"
    ;;
  *) echo "usage: bash bench/crash.sh [derby|postgresql] [rounds]" >&2; exit 2 ;;
esac

start() { server_start "$1" "${database_env[@]}"; }

# What the restarted server said about the database: Derby's recovery, Flyway, and anything severe.
report_log() { # log file
  local severe
  severe=$(grep -c -E 'SEVERE|Exception' "$1" || true)
  grep -h -o -E 'Schema at version[^]]*$' "$1" | head -3 | sed 's/^/   server: /' || true
  echo "   server log: $severe lines with SEVERE or an exception"
  [ "$severe" = 0 ] || grep -E 'SEVERE|Exception' "$1" | head -5 | cut -c1-220 | sed 's/^/     /'
}

failed=0
start "$work/server-1-load.log"
curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d "{\"username\":\"crashadmin\",\"password\":\"Crash-Admin-Password-2026\"}" \
  "$base/api/system/enable-multi-user" >/dev/null
echo "== $db, $rounds rounds of $clients parallel clients, SIGKILL 8-20 s into each"
for round in $(seq 1 "$rounds"); do
  [ -n "$server" ] || start "$work/server-$round-load.log"
  client load "$base" "$acks" "$round" "$clients" 300 > "$work/load-$round.txt" &
  load=$!
  sleep $(( 8 + RANDOM % 13 ))
  kill -9 "$server"
  wait "$server" 2>/dev/null || true
  server=""
  wait "$load"
  echo "-- round $round: killed with SIGKILL; $(cat "$work/load-$round.txt")"
  echo "   server log before the kill: $(grep -c SEVERE "$work/server-$round-load.log" || true) SEVERE lines"
  grep -h -E '^(Internal Exception|Caused by): ' "$work/server-$round-load.log" | cut -c1-200 | sort | uniq -c | head -3 | sed 's/^/    /' || true
  started=$(date +%s)
  start "$work/server-$round-restart.log"
  echo "   restarted on the same storage in $(( $(date +%s) - started )) s"
  report_log "$work/server-$round-restart.log"
  client verify-http "$base" "$acks" | sed 's/^/   /' || failed=1
  if [ "$round" = "$rounds" ]; then
    # The checks can fail: a write acknowledged to nobody but forged into a copy of the record is missed.
    { cat "$acks"; printf 'ACK\tforged.0\tuser.create\tusername=r0forged\trole=default\tid=999999\n'; } > "$work/forged.tsv"
    if client verify-http "$base" "$work/forged.tsv" > "$work/forged.txt"; then
      failed=1; echo "   self-check FAILED: a forged acknowledged user was not reported missing"
    else
      echo "   self-check: a forged acknowledged user is reported missing ($(grep -c LOST "$work/forged.txt") LOST line)"
    fi
  fi
  server_stop
  if [ "$db" = derby ]; then
    echo "   derby.log of the restart: $(grep -c '^Booting Derby' "$work/storage/derby.log") boot, $(grep -c -E 'ERROR [0-9A-Z]{5}|Exception' "$work/storage/derby.log" || true) errors"
  fi
  client verify-db "$acks" "${jdbc[@]}" | sed 's/^/   /' || failed=1
  if [ "$round" = "$rounds" ] && client verify-db "$work/forged.tsv" "${jdbc[@]}" > "$work/forged.txt"; then
    failed=1; echo "   self-check FAILED: the forged user's missing user_created event was not reported"
  fi
  if java -cp "$work/classes:$classpath" org.gatehouse.testsupport.Invariants "${jdbc[@]}" > "$work/invariants.txt" 2>&1; then
    echo "   invariants: hold"
  else
    failed=1
    echo "   invariants: VIOLATED"; sed 's/^/     /' "$work/invariants.txt" | head -20
  fi
done

echo "== summary ($db, $rounds kills)"
awk -F'\t' '$1=="ACK"{a++} $1=="REFUSED"{r++} $1=="TRY"{t++} END {printf "   writes tried %d, acknowledged %d, refused %d\n", t, a, r}' "$acks"
grep -P '^REFUSED' "$acks" | awk -F'\t' '{print $3, $(NF-1), $NF}' | sed -E 's/Reference: [0-9a-f-]+/Reference: .../' | cut -c1-160 | sort | uniq -c | sort -rn | head -5 | sed 's/^/   refused: /' || true
if [ "$failed" = 0 ]; then echo "   RESULT: no acknowledged write lost, nothing half-written, invariants hold"; else echo "   RESULT: FAILED"; fi
exit "$failed"
