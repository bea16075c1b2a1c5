#!/usr/bin/env bash
# Builds the store from the General Assembly record in the UN's Akoma Ntoso XML (sessions 75-78, six
# languages) and reports files, documents, expressions, named graphs, quads, wall time and peak memory,
# then times the named queries that need the record (JVM start-up included).
# Usage: bench/akn-record.sh [CORPUS_DIR] [STORE_DIR]
#   CORPUS_DIR defaults to /tmp/akn-data; when it is missing it is unpacked from ../shared/akn/ga-7*session.tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/tmp/akn-data}
store=${2:-$(mktemp -d)}
[ -f target/dcgraph.jar ] || mvn -B -q package -DskipTests
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  for a in ../shared/akn/ga-7*session.tar.gz; do tar -xzf "$a" -C "$corpus"; done
fi
# the jar is copied so that a rebuild of target/ during a long run cannot change the classes under it
jar=$(mktemp --suffix=.jar); cp target/dcgraph.jar "$jar"
log=$(mktemp -d)
trap 'rm -f "$jar"' EXIT
rm -rf "${store:?}"/*
/usr/bin/time -v java -jar "$jar" build --corpus "$corpus" --store "$store" > "$log/build.out" 2> "$log/build.err"

files=$(find "$corpus" -type f -not -path '*/.*' | wc -l)
loaded=$(grep -c '^loaded' "$log/build.out" || true)
skipped=$(grep -c '^skipped' "$log/build.out" || true)
works=$(grep '^loaded' "$log/build.out" | sed -E 's/^loaded  [^:]*: ([^,]*),.*/\1/' | sort -u | wc -l)
differs=$(grep -c '^note    differs' "$log/build.out" || true)
echo "# The General Assembly record in Akoma Ntoso, $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| measure | value |"
echo "|---|---|"
echo "| files | $files |"
echo "| documents (works) | $works |"
echo "| expressions loaded (document and language) | $loaded |"
echo "| skipped, with the reason in the report | $skipped |"
echo "| disagreements between sources | $differs |"
grep '^built' "$log/build.out" | sed -E 's/.*, ([0-9]+) named graphs, ([0-9]+) quads/| named graphs | \1 |\n| quads | \2 |/'
grep 'Elapsed (wall clock)' "$log/build.err" | sed -E 's/.*: /| build wall time (h:mm:ss) | /; s/$/ |/'
grep 'Maximum resident set size' "$log/build.err" | awk -F': ' '{printf "| build peak memory (GiB) | %.1f |\n", $2 / 1048576}'

seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); awk -v s="$s" -v e="$e" "BEGIN { printf \"%.2f\\n\", e - s }"; }
for q in most-cited "citation-chain --param symbol=A/RES/78/311" "sponsorship --param keyword=http://metadata.un.org/thesaurus/1000401" instruments; do
  # shellcheck disable=SC2086
  # without --corpus the store is read as it is, not checked against the record's files: JVM start-up and the query
  printf '| query %s (s) | %s |\n' "$q" "$(seconds java -jar "$jar" query $q --store "$store")"
done
echo "build report: $log/build.out"
