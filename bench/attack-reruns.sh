#!/usr/bin/env bash
# Issue 17's two reruns after the hardening, bounded and on loopback only, as a dated section for bench/RESULTS.md:
#   load   NamedQueryLoadIT: 64 clients asking the named queries of the bundled corpus for LOAD_SECONDS (default 60),
#          every answer to be 200 and the heap after GC steady; its summary line and per-query latencies are printed.
#   kills  TRIALS (default 8) builds of a 43-file corpus over a copy of a one-document store, each killed with SIGKILL
#          at a moment spread over the build's length (measured by one build that ran to its end). After each kill the
#          dumps folder is listed, then the store is opened (`query`) and checked: its quads are the old content's or
#          the new one's; the dumps of its generation were already there when it was killed (not written at the
#          opening) and hold as many quads as the store; its folder is no larger than a store that was not killed.
# Usage: bench/attack-reruns.sh [LOAD_SECONDS [TRIALS]]   (run from the repository; needs Maven's offline repository;
#        LOAD_SECONDS 0 leaves the load out)
set -euo pipefail
cd "$(dirname "$0")/.."
load_seconds=${1:-60}
trials=${2:-8}
work=$(mktemp -d /tmp/dcgraph-attack.XXXXXX)
trap 'rm -rf "$work"' EXIT

mvn -o -q compile > /dev/null
mvn -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp" >/dev/null
cp="target/classes:$(cat "$work/cp")"
dcgraph() { nice java -Xmx1g -cp "$cp" org.dcgraph.cli.Main "$@"; }

echo "## Issue 17 reruns: 64-client load and killed builds, $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD), $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo
if [ "$load_seconds" -gt 0 ]; then
echo "### Load: 64 clients, ${load_seconds} s, the bundled corpus (NamedQueryLoadIT)"
echo
nice mvn -o -q test -Dtest=NamedQueryLoadIT -Dsurefire.failIfNoSpecifiedTests=false -Ddcgraph.load.duration="PT${load_seconds}S" \
    > "$work/load.log" 2>&1 && load_status=passed || load_status=FAILED
echo "NamedQueryLoadIT $load_status: $(grep -m1 -E '^64 clients' "$work/load.log" || echo 'no summary line')"
echo
echo '| query | requests | median ms | p99 ms | max ms |'
echo '|---|---|---|---|---|'
tail -n +2 target/load-test/latencies.csv | sed 's/,/ | /g; s/^/| /; s/$/ |/'
echo
fi

mkdir -p "$work/corpus" "$work/one"
cp src/main/resources/corpus/00*.txt src/test/resources/akn/* src/test/resources/corpus-extra/* "$work/corpus/"
cp src/main/resources/corpus/000_ee7c7ba4905485ec.txt "$work/one/"
dcgraph build --corpus "$work/one" --store "$work/before" > /dev/null 2>&1
start=$(date +%s.%N)
dcgraph build --corpus "$work/corpus" --store "$work/after" > /dev/null 2>&1
build_seconds=$(echo "$(date +%s.%N) - $start" | bc)
quads() { dcgraph export --store "$1" --format nq 2>/dev/null | grep -c . || true; }
before_quads=$(quads "$work/before")
after_quads=$(quads "$work/after")
kb() { du -sk "$1" | cut -f1; }
largest=$(( $(kb "$work/before") > $(kb "$work/after") ? $(kb "$work/before") : $(kb "$work/after") ))

echo "### Killed builds: ${trials} trials over a build of $(ls "$work/corpus" | wc -l) files that takes ${build_seconds%.*} s"
echo
echo "Old content ${before_quads} quads, new ${after_quads}; a store that was not killed takes at most ${largest} KB."
echo
echo '| trial | killed after s | last step the build logged | folder KB after the kill | content at the opening | dumps of that generation there before the opening | dumped quads = store quads | folder KB after the opening |'
echo '|---|---|---|---|---|---|---|---|'
ok=0
for i in $(seq "$trials"); do
    store="$work/trial-$i"
    cp -r "$work/before" "$store"
    delay=$(echo "scale=2; $build_seconds * $i / ($trials + 1)" | bc)
    # nice executes java in its own process: $! is the JVM the kill must reach
    nice java -Xmx1g -cp "$cp" org.dcgraph.cli.Main build --corpus "$work/corpus" --store "$store" > "$work/trial-$i.log" 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    met=$( (grep -E '^build: (stage|[0-9]+/)' "$work/trial-$i.log" || echo 'build: starting') | tail -1 | sed -E 's/^build: //; s/ took.*//; s/,.*//; s/\|/\//g')
    killed_kb=$(kb "$store")
    dumps_before=$(ls "$store/dumps" 2>/dev/null | tr '\n' ' ')
    dcgraph query documents --store "$store" > /dev/null 2>&1
    generation=$(ls "$store/dumps")
    store_quads=$(quads "$store")
    dumped=$(zcat "$store/dumps/$generation/dcgraph.nq.gz" | grep -c . || true)
    case $store_quads in "$before_quads") content=old ;; "$after_quads") content=new ;; *) content="MIXED ($store_quads)" ;; esac
    case " $dumps_before " in *" $generation "*) there=yes ;; *) there=no ;; esac
    [ "$dumped" = "$store_quads" ] && same=yes || same="NO ($dumped)"
    opened_kb=$(kb "$store")
    echo "| $i | $delay | $met | $killed_kb | $content | $there | $same | $opened_kb |"
    if [ "$content" != "${content#MIXED}" ] || [ "$there" = no ] || [ "$same" != yes ] || [ "$opened_kb" -gt $(( largest * 5 / 4 )) ]; then :; else ok=$((ok + 1)); fi
    rm -rf "$store"
done
echo
echo "${ok} of ${trials} trials left one whole content with its own dumps and no space taken beyond a finished build's."
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
