#!/usr/bin/env bash
# Event log page benchmark (issue 10): the console's GET /admin/event-log with 1,000,000 events, as a
# signed-in admin's browser asks for it (page session cookie): the newest slice, a slice deep in the log
# (older and newer than a cursor in the middle), each filter (one type, several types, a user, an address,
# a day) and combined filters; median and p95 over N sequential requests each. The issue asks for 200 ms
# for any page and any filter.
# It starts its own Payara Micro on 127.0.0.1 with a throw-away STORAGE_DIR, seeds the embedded Derby
# database directly while the server is stopped (bench/EventLogPageData.java), loads only that server, and
# stops everything it started. Needs mvn package.  Usage: bash bench/event-log-page.sh [requests-per-address]
# BENCH_WORK=dir BENCH_KEEP=1 keeps the seeded storage in dir, and a later run with the same BENCH_WORK skips seeding.
#
# Figures of 2026-12-02 (2 shared cores, embedded Derby, 1,000,000 events of 1,000 users, 30 requests each;
# seeding 257 s), median / p95 in ms:
#   newest slice 46/85; older than the middle 55/78; newer than the middle 36/63;
#   one type 29/64, deep 33/60; three types 23/34; a type with no event 11/14;
#   one user 16/27, deep 21/54; one address 16/26; one day 16/27, deep 16/30;
#   type + user + a month 14/18; two types + user + address 11/21; type + address + day 10/21.
# Every address answers well inside the issue's 200 ms; no page counts the rows it filters.
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-30}
events=${BENCH_EVENTS:-1000000}
users=${BENCH_USERS:-1000}
port=${BENCH_PORT:-3098}
base="http://127.0.0.1:$port"
work=${BENCH_WORK:-$(mktemp -d)}
mkdir -p "$work"
. bench/server.sh
trap 'server_stop; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT

if [ ! -s "$work/seeded.env" ]; then
  server_start "$work/server.log"
  curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' "$base/api/system/enable-multi-user" >/dev/null
  server_stop
  classpath=$(find ~/.m2/repository/org/apache/derby -name '*10.16.1.1.jar' | tr '\n' ':')
  java -cp "$classpath" bench/EventLogPageData.java "$work/storage" "$events" "$users" > "$work/seeded.tmp"
  mv "$work/seeded.tmp" "$work/seeded.env"
fi
. "$work/seeded.env"
server_start "$work/server.log"
# The page session cookie holds the same session token the API's sign-in answers.
answer=$(curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' "$base/api/request-token")
token=$(echo "$answer" | sed -E 's/.*"token":"([^"]+)".*/\1/')
[ "$token" != "$answer" ] || { echo "sign-in failed: $answer" >&2; exit 1; }
cookie="gatehouse_session=$token"

day="from=${MIDDLE_DAY}T00:00&to=${MIDDLE_DAY}T23:59"
month="from=${MIDDLE_DAY:0:8}01T00:00"
echo "== GET /admin/event-log with $events events, $requests sequential requests per address (after 5 warm-up)"
for address in "/admin/event-log" \
               "/admin/event-log?before=$MIDDLE_CURSOR" \
               "/admin/event-log?after=$MIDDLE_CURSOR" \
               "/admin/event-log?type=failed_login_invalid_password" \
               "/admin/event-log?type=failed_login_invalid_password&before=$MIDDLE_CURSOR" \
               "/admin/event-log?type=user_updated&type=workspace_created&type=failed_login_locked_out" \
               "/admin/event-log?type=event_logs_cleared" \
               "/admin/event-log?user=bench-user-0421" \
               "/admin/event-log?user=bench-user-0421&before=$MIDDLE_CURSOR" \
               "/admin/event-log?ip=10.0.3.17" \
               "/admin/event-log?$day" \
               "/admin/event-log?$day&before=$MIDDLE_CURSOR" \
               "/admin/event-log?type=failed_login_invalid_password&user=bench-user-0421&$month" \
               "/admin/event-log?type=login_event&type=failed_login_invalid_password&user=bench-user-0421&ip=10.0.3.17" \
               "/admin/event-log?type=login_event&ip=10.0.3.17&$day"; do
  status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$cookie" "$base$address")
  [ "$status" = 200 ] || { echo "$address answered $status" >&2; head -c 600 "$work/page.html" >&2; exit 1; }
  shown=$(grep -o 'id="pageStatus" class="muted">[^<]*' "$work/page.html" | sed 's/.*>//' || true)
  for _ in 1 2 3 4; do curl -s -o /dev/null -b "$cookie" "$base$address"; done
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$cookie" "$base$address"
  done | sort -n | awk -v a="${address#/admin/event-log}" -v s="$shown" '{t[NR]=$1} END {
    printf "%-90s median %4.0f ms   p95 %4.0f ms   max %4.0f ms   (%s)\n", (a == "" ? "(newest)" : a), t[int((NR+1)/2)]*1000,
      t[int(NR*0.95+0.999)]*1000, t[NR]*1000, s }'
done
