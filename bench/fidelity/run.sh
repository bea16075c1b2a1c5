#!/usr/bin/env bash
# The fidelity benchmark of issue 18: see bench/FIDELITY.md for what it measures and what each figure means.
#
#   bench/fidelity/run.sh [--per-language N] [--seed S] [--minutes M] [--only akn|pdf] [--languages en,fr,...] [--shared DIR] [--no-write]
#
# Renders a seeded sample of the General Assembly resolutions in ../shared/akn as UN-style PDFs (LibreOffice, cached
# by content hash under bench/fidelity/work/pdf), reads them back through dcgraph's PDF path and compares them with
# their Akoma Ntoso, in rounds of 50 a language (--minutes M: no new round after M minutes, N as far as it got);
# then reads every PDF of ../shared/pdf. --languages limits the first part to some of the six (default: all). The run's figures are printed and, unless --no-write,
# added at the top of the runs in bench/FIDELITY.md with the date and the commit measured.
set -euo pipefail

per=300
minutes=0
seed=18
only=all
languages=en,fr,es,ru,zh,ar
shared=${DCGRAPH_SHARED:-/work/shared}
write=1
while [ $# -gt 0 ]; do
  case "$1" in
    --per-language) per=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --languages) languages=$2; shift 2 ;;
    --shared) shared=$2; shift 2 ;;
    --no-write) write=0; shift ;;
    *) echo "usage: $0 [--per-language N] [--seed S] [--minutes M] [--only akn|pdf] [--languages en,fr,...] [--shared DIR] [--no-write]" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/fidelity"
work="$here/work"
mkdir -p "$work"
cd "$root"

# LibreOffice for the rendering, with fonts for Arabic and Chinese.
if ! command -v soffice >/dev/null || ! fc-list | grep -qi "Noto Naskh Arabic" || ! fc-list | grep -qi "Noto Serif CJK"; then
  apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-core fonts-noto-cjk fonts-liberation >"$work/apt.log" 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-core fonts-noto-cjk fonts-liberation >"$work/apt.log" 2>&1; }
fi

# dcgraph as it is checked out: the jar is rebuilt when a source is newer than it.
jar="$root/target/dcgraph.jar"
if [ ! -f "$jar" ] || [ -n "$(find src/main ontology -newer "$jar" -type f -print -quit)" ]; then
  nice mvn -o -q package -DskipTests || nice mvn -q package -DskipTests
fi

# The Akoma Ntoso archives, unpacked once.
for f in "$shared"/akn/ga-*session.tar.gz; do
  s=$(basename "$f" .tar.gz); s=${s#ga-}
  [ -d "$work/akn/$s" ] || { mkdir -p "$work/akn"; tar -xzf "$f" -C "$work/akn"; }
done

rm -rf "$work/classes"
javac -cp "$jar" -d "$work/classes" "$here"/Render.java "$here"/Fidelity.java
cp="$jar:$work/classes"

started=$(date -u +%Y-%m-%dT%H:%MZ)
commit=$(git rev-parse --short HEAD)
t0=$(date +%s)
if [ "$only" != pdf ]; then
  nice java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$cp" Fidelity akn --akn "$work/akn" --work "$work" --per-language "$per" --seed "$seed" --minutes "$minutes" --languages "$languages" --out "$work/akn.md"
fi
t1=$(date +%s)
if [ "$only" != akn ]; then
  nice java -Xmx3g -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "$cp" Fidelity pdf --pdf "$shared/pdf" --akn "$work/akn" --work "$work" --out "$work/pdf.md"
fi
t2=$(date +%s)

{
  echo "## Run of $started, $commit"
  echo
  onlyopt=""; [ "$only" = all ] || onlyopt=" --only $only"; [ "$minutes" = 0 ] || onlyopt="$onlyopt --minutes $minutes"; [ "$languages" = en,fr,es,ru,zh,ar ] || onlyopt="$onlyopt --languages $languages"
  echo "Command: \`bench/fidelity/run.sh --per-language $per --seed $seed$onlyopt\`; dcgraph at $commit" \
       "($(git log -1 --format=%s | cut -c1-80)); UN markup part $((t1 - t0)) s, real PDFs part $((t2 - t1)) s (2 shared cores)."
  echo
  if [ "$only" != pdf ]; then echo "### 1. The UN's markup as truth (rendered PDFs read back)"; echo; cat "$work/akn.md"; echo; fi
  if [ "$only" != akn ]; then echo "### 2. Real UN PDFs (../shared/pdf)"; echo; cat "$work/pdf.md"; echo; fi
} > "$work/run.md"
sed -i 's/^### \(Summary\|English\|French\|Spanish\|Russian\|Chinese\|Arabic\|Loaded\|Genre\|Refusals\|Symbol\|Footnotes\|A_RES\)/#### \1/' "$work/run.md"
cat "$work/run.md"

if [ "$write" = 1 ]; then
  results="$root/bench/FIDELITY.md"
  marker='<!-- runs, newest first -->'
  awk -v marker="$marker" -v run="$work/run.md" '
    { print }
    $0 == marker { print ""; while ((getline line < run) > 0) print line }
  ' "$results" > "$work/FIDELITY.md.new" && mv "$work/FIDELITY.md.new" "$results"
  echo "added to $results"
fi
