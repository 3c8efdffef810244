#!/usr/bin/env bash
# Administration benchmark (issue 4): GET /api/admin/users with 100,000 users, and
# POST /api/system/event-logs at 1,000,000 events, first and last page.
# It starts its own Payara Micro on 127.0.0.1 with a throw-away STORAGE_DIR, seeds the embedded Derby
# database directly while the server is stopped (bench/BenchData.java), loads only that server, and stops
# everything it started. Needs mvn package and wrk.  Usage: bash bench/admin.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-15}
users=${BENCH_USERS:-100000}
events=${BENCH_EVENTS:-1000000}
port=${BENCH_PORT:-3098}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
. bench/server.sh
trap 'server_stop; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

server_start "$work/server.log"
curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' "$base/api/system/enable-multi-user" >/dev/null
server_stop
classpath=$(find ~/.m2/repository/org/apache/derby -name '*10.16.1.1.jar' | tr '\n' ':')
java -cp "$classpath" bench/BenchData.java "$work/storage" "$users" "$events"
server_start "$work/server.log"
token=$(curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' \
  "$base/api/request-token" | sed -E 's/.*"token":"([^"]+)".*/\1/')

echo "== GET /api/admin/users with $users users (10 sequential requests)"
for _ in 1 2; do curl -s -o /dev/null -H "Authorization: Bearer $token" "$base/api/admin/users"; done
curl -s -o /dev/null -w 'response: %{size_download} bytes\n' -H "Authorization: Bearer $token" "$base/api/admin/users"
for _ in $(seq 1 10); do
  curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$base/api/admin/users"
done | sort -n | awk '{a[NR]=$1} END {printf "min %.3fs  median %.3fs  max %.3fs\n", a[1], a[int((NR+1)/2)], a[NR]}'

last=$(( (events + 1) / 10 ))
for page in 0 "$last"; do
  wrk -t1 -c1 -d3s -s bench/events-page.lua -H "Authorization: Bearer $token" "$base/api/system/event-logs" -- "$page" >/dev/null
  wrk --latency -t2 -c4 -d"${seconds}s" -s bench/events-page.lua -H "Authorization: Bearer $token" \
    "$base/api/system/event-logs" -- "$page" > "$work/wrk.txt"
  printf 'POST /api/system/event-logs page %-7s %8s req/s   p50 %8s   p99 %8s\n' "$page" \
    "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")" \
    "$(awk '$1=="50%" {print $2}' "$work/wrk.txt")" "$(awk '$1=="99%" {print $2}' "$work/wrk.txt")"
  grep -E 'Non-2xx' "$work/wrk.txt" || true
done
