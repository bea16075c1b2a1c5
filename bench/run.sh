#!/usr/bin/env bash
# The benchmark anyone can rerun: dcgraph side by side with Jena's own TDB2 bulk loader and OpenLink Virtuoso, on the
# General Assembly record (sessions 75-78, six languages) and on records multiplied from it, and a dated section of
# tables appended to bench/RESULTS.md. What it measures, at each size:
#   ingest   `dcgraph build` (documents/s, quads/s, wall time, peak memory), then the same quads as N-Quads
#            (`dcgraph export --format nq`) loaded by tdb2.tdbloader (the floor) and by Virtuoso's bulk loader;
#   queries  every named query of bench/query-parameters.txt, in-process with JMH (median, p99) against the built
#            store, and over HTTP with wrk at 1, 8 and 64 connections against `dcgraph serve --no-build` and
#            Virtuoso's /sparql, the same SPARQL text sent to both; rows compared between the engines; and dcgraph's
#            own route for named queries (GET /queries/NAME), which answers the whole-graph listings from memory.
# Usage: bench/run.sh [--sizes 1,3,10] [--record DIR] [--work DIR] [--seconds N] [--seed N] [--queries a,b] [--ingest-only|--build-only|--queries-only]
#   --record   a folder of the record's Akoma Ntoso files (a clone of github.com/UNxml/GAresolutions); by default the
#              archives ../shared/akn/ga-7*session.tar.gz unpacked to /tmp/akn-data, as bench/akn-record.sh does
#   --work     where stores, N-Quads, databases and logs go (default /tmp/dcgraph-bench); a stage whose output is
#              there already (a generated record, a finished build, the N-Quads) is not done again: delete it to redo
#   --queries  a comma-separated list of the named queries to measure (default: all of bench/query-parameters.txt)
#   --build-only  the build alone (the record generated first if needed), built again even when --work holds a
#              finished one: to measure it again after a change to the build or with another BENCH_BUILD_HEAP; the
#              floor, Virtuoso and the queries are left as an earlier run made them
#   --queries-only  the query stage alone, on the stores and Virtuoso databases an earlier run left in --work (its
#              ingest rows are reported again as they were)
#   --seconds  length of each wrk run (default 5); JMH's iterations are BENCH_JMH_ARGS (default -wi 1 -w 5s -i 1 -r 10s)
#   BENCH_BUILD_HEAP  the build's -Xmx (default 6g; the build keeps every extracted document until it links them)
# To fit 10x on a disk of about 70 GB, a generated record is deleted once built and the N-Quads once loaded.
# Needs: Java 17, Maven, and Debian's virtuoso-opensource, wrk and jq (installed with apt-get when missing).
# Ports: dcgraph 3130, Virtuoso SQL 3131, Virtuoso HTTP 3132, all on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

sizes=1; record=""; work=/tmp/dcgraph-bench; seconds=5; seed=7; ingest_only=false; build_only=false; queries_only=false
build_heap=${BENCH_BUILD_HEAP:-6g}; only_queries=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2 ;;
    --record) record=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --ingest-only) ingest_only=true; shift ;;
    --build-only) build_only=true; shift ;;
    --queries-only) queries_only=true; shift ;;
    --queries) only_queries=$2; shift 2 ;;
    *) echo "bench/run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
command_line="$([ "$build_heap" != 6g ] && echo "BENCH_BUILD_HEAP=$build_heap " || true)${BENCH_JMH_ARGS:+BENCH_JMH_ARGS=\"$BENCH_JMH_ARGS\" }bench/run.sh --sizes $sizes${record:+ --record $record}$($ingest_only || $build_only || echo " --seconds $seconds") --seed $seed$($ingest_only && echo ' --ingest-only' || true)$($build_only && echo ' --build-only' || true)$($queries_only && echo ' --queries-only' || true)${only_queries:+ --queries $only_queries}"
dcgraph_port=3130; virtuoso_sql=3131; virtuoso_http=3132

# --- tools -------------------------------------------------------------------------------------------------------
if ! command -v virtuoso-t >/dev/null || ! command -v isql-vt >/dev/null || ! command -v wrk >/dev/null || ! command -v jq >/dev/null; then
  SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq virtuoso-opensource wrk jq >/dev/null
fi
mkdir -p "$work"
log() { echo "[$(date -u +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# --- the record ----------------------------------------------------------------------------------------------------
if [ -z "$record" ]; then
  record=/tmp/akn-data
  if [ ! -d "$record" ]; then
    archives=$(ls ../shared/akn/ga-7*session.tar.gz 2>/dev/null || ls /work/shared/akn/ga-7*session.tar.gz)
    mkdir -p "$record"
    for a in $archives; do tar -xzf "$a" -C "$record"; done
  fi
fi
record=$(realpath "$record")

# --- the jar and the benchmark's own module ------------------------------------------------------------------------
# always packaged: a jar left in target/ by an earlier checkout would be measured in place of this commit
mvn -B -q package -DskipTests
# a copy, so that a rebuild of target/ during a long run cannot change the classes under it
cmp -s target/dcgraph.jar "$work/dcgraph.jar" || cp target/dcgraph.jar "$work/dcgraph.jar"
jar=$work/dcgraph.jar
commit=$(git rev-parse --short HEAD)
log "building bench/java (its tests check the generator)"
(cd bench/java && mvn -B -q package -Ddcgraph.jar="$jar" && \
  mvn -B -q dependency:build-classpath -Ddcgraph.jar="$jar" -Dmdep.outputFile="$work/bench.cp" >/dev/null && \
  mvn -B -q -P loader dependency:build-classpath -Ddcgraph.jar="$jar" -Dmdep.includeScope=runtime -Dmdep.outputFile="$work/loader.cp" >/dev/null)
bench_cp="$repo/bench/java/target/classes:$(cat "$work/bench.cp")"
loader_cp=$(cat "$work/loader.cp")
texts=$work/queries
java -cp "$bench_cp" org.dcgraph.bench.QueryTexts bench/query-parameters.txt "$texts"
queries=$(grep -v '^\s*#' bench/query-parameters.txt | awk 'NF {print $1}')
if [ -n "$only_queries" ]; then
  for q in ${only_queries//,/ }; do
    grep -qx "$q" <<< "$queries" || { echo "bench/run.sh: no query $q in bench/query-parameters.txt" >&2; exit 2; }
  done
  queries=${only_queries//,/ }
fi

# --- Virtuoso ------------------------------------------------------------------------------------------------------
virtuoso_pid=""; dcgraph_pid=""
stop_servers() {
  if [ -n "$dcgraph_pid" ]; then kill "$dcgraph_pid" 2>/dev/null || true; wait "$dcgraph_pid" 2>/dev/null || true; dcgraph_pid=""; fi
  if [ -n "$virtuoso_pid" ]; then
    isql-vt "$virtuoso_sql" dba dba exec="shutdown;" >/dev/null 2>&1 || kill "$virtuoso_pid" 2>/dev/null || true
    wait "$virtuoso_pid" 2>/dev/null || true; virtuoso_pid=""
  fi
}
trap stop_servers EXIT

# A database of its own in DIR, on loopback, reading N-Quads from DIR/nq only; no row cap on SPARQL results.
start_virtuoso() {
  local dir=$1
  rm -rf "$dir/db"; mkdir -p "$dir/db"
  cat > "$dir/db/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $dir/db/virtuoso.db
ErrorLogFile = $dir/db/virtuoso.log
LockFile = $dir/db/virtuoso.lck
TransactionFile = $dir/db/virtuoso.trx
xa_persistent_file = $dir/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $dir/db/virtuoso-temp.db
TransactionFile = $dir/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:$virtuoso_sql
DisableUnixSocket = 1
MaxClientConnections = 100
CheckpointInterval = 0
CaseMode = 2
DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, $dir/nq
NumberOfBuffers = 340000
MaxDirtyBuffers = 250000
MaxQueryMem = 2G
ThreadsPerQuery = $(nproc)
AsyncQueueMaxThreads = 10
[HTTPServer]
ServerPort = 127.0.0.1:$virtuoso_http
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 100
ServerThreads = 64
MaxKeepAlives = 64
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
EOF
  launch_virtuoso "$dir"
}
# Starts Virtuoso on the database in DIR/db as it is, and waits until it answers.
launch_virtuoso() {
  local dir=$1
  (cd "$dir/db" && exec virtuoso-t -f -c "$dir/db/virtuoso.ini" > "$dir/db/stdout.log" 2>&1) &
  virtuoso_pid=$!
  for _ in $(seq 120); do
    isql-vt "$virtuoso_sql" dba dba exec="status();" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "Virtuoso did not start: $dir/db/virtuoso.log" >&2; return 1
}
isql_value() { isql-vt "$virtuoso_sql" dba dba exec="$1" 2>/dev/null | awk 'NF && $1 ~ /^[0-9]+$/ {print $1; exit}'; }

start_dcgraph() {
  local dir=$1 started; started=$(date +%s)
  java -Xmx4g -jar "$jar" serve --no-build --store "$dir/store" --port "$dcgraph_port" > "$dir/serve.log" 2>&1 &
  dcgraph_pid=$!
  local up=false
  for _ in $(seq 300); do
    curl -sf "http://127.0.0.1:$dcgraph_port/\$/ping" >/dev/null && { up=true; break; }
    kill -0 "$dcgraph_pid" 2>/dev/null || { echo "dcgraph serve stopped: $dir/serve.log" >&2; return 1; }
    sleep 1
  done
  $up || return 1
  # The server computes the listings' kept answers ('# kept: yes') as it starts; they are measured once ready.
  local q
  for q in $(grep -l '^# kept: yes' queries/*.rq | xargs -n1 basename | sed 's/\.rq$//'); do
    for _ in $(seq 60); do
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$dcgraph_port/queries/$q?limit=1")" = 200 ] && break
    done
  done
  echo "$(( $(date +%s) - started ))" > "$dir/serve.ready"
  log "dcgraph serving, its kept answers ready $(cat "$dir/serve.ready") s after it was started"
}

wall_seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$1"; }
# The largest heap left after a collection (-Xlog:gc lines "Pause ... 5120M->2048M(6144M)"): what the build keeps live.
heap_after_gc_gib() { [ -f "$1" ] && awk 'match($0, /->[0-9]+M\(/) { v = substr($0, RSTART + 2, RLENGTH - 4) + 0; if (v > m) m = v } END { printf "%.1f", m / 1024 }' "$1" || echo "-"; }
peak_gib() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1048576}' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
per_second() { awk -v n="$1" -v s="$2" -v d="${3:-0}" 'BEGIN { if (s + 0 == 0) print "-"; else printf "%.*f", d, n / s }'; }

# --- one size ------------------------------------------------------------------------------------------------------
ingest() {
  local n=$1 dir=$work/${1}x corpus
  mkdir -p "$dir"
  if $build_only || [ "$(cat "$dir/build.rc" 2>/dev/null)" != 0 ]; then
    if [ "$n" -eq 1 ]; then corpus=$record; else
      corpus=$dir/corpus
      if [ ! -f "$dir/corpus.done" ] || [ ! -d "$corpus" ]; then
        log "${n}x: generating the record"
        rm -rf "$corpus"
        java -Xmx4g -cp "$bench_cp" org.dcgraph.bench.RecordMultiplier "$record" "$corpus" "$n" "$seed" > "$dir/corpus.done"
      fi
    fi
    find "$corpus" -type f -not -path '*/.*' | wc -l > "$dir/files.count"
    log "${n}x: dcgraph build of $(cat "$dir/files.count") files, -Xmx$build_heap"
    rm -rf "$dir/store" "$dir/quads.nq" "$dir/nq"; mkdir -p "$dir/store"
    echo "$(date -u +%FT%TZ) $(load)" > "$dir/build.start"
    set +e
    /usr/bin/time -v java -Xmx"$build_heap" -Xlog:gc:file="$dir/build.gc" -jar "$jar" build --corpus "$corpus" --store "$dir/store" \
      > "$dir/build.out" 2> "$dir/build.time"
    echo $? > "$dir/build.rc"
    set -e
    echo "$(date -u +%FT%TZ) $(load)" > "$dir/build.end"
    # a multiplied record is made again from the seed when needed; at 10x it is 3.8 GB the later stages need as disk
    if [ "$n" -ne 1 ] && [ "$(cat "$dir/build.rc")" = 0 ]; then rm -rf "$dir/corpus"; fi
  fi
  local files; files=$(cat "$dir/files.count")
  local works expressions quads build_s
  works=$(grep '^loaded' "$dir/build.out" | sed -E 's/^loaded  [^:]*: ([^,]*),.*/\1/' | sort -u | wc -l)
  expressions=$(grep -c '^loaded' "$dir/build.out" || true)
  quads=$(sed -nE 's/^built.*, ([0-9]+) quads.*/\1/p' "$dir/build.out" | tail -1)
  build_s=$(wall_seconds "$dir/build.time")
  printf '| %sx | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$files" "$works" "$expressions" "$quads" \
    "$build_s" "$(per_second "$works" "$build_s" 1)" "$(per_second "$quads" "$build_s")" "$(peak_gib "$dir/build.time")" \
    "$(heap_after_gc_gib "$dir/build.gc") of $(sed -nE 's/.*-Xmx([0-9a-z]+) .*/\1/p' "$dir/build.time" | head -1)" \
    "$(sed 's/^[^ ]* //' "$dir/build.start") → $(sed 's/^[^ ]* //' "$dir/build.end")" "$(cat "$dir/build.rc")" > "$dir/ingest-dcgraph.row"
  $build_only && return 0

  if [ ! -s "$dir/nq/quads.nq" ]; then
    log "${n}x: export as N-Quads"
    mkdir -p "$dir/nq"
    java -Xmx4g -jar "$jar" export --store "$dir/store" --format nq > "$dir/nq/quads.nq.part"
    mv "$dir/nq/quads.nq.part" "$dir/nq/quads.nq"
  fi
  local exported; exported=$(grep -c . "$dir/nq/quads.nq")

  log "${n}x: tdb2.tdbloader"
  rm -rf "$dir/tdb2-floor"
  local tdb_load; tdb_load=$(load)
  /usr/bin/time -v java -Xmx6g -cp "$loader_cp" tdb2.tdbloader --loc "$dir/tdb2-floor" "$dir/nq/quads.nq" > "$dir/tdbloader.out" 2> "$dir/tdbloader.time"
  local tdb_s; tdb_s=$(wall_seconds "$dir/tdbloader.time")
  rm -rf "$dir/tdb2-floor"

  log "${n}x: Virtuoso bulk load"
  # the loader reads one file per thread; eight parts per core, so that a file a deadlock makes it drop is small
  rm -f "$dir/nq"/part-*.nq
  # Two loaders meeting a language tag new to the database at once collide on RDF_LANGUAGE's key (error 23000
  # SR197) and one of them drops its whole file, so one quad per language tag is loaded first, by one loader (the
  # same quads come again with the parts; a quad store keeps each once).
  awk 'match($0, /"@[A-Za-z]+(-[A-Za-z0-9]+)* /) { tag = substr($0, RSTART, RLENGTH); if (!(tag in seen)) { seen[tag] = 1; print } }' \
    "$dir/nq/quads.nq" > "$dir/nq/languages.nq"
  split -n "l/$(( 8 * $(nproc) ))" -d --additional-suffix=.nq "$dir/nq/quads.nq" "$dir/nq/part-"
  # the parts hold every quad: the whole file would only take the disk the database needs at 10x
  rm -f "$dir/nq/quads.nq"
  start_virtuoso "$dir"
  local before after virt_load; before=$(isql_value "SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;")
  virt_load=$(load)
  local t0 t1; t0=$(date +%s.%N)
  isql-vt "$virtuoso_sql" dba dba exec="ld_dir('$dir/nq', 'languages.nq', 'urn:dcgraph:bench:default');" > "$dir/virtuoso-load.log" 2>&1
  isql-vt "$virtuoso_sql" dba dba exec="rdf_loader_run();" >> "$dir/virtuoso-load.log" 2>&1
  isql-vt "$virtuoso_sql" dba dba exec="ld_dir('$dir/nq', 'part-*.nq', 'urn:dcgraph:bench:default');" >> "$dir/virtuoso-load.log" 2>&1
  local loaders=()
  for _ in $(seq "$(nproc)"); do
    isql-vt "$virtuoso_sql" dba dba exec="rdf_loader_run();" >> "$dir/virtuoso-load.log" 2>&1 &
    loaders+=($!)
  done
  wait "${loaders[@]}"
  # Loaders in parallel can deadlock (error 40001), and the loser drops its file: such files are loaded again, by
  # one loader, up to three times (a quad loaded twice is kept once). The retries are part of the time measured.
  local retry failed
  for retry in 1 2 3; do
    failed=$(isql_value "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
    [ "${failed:-0}" -gt 0 ] || break
    log "${n}x: Virtuoso dropped $failed file(s) (virtuoso-load.log); loading them again, retry $retry"
    isql-vt "$virtuoso_sql" dba dba exec="UPDATE DB.DBA.LOAD_LIST SET ll_state = 0, ll_error = NULL WHERE ll_error IS NOT NULL;" >> "$dir/virtuoso-load.log" 2>&1
    isql-vt "$virtuoso_sql" dba dba exec="rdf_loader_run();" >> "$dir/virtuoso-load.log" 2>&1
  done
  isql-vt "$virtuoso_sql" dba dba exec="checkpoint;" >> "$dir/virtuoso-load.log" 2>&1
  t1=$(date +%s.%N)
  local virt_s; virt_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  after=$(isql_value "SELECT COUNT(*) FROM DB.DBA.RDF_QUAD;")
  local virt_quads=$((after - before))
  local load_errors; load_errors=$(isql_value "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
  # the N-Quads are made again from the store when needed: at 10x the disk is wanted for the databases
  rm -rf "$dir/nq"
  local virt_peak; virt_peak=$(awk '/VmHWM/ {printf "%.1f", $2 / 1048576}' "/proc/$virtuoso_pid/status" 2>/dev/null || echo "-")

  printf '| %sx | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$exported" \
    "$tdb_s" "$(per_second "$exported" "$tdb_s")" "$(peak_gib "$dir/tdbloader.time")" "$tdb_load" \
    "$virt_s" "$(per_second "$virt_quads" "$virt_s")" "$virt_quads$([ "$virt_quads" = "$exported" ] && echo ' (agrees)' || echo " (differs from $exported)")" \
    "$virt_peak" "$virt_load, load errors $load_errors" > "$dir/ingest-floor.row"
  printf '| %sx | %s | %s | %s |\n' "$n" "$(ratio "$build_s" "$tdb_s")" "$(ratio "$build_s" "$virt_s")" \
    "$(ratio "$(per_second "$quads" "$build_s")" "$(per_second "$virt_quads" "$virt_s")")" > "$dir/ingest-ratio.row"
}

# The number of rows an endpoint gives for a query text (or for a GET of URL when TEXT is -), or the first words of its error.
rows_at() {
  local url=$1 text=$2 out code
  out=$(mktemp)
  if [ "$text" = - ]; then
    code=$(curl -s -o "$out" -w '%{http_code}' --max-time 60 -H 'Accept: application/sparql-results+json' "$url") || code=timeout
  else
    code=$(curl -s -o "$out" -w '%{http_code}' --max-time 60 -H 'Accept: application/sparql-results+json' \
           --data-urlencode "query@$text" "$url") || code=timeout
  fi
  if [ "$code" = 200 ] && jq -e '.results.bindings' "$out" >/dev/null 2>&1; then jq '.results.bindings | length' "$out"
  else echo "error $code: $(tr '\n' ' ' < "$out" | cut -c1-120)"; fi
  rm -f "$out"
}

# When wrk stops, a server may still be running the requests it had queued, each up to its time limit: the next
# measurement waits until an empty query is answered within a second again (at most about four minutes).
settle() {
  local url=$1
  for _ in $(seq 120); do
    curl -sf --max-time 1 -H 'Accept: application/sparql-results+json' --data-urlencode 'query=ASK {}' "$url" >/dev/null && return 0
    sleep 1
  done
  log "$url still busy after its queued queries were given four minutes"
}

# wrk at C connections, POSTing the query text in TEXT to URL, or GETting URL when TEXT is -: "requests/s median-ms
# p99-ms errors"; returns once the server is idle again (its SPARQL endpoint ENDPOINT, by default URL, answers)
wrk_run() {
  local url=$1 text=$2 c=$3 endpoint=${4:-$1} lua="" body="" out
  out=$(mktemp)
  if [ "$text" != - ]; then
    body=$(mktemp); lua=$(mktemp --suffix=.lua)
    printf 'query=%s' "$(jq -sRr @uri < "$text")" > "$body"
    cat > "$lua" <<EOF
local f = io.open("$body", "rb")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Accept"] = "application/sparql-results+json"
EOF
  fi
  wrk -t "$([ "$c" -gt 1 ] && nproc || echo 1)" -c "$c" -d "${seconds}s" --timeout 30s --latency ${lua:+-s "$lua"} "$url" > "$out" 2>&1 || true
  awk '
    / requests in / {done = $1}
    /Requests\/sec/ {rps = $2}
    /^ +50%/ {p50 = $2} /^ +99%/ {p99 = $2}
    /Non-2xx or 3xx responses/ {err += $NF}
    /Socket errors/ {gsub(/,/, ""); err += $4 + $6 + $8 + $10}
    function ms(v) { if (v ~ /us$/) return sprintf("%.2f", v / 1000); if (v ~ /ms$/) return sprintf("%.1f", v + 0); if (v ~ /m$/) return sprintf("%.0f", v * 60000); if (v ~ /s$/) return sprintf("%.0f", v * 1000); return "-" }
    END { if (done + 0 == 0) p50 = p99 = ""; printf "%s %s %s %d\n", (rps == "" ? "-" : sprintf("%.1f", rps)), ms(p50), ms(p99), err }' "$out"
  rm -f "$body" "$lua" "$out"
  settle "$endpoint"
}

# The named-query route for a query with its parameters from bench/query-parameters.txt, answering SPARQL JSON.
named_url() {
  local pair params=""
  for pair in $(awk -v q="$1" '$1 == q { for (i = 2; i <= NF; i++) print $i }' bench/query-parameters.txt); do
    params="$params&${pair%%=*}=$(jq -rn --arg v "${pair#*=}" '$v | @uri')"
  done
  echo "http://127.0.0.1:$dcgraph_port/queries/$1?format=json$params"
}

query_stage() {
  local n=$1 dir=$work/${1}x
  log "${n}x: JMH, in-process"
  local list; list=$(echo $queries | tr ' ' ',')
  java -cp "$bench_cp" org.openjdk.jmh.Main NamedQueryBenchmark -p "query=$list" -f 1 ${BENCH_JMH_ARGS:--wi 1 -w 5s -i 1 -r 10s} \
    -jvmArgs "-Xmx4g -Ddcgraph.store=$dir/store -Ddcgraph.parameters=$repo/bench/query-parameters.txt" \
    -rf json -rff "$dir/jmh.json" > "$dir/jmh.log" 2>&1 || true
  local jmh_load; jmh_load=$(load)

  log "${n}x: HTTP"
  start_dcgraph "$dir"
  [ -n "$virtuoso_pid" ] || launch_virtuoso "$dir"
  local dcg="http://127.0.0.1:$dcgraph_port/sparql" virt="http://127.0.0.1:$virtuoso_http/sparql"
  : > "$dir/latency.rows"; : > "$dir/throughput.rows"; : > "$dir/agreement.rows"; : > "$dir/named.rows"
  local http_load_start; http_load_start=$(load)
  for q in $queries; do
    local text=$texts/$q.rq
    local rd rv; rd=$(rows_at "$dcg" "$text"); rv=$(rows_at "$virt" "$text")
    local agree virtuoso_runs=true
    # Jena's own functions and property functions (jena-text's text:query) and dcgraph's (dcg:search, dcg:snippet,
    # store/) are not SPARQL: Virtuoso reads an unknown property function as a plain triple pattern and answers
    # nothing, without an error.
    local own='<http://jena.apache.org/[^>]*>\|<https://w3id.org/dcgraph/ontology#\(search\|snippet\)>'
    if grep -q "$own" "$text"; then
      agree="Jena-only ($(grep -o "$own" "$text" | sort -u | tr '\n' ' ')): Virtuoso cannot run it; not timed on Virtuoso"
      virtuoso_runs=false
    elif [[ "$rv" == error* ]]; then agree="Virtuoso cannot run it: ${rv}"; virtuoso_runs=false
    elif [ "$rd" = "$rv" ]; then agree="same"
    else agree="**differs**"; fi
    printf '| %s | %s | %s | %s |\n' "$q" "$rd" "$rv" "$agree" >> "$dir/agreement.rows"
    local jmh_p50 jmh_p99
    jmh_p50=$(jq -r --arg q "$q" '.[] | select(.params.query == $q) | .primaryMetric.scorePercentiles["50.0"] | . * 100 | round / 100' "$dir/jmh.json" 2>/dev/null || true)
    jmh_p99=$(jq -r --arg q "$q" '.[] | select(.params.query == $q) | .primaryMetric.scorePercentiles["99.0"] | . * 100 | round / 100' "$dir/jmh.json" 2>/dev/null || true)
    [ -n "$jmh_p50" ] || { jmh_p50="failed (jmh.log)"; jmh_p99="-"; }
    local d1 d8 d64 v1="- - - -" v8="- - - -" v64="- - - -"
    d1=$(wrk_run "$dcg" "$text" 1); d8=$(wrk_run "$dcg" "$text" 8); d64=$(wrk_run "$dcg" "$text" 64)
    if $virtuoso_runs; then
      v1=$(wrk_run "$virt" "$text" 1); v8=$(wrk_run "$virt" "$text" 8); v64=$(wrk_run "$virt" "$text" 64)
    fi
    read -r d1r d1m d1p d1e <<< "$d1"; read -r v1r v1m v1p v1e <<< "$v1"
    printf '| %s | %sx | %s | %s | %s | %s | %s | %s | %s |\n' "$q" "$n" "$jmh_p50" "$jmh_p99" "$d1m" "$d1p" "$v1m" "$v1p" \
      "$(ratio "$d1m" "$v1m")" >> "$dir/latency.rows"
    local row="| $q | ${n}x"
    for pair in "$d1|$v1" "$d8|$v8" "$d64|$v64"; do
      read -r dr _ _ de <<< "${pair%%|*}"; read -r vr _ _ ve <<< "${pair##*|}"
      row="$row | $dr$([ "$de" != 0 ] && echo " ($de errors)" || true) | $vr$([ "$ve" != 0 ] && [ "$ve" != - ] && echo " ($ve errors)" || true) | $(ratio "$dr" "$vr")"
    done
    echo "$row |" >> "$dir/throughput.rows"
    local named nrows n1 n64; named=$(named_url "$q"); nrows=$(rows_at "$named" -)
    n1=$(wrk_run "$named" - 1 "$dcg"); n64=$(wrk_run "$named" - 64 "$dcg")
    read -r n1r n1m n1p _ <<< "$n1"; read -r n64r _ _ n64e <<< "$n64"
    printf '| %s | %sx | %s | %s | %s | %s | %s |\n' "$q" "$n" "$nrows" "$n1m" "$n1p" "$n1r" \
      "$n64r$([ "$n64e" != 0 ] && echo " ($n64e errors)" || true)" >> "$dir/named.rows"
    log "${n}x: $q done"
  done
  echo "JMH ended at load $jmh_load; HTTP from load $http_load_start to $(load); dcgraph's kept answers ready $(cat "$dir/serve.ready") s after its start" > "$dir/query.load"
  stop_servers
}

started=$(date -u '+%Y-%m-%d %H:%M UTC'); start_load=$(load)
for n in ${sizes//,/ }; do
  $queries_only || ingest "$n"
  if $ingest_only || $build_only; then stop_servers; else query_stage "$n"; fi
done

# --- the report ----------------------------------------------------------------------------------------------------
{
  echo
  echo "## bench/run.sh, $started"
  echo "Command: \`$command_line\`, at commit $commit. Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"
  echo "$(java -version 2>&1 | head -1), Virtuoso $(virtuoso-t -? 2>&1 | grep -o 'Version [0-9.]*' | head -1), load average $start_load at the start and $(load) at the end"
  echo "(a load above the number of cores means the machine was shared and its wall times are upper bounds). Record: $record."
  echo
  echo "### Ingest"
  echo "| size | files | documents | language versions | quads | dcgraph build s | documents/s | quads/s | peak GiB | largest heap after a GC, GiB, of -Xmx | load at start → end | exit |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for n in ${sizes//,/ }; do cat "$work/${n}x/ingest-dcgraph.row"; done
  echo
  echo "The build's stages, s (its own report, lines \`build: stage ... took\`; a stage that is \"part of\" another is a share of it):"
  echo
  echo "| stage |$(for n in ${sizes//,/ }; do printf ' %sx |' "$n"; done)"
  echo "|---|$(for _ in ${sizes//,/ }; do printf -- '---|'; done)"
  # the stages in the order they first appear; a build made before a stage was reported shows "-" for it
  awk '
    /^build: stage / { name = $0; sub(/^build: stage /, "", name); sub(/ took [0-9.]+ s$/, "", name)
                       if (!(name in seen)) { seen[name] = 1; order[++count] = name }
                       took[FILENAME, name] = $(NF - 1) }
    END { for (i = 1; i <= count; i++) { row = "| " order[i] " |"
            for (j = 1; j < ARGC; j++) row = row " " ((ARGV[j], order[i]) in took ? took[ARGV[j], order[i]] : "-") " |"
            print row } }' $(for n in ${sizes//,/ }; do f=$work/${n}x/build.time; [ -f "$f" ] && echo "$f" || echo /dev/null; done)
  # the floor's and the queries' tables belong to the run that measured them
  if ! $build_only; then
    echo
    echo "The same quads as N-Quads (\`dcgraph export --format nq\`) loaded by Jena's tdb2.tdbloader and by Virtuoso's bulk loader (ld_dir, rdf_loader_run in $(nproc) sessions, checkpoint):"
    echo
    echo "| size | quads exported | tdb2.tdbloader s | quads/s | peak GiB | load | Virtuoso s | quads/s | quads in Virtuoso | Virtuoso peak GiB | load |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    for n in ${sizes//,/ }; do cat "$work/${n}x/ingest-floor.row"; done
    echo
    echo "| size | dcgraph build / tdb2.tdbloader (time) | dcgraph build / Virtuoso load (time) | dcgraph / Virtuoso (quads/s) |"
    echo "|---|---|---|---|"
    for n in ${sizes//,/ }; do cat "$work/${n}x/ingest-ratio.row"; done
    if ! $ingest_only; then
      echo
      echo "### Rows per query, dcgraph and Virtuoso (the same SPARQL text: bench/query-parameters.txt put into queries/*.rq)"
      for n in ${sizes//,/ }; do
        echo; echo "${n}x ($(cat "$work/${n}x/query.load")):"; echo
        echo "| query | dcgraph rows | Virtuoso rows | |"; echo "|---|---|---|---|"
        cat "$work/${n}x/agreement.rows"
      done
      echo
      echo "### Latency, ms (JMH: in-process, SampleTime; HTTP: wrk --latency at 1 connection for ${seconds} s)"
      echo "| query | size | JMH median | JMH p99 | dcgraph HTTP median | p99 | Virtuoso HTTP median | p99 | dcgraph / Virtuoso (median) |"
      echo "|---|---|---|---|---|---|---|---|---|"
      for n in ${sizes//,/ }; do cat "$work/${n}x/latency.rows"; done
      echo
      echo "### Throughput, requests/s (wrk, ${seconds} s each; errors are non-2xx answers and timeouts)"
      echo "| query | size | dcgraph 1 | Virtuoso 1 | ratio | dcgraph 8 | Virtuoso 8 | ratio | dcgraph 64 | Virtuoso 64 | ratio |"
      echo "|---|---|---|---|---|---|---|---|---|---|---|"
      for n in ${sizes//,/ }; do cat "$work/${n}x/throughput.rows"; done
      echo
      echo "### The named-query route, dcgraph alone (GET /queries/NAME with the same parameters, SPARQL JSON; wrk ${seconds} s each; the listings marked \`# kept: yes\` answer from memory)"
      echo "| query | size | rows | median ms at 1 connection | p99 ms | requests/s at 1 | requests/s at 64 |"
      echo "|---|---|---|---|---|---|---|"
      for n in ${sizes//,/ }; do cat "$work/${n}x/named.rows" 2>/dev/null || true; done
    fi
  fi
} | tee -a bench/RESULTS.md
