# Sourced by the bench scripts: their one Payara Micro with target/gatehouse.war on 127.0.0.1:$port, with
# STORAGE_DIR=$work/storage. The sourcing script sets port, base and work first.
#   server_start LOG [NAME=VALUE...]  starts it, with the extra environment, appending to LOG, and waits for
#                                     /api/ping (exits the script if it does not answer within 180 s)
#   server_stop                       stops it (SIGTERM, so Derby shuts down cleanly) and waits for it
# server_rootdir=1 gives each start its own Payara runtime folder inside $work (a server killed with
# SIGKILL leaves its folder behind, which would otherwise stay in /tmp).
server=""
server_starts=0

server_start() {
  local log=$1
  shift
  local rootdir=()
  server_starts=$((server_starts + 1))
  [ -z "${server_rootdir:-}" ] || rootdir=(--rootdir "$work/payara-$server_starts")
  env STORAGE_DIR="$work/storage" "$@" java -Xmx1g -jar target/payara-micro.jar --deploy target/gatehouse.war \
    --contextroot / --port "$port" --nocluster --prebootcommandfile server-config/payara/http-listener.asadmin "${rootdir[@]}" >> "$log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do curl -sf "$base/api/ping" >/dev/null && return; sleep 1; done
  echo "server did not start; see $log" >&2
  exit 1
}

server_stop() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  server=""
}
