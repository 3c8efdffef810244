#!/usr/bin/env bash
# User list benchmark (issue 12): GET /api/admin/users and GET /api/v1/admin/users (one user list) at
# USERS users (10,000 by default) under wrk -t2 -c4, beside /api/ping of the same server, with the
# server's CPU time per request; then the heap of the server process after repeated lists (jcmd
# GC.heap_info after a full GC, and the most heap in use after any GC while the lists ran, from JFR: an
# upper bound, as young collections leave promoted garbage in the old generation until a mixed one).
# It starts its own Payara Micro on 127.0.0.1 with a throw-away STORAGE_DIR, seeds the embedded Derby
# database directly while the server is stopped (bench/UsersPageData.java: 1% admins, 10% managers, 2%
# suspended), loads only that server, and stops everything it started. Needs mvn package, wrk and the
# JDK's jcmd and jfr.  Usage: BENCH_USERS=100000 bash bench/user-list.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-15}
users=${BENCH_USERS:-10000}
port=${BENCH_PORT:-3093}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
. bench/server.sh
trap 'server_stop; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }

server_start "$work/server.log"
curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' "$base/api/system/enable-multi-user" >/dev/null
server_stop
classpath=$(find ~/.m2/repository/org/apache/derby -name '*10.16.1.1.jar' | tr '\n' ':')
java -cp "$classpath" bench/UsersPageData.java "$work/storage" "$users" 0
server_start "$work/server.log" JDK_JAVA_OPTIONS="-XX:StartFlightRecording=filename=$work/list.jfr,settings=default"
token=$(curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' \
  "$base/api/request-token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
key=$(curl -sf -X POST -H "Authorization: Bearer $token" -H "Content-Type: application/json" -d '{"name":"bench"}' \
  "$base/api/admin/generate-api-key" | sed -E 's/.*"secret":"([^"]+)".*/\1/')

# The server's CPU time (user + system, in clock ticks): per request it is the cost that other load on a
# shared machine disturbs least.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

echo "== $((users + 1)) users: wrk -t2 -c4 -d${seconds}s"
curl -s -o /dev/null -w "GET /api/admin/users: %{http_code}, %{size_download} bytes\n" -H "Authorization: Bearer $token" "$base/api/admin/users"
for path in /api/ping /api/admin/users /api/v1/admin/users; do
  auth="Authorization: Bearer $token"
  [ "$path" != /api/v1/admin/users ] || auth="Authorization: Bearer $key"
  wrk -t1 -c1 -d3s -H "$auth" "$base$path" >/dev/null
  before=$(cpu_ticks)
  wrk --latency -t2 -c4 -d"${seconds}s" -H "$auth" "$base$path" > "$work/wrk.txt"
  after=$(cpu_ticks)
  requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
  printf '%-22s %9s req/s   p50 %8s   p99 %8s   server CPU %7.2f ms/request\n' "$path" \
    "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")" \
    "$(awk '$1=="50%" {print $2}' "$work/wrk.txt")" "$(awk '$1=="99%" {print $2}' "$work/wrk.txt")" \
    "$(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" 'BEGIN {print t * 1000 / hz / n}')"
  grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || true
done

echo "== heap of the server after the lists (-Xmx1g)"
jcmd "$server" GC.run >/dev/null
jcmd "$server" GC.heap_info | grep -E 'garbage-first heap|Metaspace' | sed 's/^ */  /'
jcmd "$server" JFR.dump filename="$work/list.jfr" >/dev/null
jfr print --events jdk.GCHeapSummary "$work/list.jfr" | awk '/when = "After GC"/ {after=1} /heapUsed/ && after {
    v=$3; u=$4; gsub(/[^0-9.]/,"",v); if (u ~ /GB/) v*=1024; if (u ~ /kB/) v/=1024; if (v>max) max=v; after=0 }
  END { printf "  most heap in use after any GC during the run: %.0f MB\n", max }'
