# Shared by the scale-out scripts (sourced, not run): the layout of a deployment folder, the replicas' processes
# and HAProxy's runtime API. A deployment folder holds:
#   env                 how replicas are started (java, its options, the classpath), written by up.sh
#   haproxy.cfg         the proxy's configuration, haproxy.pid, haproxy.sock (runtime API), haproxy.log
#   replicas/rN/port    the loopback port replica rN listens on
#   replicas/rN/store-* its own copy of a store; replicas/rN/current points at the one it serves
#   replicas/rN/pid     the replica's process, replicas/rN/log its output

OPS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "$(basename "$0"): $*" >&2; exit 1; }
say() { echo "$(date -u +%H:%M:%S.%3N) $*"; }

# The runtime API of the proxy: one command, its answer on standard output.
proxy_api() { echo "$2" | socat -t 5 stdio "unix-connect:$1/haproxy.sock"; }

# A field of replica rN's line in HAProxy's "show stat" CSV (scur: current sessions; status: UP, DOWN, MAINT,
# DRAIN, ...).
proxy_stat() {
  local deploy=$1 server=$2 field=$3
  proxy_api "$deploy" "show stat" | awk -F, -v s="$server" -v f="$field" '
    NR == 1 { for (i = 1; i <= NF; i++) if ($i == f || $i == "# " f) col = i; next }
    $1 == "replicas" && $2 == s { print $col }'
}

# Whether HAProxy counts replica rN as UP: in rotation and confirmed by its health checks ("UP 1/2" is not yet).
proxy_up() { [ "$(proxy_stat "$1" "$2" status)" = UP ]; }

# Waits until "cond" (a command) succeeds, for at most $2 seconds; says what it waited for when it gives up.
wait_for() {
  local what=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@"; do
    ((SECONDS < deadline)) || { echo "gave up after ${seconds}s waiting for $what" >&2; return 1; }
    sleep 0.2
  done
}

pings() { [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$1/\$/ping")" = 200 ]; }

# Copies a store folder that no process holds open. A TDB2 store is a folder of files that only a writer changes,
# so a store no process holds is consistent on disk. TDB2's tdb.lock names the last process that opened it: a
# copy leaves it (and the file locks below it) behind, and the replica takes locks of its own.
# A bulk build's store keeps its database in the folder its file 'current' names (docs/bulk-build.md).
copy_store() {
  local from to=$2 holder db
  from=$(readlink -f "$1")
  db=$from
  [ -f "$from/current" ] && db="$from/$(cat "$from/current")"
  ls -d "$db"/Data-* >/dev/null 2>&1 || die "$from is not a TDB2 store (no Data-* folder): build it with 'dcgraph build' first"
  holder=$(cat "$db/tdb.lock" 2>/dev/null || true)
  if [ -n "$holder" ] && ls -l "/proc/$holder/fd" 2>/dev/null | grep -q -- "-> $db/tdb.lock\$"; then
    die "$from is open in process $holder: copy a store only once 'dcgraph build' or 'ingest' has ended and no server holds it"
  fi
  mkdir -p "$to"
  (cd "$from" && tar --exclude=./tdb.lock --exclude='./Data-*/tdb.lock' --exclude='./db-*/tdb.lock' --exclude='./db-*/Data-*/tdb.lock' -cf - .) \
    | (cd "$to" && tar -xf -)
}

start_replica() {
  local deploy=$1 name=$2 dir="$1/replicas/$2"
  # shellcheck source=/dev/null
  . "$deploy/env"
  local store port
  store=$(readlink -f "$dir/current")
  port=$(cat "$dir/port")
  # A session of its own, so that the replica outlives the shell that started it.
  setsid "$DCGRAPH_JAVA" $DCGRAPH_JAVA_OPTS -cp "$DCGRAPH_CLASSPATH" org.dcgraph.cli.Main \
    serve --no-build --store "$store" --port "$port" --bind 127.0.0.1 >"$dir/log" 2>&1 </dev/null &
  local pid=$! deadline=$((SECONDS + ${DCGRAPH_START_SECONDS:-180}))
  echo "$pid" >"$dir/pid"
  until pings "$port"; do
    if not_running "$pid" || ((SECONDS >= deadline)); then
      echo "$name did not come to answer /\$/ping on port $port; the end of $dir/log:" >&2
      tail -5 "$dir/log" >&2
      return 1
    fi
    sleep 0.2
  done
}

stop_replica() {
  local dir="$1/replicas/$2" pid
  pid=$(cat "$dir/pid" 2>/dev/null) || return 0
  if kill -TERM "$pid" 2>/dev/null; then
    # The shutdown hook closes the store; a replica that does not end in time is killed (it only reads).
    wait_for "process $pid to end" 30 not_running "$pid" || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/pid"
}

not_running() { ! kill -0 "$1" 2>/dev/null; }
