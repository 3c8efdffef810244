#!/usr/bin/env bash
# Authentication benchmark (issues 3 and 5): compares
#   1. sign-in throughput (POST /api/request-token) with the raw bcrypt rate on this machine,
#   2. GET /api/system/check-token with a valid session token against GET /api/ping, and
#   3. GET /api/v1/auth with a valid developer API key, on the same server in the same run.
# It starts its own Payara Micro on 127.0.0.1 with a throw-away STORAGE_DIR, loads only that server, and
# stops everything it started. Needs: mvn package done (target/gatehouse.war, target/payara-micro.jar),
# and wrk (apt-get install -y wrk).  Usage: bash bench/auth.sh [seconds-per-run]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-20}
port=${BENCH_PORT:-3099}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
. bench/server.sh
trap 'server_stop; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f target/gatehouse.war ] && [ -f target/payara-micro.jar ] || { echo "run mvn package first" >&2; exit 1; }

classpath=$(find ~/.m2/repository/at/favre/lib -name '*.jar' | tr '\n' ':')
echo "== machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp "$classpath" bench/BcryptRate.java "$((seconds / 2))"

server_start "$work/server.log" GATEHOUSE_LOCKOUT_THRESHOLD=0

curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' \
  "$base/api/system/enable-multi-user" >/dev/null
token=$(curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' \
  "$base/api/request-token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
apikey=$(curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -H "Authorization: Bearer $token" -d '{"name":"bench"}' \
  "$base/api/admin/generate-api-key" | sed -E 's/.*"secret":"([^"]+)".*/\1/')

run() { # name, wrk arguments...
  local name=$1; shift
  wrk --latency "$@" > "$work/wrk.txt"
  printf '%-40s %10s req/s   p50 %8s   p99 %8s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")" \
    "$(awk '$1=="50%" {print $2}' "$work/wrk.txt")" "$(awk '$1=="99%" {print $2}' "$work/wrk.txt")"
  grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || true
}

echo "== warm-up"; wrk -t2 -c8 -d"$((seconds / 2))s" "$base/api/ping" >/dev/null
wrk -t2 -c8 -d"$((seconds / 2))s" -H "Authorization: Bearer $token" "$base/api/system/check-token" >/dev/null
wrk -t2 -c8 -d"$((seconds / 2))s" -H "Authorization: Bearer $apikey" "$base/api/v1/auth" >/dev/null
echo "== results ($seconds s each, 2 threads)"
run "POST /api/request-token (c=4)" -t2 -c4 -d"${seconds}s" -s bench/login.lua "$base/api/request-token"
run "GET /api/ping (c=32)" -t2 -c32 -d"${seconds}s" "$base/api/ping"
run "GET /api/system/check-token (c=32)" -t2 -c32 -d"${seconds}s" -H "Authorization: Bearer $token" \
  "$base/api/system/check-token"
run "GET /api/v1/auth (c=32)" -t2 -c32 -d"${seconds}s" -H "Authorization: Bearer $apikey" "$base/api/v1/auth"
