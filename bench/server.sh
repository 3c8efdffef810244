# Sourced by the bench scripts: their one Payara Micro with target/gatehouse.war on 127.0.0.1:$port, with
# STORAGE_DIR=$work/storage, started as the run command starts it (server-config/payara/jvm.options, or the
# file BENCH_JVM_OPTIONS names; MALLOC_ARENA_MAX=2). The sourcing script sets port, base and work first.
#   server_start LOG [NAME=VALUE...]  starts it, with the extra environment, appending to LOG, and waits for
#                                     /api/ping (exits the script if it does not answer within 180 s)
#   server_stop                       stops it (SIGTERM, so Derby shuts down cleanly) and waits for it
#   server_rss                        its resident memory now, in MB
#   server_jit_seconds                the CPU time its JIT compiler threads have used so far, in seconds
# After server_start, server_ready_seconds holds the time from the launch to the first 200 of /api/ping.
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
  local launched
  launched=$(date +%s.%N)
  env STORAGE_DIR="$work/storage" MALLOC_ARENA_MAX=2 "$@" java "@${BENCH_JVM_OPTIONS:-server-config/payara/jvm.options}" -jar target/payara-micro.jar --deploy target/gatehouse.war \
    --contextroot / --port "$port" --nocluster --prebootcommandfile server-config/payara/http-listener.asadmin "${rootdir[@]}" >> "$log" 2>&1 &
  server=$!
  for _ in $(seq 1 1800); do
    if curl -sf "$base/api/ping" >/dev/null; then
      server_ready_seconds=$(awk -v from="$launched" -v to="$(date +%s.%N)" 'BEGIN { printf "%.1f", to - from }')
      return
    fi
    sleep 0.1
  done
  echo "server did not start; see $log" >&2
  exit 1
}

server_rss() {
  awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server/status"
}

server_jit_seconds() {
  local ticks=0 task
  for task in /proc/"$server"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ CompilerThre*|C2\ CompilerThre*) ticks=$((ticks + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}'))) ;;
    esac
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}

server_stop() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  server=""
}
