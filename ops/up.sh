#!/usr/bin/env bash
# Starts read-only dcgraph replicas of one built store, each on its own copy, behind HAProxy on loopback.
#   ops/up.sh DEPLOY_DIR STORE PROXY_PORT REPLICA_PORT...
# One replica (r1, r2, ...) listens on each REPLICA_PORT; readers use http://127.0.0.1:PROXY_PORT/.
# How a replica is started comes from the environment: DCGRAPH_JAVA (java), DCGRAPH_JAVA_OPTS (-Xmx1g),
# DCGRAPH_CLASSPATH (target/dcgraph.jar).
set -euo pipefail
. "$(dirname "$0")/replicas.sh"
[ $# -ge 4 ] || die "usage: ops/up.sh DEPLOY_DIR STORE PROXY_PORT REPLICA_PORT..."
deploy=$1 store=$2 proxy_port=$3
shift 3
ports=("$@") n=$#
command -v haproxy >/dev/null || die "haproxy is not installed (Debian: apt-get install haproxy)"
command -v socat >/dev/null || die "socat is not installed (Debian: apt-get install socat)"
[ ! -e "$deploy/replicas" ] || die "$deploy already holds a deployment: ops/down.sh it first"
mkdir -p "$deploy/replicas"
deploy=$(cd "$deploy" && pwd)
# Whatever fails half-way, nothing started is left running.
trap '[ -n "${up:-}" ] || "$OPS_DIR/down.sh" "$deploy" >/dev/null' EXIT

{
  printf 'DCGRAPH_JAVA=%q\n' "${DCGRAPH_JAVA:-java}"
  printf 'DCGRAPH_JAVA_OPTS=%q\n' "${DCGRAPH_JAVA_OPTS:--Xmx1g}"
  printf 'DCGRAPH_CLASSPATH=%q\n' "${DCGRAPH_CLASSPATH:-$OPS_DIR/../target/dcgraph.jar}"
} >"$deploy/env"

servers=""
for i in $(seq 1 "$n"); do
  dir="$deploy/replicas/r$i"
  mkdir -p "$dir"
  echo "${ports[i - 1]}" >"$dir/port"
  copy_store "$store" "$dir/store-1"
  ln -sfn store-1 "$dir/current"
  servers+="    server r$i 127.0.0.1:${ports[i - 1]}"$'\n'
done
for i in $(seq 1 "$n"); do
  start_replica "$deploy" "r$i" &
done
for job in $(jobs -p); do wait "$job" || die "a replica did not start; see $deploy/replicas/*/log"; done
say "replicas r1..r$n serve copies of $store"

sed -e "s|@DEPLOY@|$deploy|" -e "s|@PORT@|$proxy_port|" "$OPS_DIR/haproxy.cfg.in" |
  awk -v servers="$servers" '{ if ($0 == "@SERVERS@") printf "%s", servers; else print }' >"$deploy/haproxy.cfg"
haproxy -c -q -f "$deploy/haproxy.cfg" || die "HAProxy refused $deploy/haproxy.cfg"
setsid haproxy -db -f "$deploy/haproxy.cfg" >"$deploy/haproxy.log" 2>&1 </dev/null &
echo $! >"$deploy/haproxy.pid"
wait_for "HAProxy to answer on port $proxy_port" 30 pings "$proxy_port"
# HAProxy starts each server as "UP 1/2": in rotation but not yet confirmed by its health checks. The deployment
# is ready once every replica has passed them, which is also what ops/switch.sh asks before it starts.
for i in $(seq 1 "$n"); do
  wait_for "HAProxy's health check to find r$i UP" 30 proxy_up "$deploy" "r$i" || die "r$i did not pass HAProxy's health check; see $deploy/haproxy.log"
done
up=yes
say "HAProxy serves http://127.0.0.1:$proxy_port/ from $n replicas"
