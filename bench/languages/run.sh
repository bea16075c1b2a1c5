#!/usr/bin/env bash
# Arabic (logical order), Chinese and Russian General Assembly resolutions of sessions 79 and 80, as page text made
# from the UN's Akoma Ntoso XML, through dcgraph's text path: how many load, and how many give the symbol, session,
# adoption date and preambular count the XML states. Results go to bench/languages/RESULTS.md by hand, dated.
# Usage: [AKN=../shared/akn] bench/languages/run.sh [PER_LANGUAGE]   (default 60; unpacks $AKN/ga-{79,80}session.tar.gz)
set -euo pipefail
cd "$(dirname "$0")/../.."
per=${1:-60}
akn=${AKN:-../shared/akn}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for s in 79 80; do tar -xzf "$akn/ga-${s}session.tar.gz" -C "$work" "${s}session/Arabic" "${s}session/Chinese" "${s}session/Russian"; done
python3 bench/languages/sample.py draw "$work" "$work/sample" "$per"
[ -f target/dcgraph.jar ] || mvn -B -q package -DskipTests
java -jar target/dcgraph.jar build --corpus "$work/sample/corpus" --store "$work/store" > "$work/build.out" 2> "$work/build.err" || true
echo "# $(date -u +%Y-%m-%d), $(git rev-parse --short HEAD), $per resolutions per language"
python3 bench/languages/sample.py score "$work/sample" "$work/build.out"
