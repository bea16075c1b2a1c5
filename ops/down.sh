#!/usr/bin/env bash
# Stops the proxy and every replica of a deployment folder; the store copies stay.
#   ops/down.sh DEPLOY_DIR
set -euo pipefail
. "$(dirname "$0")/replicas.sh"
[ $# -eq 1 ] || die "usage: ops/down.sh DEPLOY_DIR"
deploy=$1
if pid=$(cat "$deploy/haproxy.pid" 2>/dev/null); then
  kill -TERM "$pid" 2>/dev/null || true
  wait_for "HAProxy ($pid) to end" 10 not_running "$pid" || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$deploy/haproxy.pid"
fi
for dir in "$deploy"/replicas/*/; do
  [ -d "$dir" ] && stop_replica "$deploy" "$(basename "$dir")"
done
say "stopped $deploy"
