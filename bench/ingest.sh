#!/usr/bin/env bash
# Times, from the command line (JVM start-up included), an ingest of the nine resolutions under
# src/test/resources/corpus-extra into a store built from the bundled corpus, re-ingesting the same files
# (every document replaced), and full-text searches in Arabic and English.
# Usage: bench/ingest.sh [RUNS]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
[ -f target/dcgraph.jar ] || mvn -B -q package -DskipTests
store=$(mktemp -d)
trap 'rm -rf "$store"' EXIT
files=(src/test/resources/corpus-extra/*.txt)

seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null 2>&1; e=$(date +%s.%N); awk -v s="$s" -v e="$e" "BEGIN { printf \"%.2f\\n\", e - s }"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "# dcgraph ingest and search, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $runs runs, median seconds"
echo "| step | median s |"
echo "|---|---|"
for i in $(seq "$runs"); do
  rm -rf "${store:?}"/*
  java -jar target/dcgraph.jar build --store "$store" > /dev/null 2>&1
  seconds java -jar target/dcgraph.jar ingest "${files[@]}" --store "$store"
done | median | xargs printf "| ingest ${#files[@]} files into a built store | %s |\n"
for i in $(seq "$runs"); do seconds java -jar target/dcgraph.jar ingest "${files[@]}" --store "$store"; done \
  | median | xargs printf "| ingest the same ${#files[@]} files again (all replaced) | %s |\n"
for q in "q=القدرات lang=ar" "q=capacity-building lang=en" "q=cooperation"; do
  args=(); for p in $q; do args+=(--param "$p"); done
  for i in $(seq "$runs"); do seconds java -jar target/dcgraph.jar query search "${args[@]}" --store "$store"; done \
    | median | xargs printf "| query search $q | %s |\n"
done
