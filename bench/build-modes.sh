#!/usr/bin/env bash
# The build three ways on one corpus, one after the other (issue 19): `dcgraph build` in one write transaction
# (-Ddcgraph.build=transactional, the build before bulk loading), `dcgraph build` with TDB2's bulk loader beside the
# store (the default), and tdb2.tdbloader (the floor) on the N-Quads dump the bulk build wrote. Prints one table row a
# build: wall seconds, user+system CPU seconds, peak resident GiB, quads, and the load average at its start.
# Usage: bench/build-modes.sh CORPUS [WORK]   (WORK, default /tmp/dcgraph-build-modes, is emptied first)
#   BENCH_BUILD_HEAP  the -Xmx of each JVM (default 4g)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(realpath "$1"); work=${2:-/tmp/dcgraph-build-modes}; heap=${BENCH_BUILD_HEAP:-4g}
rm -rf "$work"; mkdir -p "$work"
mvn -B -q -o package -DskipTests
cp target/dcgraph.jar "$work/dcgraph.jar"
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
loader_cp="$HOME/.m2/repository/org/apache/jena/jena-cmds/5.6.0/jena-cmds-5.6.0.jar:$(cat "$work/cp")"

load() { cut -d' ' -f1-3 /proc/loadavg; }
wall() { awk -F': ' '/Elapsed/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s}' "$1"; }
cpu() { awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.1f", u + s}' "$1"; }
peak() { awk -F': ' '/Maximum resident/ {printf "%.2f", $2 / 1048576}' "$1"; }
run() {
  local name=$1; shift
  local at; at=$(load)
  /usr/bin/time -v "$@" > "$work/$name.out" 2> "$work/$name.time"
  echo "| $name | $(wall "$work/$name.time") | $(cpu "$work/$name.time") | $(peak "$work/$name.time") | QUADS | $at |"
}

echo "| build | wall s | CPU s | peak GiB | quads | load at start |"
echo "|---|---|---|---|---|---|"
row=$(run transactional java -Xmx"$heap" -Ddcgraph.build=transactional -jar "$work/dcgraph.jar" build --corpus "$corpus" --store "$work/transactional")
echo "${row/QUADS/$(grep -o '[0-9]* quads' "$work/transactional.out" | cut -d' ' -f1)}"
row=$(run bulk java -Xmx"$heap" -jar "$work/dcgraph.jar" build --corpus "$corpus" --store "$work/bulk")
echo "${row/QUADS/$(grep -o '[0-9]* quads' "$work/bulk.out" | cut -d' ' -f1)}"
nq=$(ls "$work"/bulk/dumps/*/dcgraph.nq.gz)
row=$(run tdb2.tdbloader java -Xmx"$heap" -cp "$loader_cp" tdb2.tdbloader --loc "$work/floor" "$nq")
echo "${row/QUADS/$(zcat "$nq" | wc -l)}"
echo "stages of the bulk build:"; grep 'stage ' "$work/bulk.time" "$work/bulk.out" 2>/dev/null | sed 's/^[^:]*:/  /' || true
