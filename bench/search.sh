#!/usr/bin/env bash
# Times the named query `search` as it is against the same query as it was at an earlier commit, side by side in
# one JVM on a built store, and says whether each search's answer is the same row for row (bench/SearchTimes.java).
# Usage: bench/search.sh STORE [RUNS] [BEFORE_COMMIT]
#   STORE          a store built by `java -jar target/dcgraph.jar build --corpus DIR --store STORE` (the searches
#                  ask for English and Arabic words and for A/RES/78/311: the General Assembly's 78th session suits)
#   RUNS           runs of each search by each version, the first two left out (default 9)
#   BEFORE_COMMIT  where the former search.rq is read from (default 8190d9c: jena-text highlighting every hit)
# The jar is built first if it is missing: both versions run on this jar, so only the query text differs.
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:?usage: bench/search.sh STORE [RUNS] [BEFORE_COMMIT]}
runs=${2:-9}
before_commit=${3:-8190d9c}
[ -f target/dcgraph.jar ] || mvn -B -q package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git show "$before_commit:queries/search.rq" > "$work/before.rq"

# The machine may be shared: its load before and after the runs says how far the wall times can be trusted; the
# CPU time of the query's thread depends much less on it.
echo "# search before ($before_commit) and after ($(git rev-parse --short HEAD)), $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $runs runs, load $(cut -d' ' -f1-3 /proc/loadavg)"
nice java -Xmx3g -cp target/dcgraph.jar bench/SearchTimes.java "$store" "$work/before.rq" queries/search.rq "$runs" "$work/answers" 2>/dev/null \
  | grep -v '^answers:'
echo "load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
