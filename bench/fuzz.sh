#!/usr/bin/env bash
# Fuzzes each extractor entry point with Jazzer for the fixed budget of Fuzzing.PER_TARGET (src/test/java/
# org/dcgraph/pipeline/Fuzzing.java), one target at a time (Jazzer fuzzes one test per JVM), and prints a
# Markdown table: executions, libFuzzer's coverage counters (cov: edges, ft: features) and corpus at the end, and
# the outcome. An input that breaks the property is written by Jazzer next to the seeds
# (src/test/resources/org/dcgraph/.../*FuzzInputs/METHOD/crash-*), where plain `mvn test` replays it from then on.
# The inputs Jazzer generates go to .cifuzz-corpus/ (not in git) and are reused by the next run.
# Usage: bench/fuzz.sh [TARGET...]   (default: all four; full logs in target/fuzz/)
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(PipelineFuzz AknReaderFuzz TextDecoderFuzz PdfTextFuzz)
budget=$(sed -n 's/.*PER_TARGET = "\(.*\)";/\1/p' src/test/java/org/dcgraph/pipeline/Fuzzing.java)
mkdir -p target/fuzz
mvn -B -q test-compile > target/fuzz/compile.log 2>&1 || { cat target/fuzz/compile.log; exit 1; }

echo "## Fuzzing, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Command: \`bench/fuzz.sh\`, Jazzer $(sed -n 's/.*<jazzer.version>\(.*\)<\/jazzer.version>.*/\1/p' pom.xml), budget $budget per target."
echo
echo "| target | executions | cov (edges) | ft (features) | corpus | outcome |"
echo "|---|---|---|---|---|---|"
for t in "${targets[@]}"; do
  log=target/fuzz/$t.log
  # Each target's @Timeout becomes libFuzzer's bound on one input; JUnit's own enforcement of it would end the
  # whole fuzzing run as if it were one slow input.
  JAZZER_FUZZ=1 mvn -B -o test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djunit.jupiter.execution.timeout.mode=disabled > "$log" 2>&1
  status=$?
  final=$(grep -aE '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1)
  runs=$(grep -aoE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')
  [ -n "$runs" ] || runs=$(echo "$final" | grep -oE '^#[0-9]+' | tr -d '#')
  cov=$(echo "$final" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+')
  ft=$(echo "$final" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+')
  corp=$(echo "$final" | grep -oE 'corp: [0-9]+/[0-9]+[a-zA-Z]*' | cut -d' ' -f2)
  if [ $status -eq 0 ]; then outcome="no finding"; else
    finding=$(grep -a -m1 -oE 'FuzzerSecurityIssue[A-Za-z]*: [^(]*|== Java Exception: .*|OutOfMemoryError|ERROR: libFuzzer: timeout.*' "$log")
    [ -n "$finding" ] || finding="the run failed"
    saved=$(grep -a -m1 -oE "Test unit written to [^ ]*" "$log" | sed 's/Test unit written to //')
    outcome="FINDING: ${finding:0:160} ${saved:+(input: ${saved#$PWD/})} (log: $log)"
  fi
  echo "| $t | ${runs:-?} | ${cov:-?} | ${ft:-?} | ${corp:-?} | $outcome |"
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
