#!/usr/bin/env bash
# The whole performance picture of issue 12 in one run, as docs/performance.md reports it: starts its own Payara
# Micro on 127.0.0.1 exactly as the run command does (server-config/payara/jvm.options), seeds the scaled data
# straight into the stopped server's Derby database (bench/RunData.java: 10,000 users and 1,000,000 events, later
# 90,000 users more), runs every load with wrk after a warm-up of the same load and length (the JIT compiles most
# of a path's code in its first seconds), and prints one table: each path's req/s, p50 and p99, its ratio to
# /api/ping at the same concurrency in the same run, and the server's resident memory after the load. Then the
# time from launch to the first 200 and the idle memory, the code cache and the JIT compilers' CPU.
# Needs: mvn package done (target/gatehouse.war, target/payara-micro.jar) and wrk (apt-get install -y wrk).
# Usage: bash bench/run.sh [seconds-per-load]   (default 15; BENCH_EVENTS, BENCH_USERS, BENCH_MORE_USERS scale it)
# BENCH_JVM_OPTIONS=file starts the server with other JVM options. BENCH_SEEDED=dir keeps a copy of the seeded
# storage in dir, and a later run with the same dir starts from a copy of it instead of seeding again (to compare
# JVM options without four minutes of seeding). BENCH_JIT=1 prints the JIT's CPU and the code cache after each load.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-15}
events=${BENCH_EVENTS:-1000000}
users=${BENCH_USERS:-10000}
more_users=${BENCH_MORE_USERS:-90000}
port=${BENCH_PORT:-3096}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
. bench/server.sh
trap 'server_stop; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f target/gatehouse.war ] && [ -f target/payara-micro.jar ] || { echo "run mvn package first" >&2; exit 1; }
derby=$(find ~/.m2/repository/org/apache/derby -name '*10.16.1.1.jar' | tr '\n' ':')
bcrypt=$(find ~/.m2/repository/at/favre/lib -name '*.jar' | tr '\n' ':')
admin='{"username":"benchadmin","password":"Bench-Admin-Password-2026"}'
json="Content-Type: text/plain;charset=UTF-8"

table="$work/table.txt"
row() { # name, concurrency, ping req/s at that concurrency or "", wrk arguments...
  local name=$1 c=$2 ping=$3
  shift 3
  wrk --timeout 30s -t2 -c"$c" -d"${seconds}s" "$@" >/dev/null        # warm-up: the same load, as long
  wrk --timeout 30s --latency -t2 -c"$c" -d"${seconds}s" "$@" > "$work/wrk.txt"
  local rate p50 p99 errors ratio
  rate=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.txt")
  ratio=$([ -n "$ping" ] && awk -v r="$rate" -v p="$ping" 'BEGIN { printf "%.0f %%", 100 * r / p }' || echo "")
  printf '| %-58s | %3s | %9s | %8s | %8s | %7s | %6s MB |%s\n' "$name" "$c" "$rate" "$p50" "$p99" "$ratio" "$(server_rss)" \
    "${errors:+ $errors non-2xx!}" | tee -a "$table"
  [ -z "${BENCH_JIT:-}" ] || echo "    JIT: $(server_jit_seconds) s of compiler CPU so far; $(jcmd "$server" Compiler.codecache 2>/dev/null | awk '/size=/ {print; exit}')"
  last_rate=$rate
}

echo "== $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%dT%H:%MZ)"
java -cp "$bcrypt" bench/BcryptRate.java 5 | tee "$work/bcrypt.txt"
bcrypt2=$(awk '/thread\(s\)/ {rate=$(NF-1)} END {print rate}' "$work/bcrypt.txt")

seeded=${BENCH_SEEDED:-}
if [ -n "$seeded" ] && [ -d "$seeded/storage" ]; then
  echo "== the seeded storage copied from $seeded (no first start)"
  cp -a "$seeded/storage" "$work/storage"
else
  server_start "$work/server.log"
  echo "== first start: ${server_ready_seconds} s from launch to the first 200 of /api/ping; idle RSS $(server_rss) MB"
  curl -sf -X POST -H "$json" -d "$admin" "$base/api/system/enable-multi-user" >/dev/null
  server_stop
  echo "== seeding $users users and $events events"
  java -cp "$derby" bench/RunData.java "$work/storage" "$users" "$events"
  [ -z "$seeded" ] || { mkdir -p "$seeded" && cp -a "$work/storage" "$seeded/storage"; }
fi
server_start "$work/server.log" GATEHOUSE_LOCKOUT_THRESHOLD=0
sleep 20 # the tallies of a million inserts folded (V13), the first requests' classes loaded
echo "== restarted on the seeded database: ${server_ready_seconds} s to the first 200; idle RSS $(server_rss) MB"
token=$(curl -sf -X POST -H "$json" -d "$admin" "$base/api/request-token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
apikey=$(curl -sf -X POST -H "$json" -H "Authorization: Bearer $token" -d '{"name":"bench"}' \
  "$base/api/admin/generate-api-key" | sed -E 's/.*"secret":"([^"]+)".*/\1/')
auth="Authorization: Bearer $token"
total=$(curl -sf -X POST -H "$json" -H "$auth" -d '{"offset":0}' "$base/api/system/event-logs" | sed -E 's/.*"totalLogs":([0-9]+).*/\1/')
last=$(( (total - 1) / 10 ))

printf '| %-58s | %3s | %9s | %8s | %8s | %7s | %9s |\n|%s|\n' "path" "c" "req/s" "p50" "p99" "of ping" "RSS after" \
  "---|---|---|---|---|---|---" | tee "$table"
row "GET /api/ping" 4 "" "$base/api/ping"; ping4=$last_rate
row "GET /api/ping" 16 "" "$base/api/ping"; ping16=$last_rate
row "POST /api/system/event-logs, first page ($total events)" 4 "$ping4" -s bench/events-page.lua -H "$auth" "$base/api/system/event-logs" -- 0
row "POST /api/system/event-logs, middle page ($((last / 2)))" 4 "$ping4" -s bench/events-page.lua -H "$auth" "$base/api/system/event-logs" -- "$((last / 2))"
row "POST /api/system/event-logs, last page ($last)" 4 "$ping4" -s bench/events-page.lua -H "$auth" "$base/api/system/event-logs" -- "$last"
row "GET /admin/event-log (console), newest" 4 "$ping4" -H "Cookie: gatehouse_session=$token" "$base/admin/event-log"
row "GET /admin/event-log (console), one type and one user" 4 "$ping4" -H "Cookie: gatehouse_session=$token" \
  "$base/admin/event-log?type=failed_login_invalid_password&user=bench-user-000421"
row "GET /api/admin/users ($((users + 1)) users)" 4 "$ping4" -H "$auth" "$base/api/admin/users"
row "GET /admin/users (console, $((users + 1)) users)" 4 "$ping4" -H "Cookie: gatehouse_session=$token" "$base/admin/users"
row "GET /api/v1/auth (API key)" 16 "$ping16" -H "Authorization: Bearer $apikey" "$base/api/v1/auth"
row "GET /api/system/check-token (JWT session)" 16 "$ping16" -H "$auth" "$base/api/system/check-token"
row "POST /api/request-token (bcrypt sign-in)" 2 "" -s bench/login.lua "$base/api/request-token"
awk -v r="$last_rate" -v b="$bcrypt2" 'BEGIN { printf "|   sign-in rate / raw bcrypt rate on %d threads (%s/s) | | | | | %.0f %% | |\n", 2, b, 100 * r / b }' | tee -a "$table"

server_stop
echo "== seeding $more_users users more"
java -cp "$derby" bench/RunData.java "$work/storage" "$more_users" 0
server_start "$work/server.log"
sleep 5
token=$(curl -sf -X POST -H "$json" -d "$admin" "$base/api/request-token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
size=$(curl -s -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$base/api/admin/users")
row "GET /api/admin/users ($((users + more_users + 1)) users, $((size / 1048576)) MB)" 4 "" -H "Authorization: Bearer $token" "$base/api/admin/users"
row "GET /admin/users (console, $((users + more_users + 1)) users)" 4 "" -H "Cookie: gatehouse_session=$token" "$base/admin/users"
echo "== idle after the loads: RSS $(server_rss) MB; heap: $(jcmd "$server" GC.heap_info 2>/dev/null | awk '/total/ {print; exit}')"
echo "== code cache: $(jcmd "$server" Compiler.codecache 2>/dev/null | awk '/size=/ {print; exit}'); JIT compiler threads' CPU: $(server_jit_seconds) s"
echo
cat "$table"
