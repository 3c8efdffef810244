#!/usr/bin/env bash
# Users page benchmark (issue 9): the console's GET /admin/users with 100,000 users, as a signed-in
# admin's browser asks for it (page session cookie): the first page, a search, a sorted page deep in the
# list, and a role + state filter; median and p95 over N sequential requests each.
# It starts its own Payara Micro on 127.0.0.1 with a throw-away STORAGE_DIR, seeds the embedded Derby
# database directly while the server is stopped (bench/UsersPageData.java), loads only that server, and
# stops everything it started. Needs mvn package.  Usage: bash bench/users-page.sh [requests-per-address]
set -euo pipefail
cd "$(dirname "$0")/.."

requests=${1:-50}
users=${BENCH_USERS:-100000}
port=${BENCH_PORT:-3097}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
. bench/server.sh
trap 'server_stop; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT

server_start "$work/server.log"
curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' "$base/api/system/enable-multi-user" >/dev/null
server_stop
classpath=$(find ~/.m2/repository/org/apache/derby -name '*10.16.1.1.jar' | tr '\n' ':')
java -cp "$classpath" bench/UsersPageData.java "$work/storage" "$users" 50
server_start "$work/server.log"
# The page session cookie holds the same session token the API's sign-in answers.
answer=$(curl -sf -X POST -H "Content-Type: text/plain;charset=UTF-8" -d '{"username":"benchadmin","password":"Bench-Admin-Password-2026"}' "$base/api/request-token")
token=$(echo "$answer" | sed -E 's/.*"token":"([^"]+)".*/\1/')
[ "$token" != "$answer" ] || { echo "sign-in failed: $answer" >&2; exit 1; }
cookie="gatehouse_session=$token"

deep=$(( users / 25 / 2 ))
echo "== GET /admin/users with $((users + 1)) users, $requests sequential requests per address (after 5 warm-up)"
for address in "/admin/users" "/admin/users?q=0421" "/admin/users?sort=created&dir=desc&page=$deep" \
               "/admin/users?role=manager&state=active&sort=role" "/admin/users?state=locked"; do
  status=$(curl -s -o "$work/page.html" -w '%{http_code}' -b "$cookie" "$base$address")
  [ "$status" = 200 ] || { echo "$address answered $status" >&2; head -c 600 "$work/page.html" >&2; exit 1; }
  shown=$(grep -o 'id="pageStatus">[^<]*' "$work/page.html" | sed 's/.*>//' || true)
  for _ in 1 2 3 4; do curl -s -o /dev/null -b "$cookie" "$base$address"; done
  for _ in $(seq 1 "$requests"); do
    curl -s -o /dev/null -w '%{time_total}\n' -b "$cookie" "$base$address"
  done | sort -n | awk -v a="$address" -v s="$shown" '{t[NR]=$1} END {
    printf "%-52s median %4.0f ms   p95 %4.0f ms   max %4.0f ms   (%s)\n", a, t[int((NR+1)/2)]*1000,
      t[int(NR*0.95+0.999)]*1000, t[NR]*1000, s }'
done
