#!/usr/bin/env bash
# Moves every replica of a deployment to a new built store, one replica at a time, without dropping a request:
# each is drained, stopped, pointed at its own copy of the new store, started, checked, and put back, while the
# others serve. Readers see the old store's answers or the new one's, never an error.
#   ops/switch.sh DEPLOY_DIR NEW_STORE
set -euo pipefail
. "$(dirname "$0")/replicas.sh"
[ $# -eq 2 ] || die "usage: ops/switch.sh DEPLOY_DIR NEW_STORE"
deploy=$(cd "$1" && pwd) new_store=$2
[ -S "$deploy/haproxy.sock" ] || die "$deploy has no running proxy (no haproxy.sock): start it with ops/up.sh"
# Seconds a drained replica may take to finish the requests it holds: above dcgraph's 10 s query limit.
drain_seconds=${DCGRAPH_DRAIN_SECONDS:-30}
label="store-$(date -u +%Y%m%dT%H%M%S)-$$"
started=$SECONDS

replicas=$(cd "$deploy/replicas" && ls -d r* | sort -V)
no_sessions() { [ "$(proxy_stat "$deploy" "$1" scur)" = 0 ]; }
for r in $replicas; do
  status=$(proxy_stat "$deploy" "$r" status)
  [ "$status" = UP ] || die "$r is $status, not UP: switch only a deployment whose replicas all serve"
done


for r in $replicas; do
  dir="$deploy/replicas/$r"
  port=$(cat "$dir/port")
  # The copy comes first, while the replica still serves: it is out of rotation only for a stop and a start.
  copy_store "$new_store" "$dir/$label"
  old=$(readlink "$dir/current")

  proxy_api "$deploy" "set server replicas/$r state drain" >/dev/null
  say "$r drained: no new request goes to it"
  wait_for "$r to finish its requests" "$drain_seconds" no_sessions "$r"
  proxy_api "$deploy" "set server replicas/$r state maint" >/dev/null
  stop_replica "$deploy" "$r"
  say "$r stopped"

  ln -sfn "$label" "$dir/current"
  if ! start_replica "$deploy" "$r"; then
    # The new store does not serve: this replica goes back to the old one and the switch stops here, with the
    # replicas not yet switched still on the old store.
    stop_replica "$deploy" "$r"
    ln -sfn "$old" "$dir/current"
    start_replica "$deploy" "$r" && proxy_api "$deploy" "set server replicas/$r state ready" >/dev/null &&
      wait_for "HAProxy's health check to find $r UP" 30 proxy_up "$deploy" "$r"
    rm -rf "${dir:?}/$label"
    die "$r did not start on $new_store (see $dir/log); it serves $old again and the switch stopped"
  fi
  say "$r answers /\$/ping on port $port with $new_store"

  proxy_api "$deploy" "set server replicas/$r state ready" >/dev/null
  wait_for "HAProxy's health check to find $r UP" 30 proxy_up "$deploy" "$r"
  say "$r back in rotation"
  rm -rf "${dir:?}/$old"
done
say "switched $(echo "$replicas" | wc -w) replicas to $new_store in $((SECONDS - started)) s"
