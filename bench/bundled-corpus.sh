#!/usr/bin/env bash
# Times, on the bundled corpus, a full build of the store and each named query run from the command line
# (JVM start-up included: these are the times a user of the jar sees, not the engine's own latency).
# Usage: bench/bundled-corpus.sh [RUNS]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/dcgraph.jar ] || mvn -B -q package -DskipTests
store=$(mktemp -d)
trap 'rm -rf "$store"' EXIT

seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" "BEGIN { printf \"%.2f\\n\", e - s }"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# The machine may be shared: its load before and after the runs says how far the times can be trusted.
echo "# dcgraph on the bundled corpus, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $runs runs, median seconds, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| step | median s |"
echo "|---|---|"
for i in $(seq "$runs"); do rm -rf "$store"/*; seconds java -jar target/dcgraph.jar build --store "$store"; done | median | xargs printf '| build (5 files, 5 loaded) | %s |\n'
for q in documents "paragraphs --param symbol=A/RES/78/132" "citations" "sponsors --param symbol=A/RES/78/311" \
         "bodies" "mandates" "alignment --param symbol=A/RES/78/311" "sdgs" "most-cited"; do
  # shellcheck disable=SC2086
  for i in $(seq "$runs"); do seconds java -jar target/dcgraph.jar query $q --store "$store"; done | median | xargs printf "| query $q | %s |\n"
done
echo "load after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
