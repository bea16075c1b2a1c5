#!/usr/bin/env bash
# Builds a folder of real UN PDFs (default ../shared/pdf) and tallies the build report: files loaded and refused by
# the series of their file name, the genre each loaded file was read as, what its reader did not find, and the
# reasons of the refusals. Usage: bench/real-pdfs.sh [PDF_DIR] [STORE_DIR]   (run from the repository root)
set -euo pipefail
dir=${1:-../shared/pdf}
store=${2:-/tmp/dcgraph-real-pdfs}
report=$(mktemp)
rm -rf "$store"
start=$(date +%s)
nice java -jar target/dcgraph.jar build --corpus "$dir" --store "$store" 2>/dev/null | grep -E '^(loaded|skipped) ' > "$report"
echo "wall time: $(( $(date +%s) - start )) s"
echo "loaded: $(grep -c '^loaded' "$report") of $(wc -l < "$report")"
echo; echo "loaded by series (from the file name) and genre read as:"
grep '^loaded' "$report" | sed -E 's#^loaded  .*/##' | awk -F': ' '{
    n = split($1, a, "_"); s = a[1]; if ($1 ~ /^S_RES/) s = "S/RES";
    g = $2;
    if (match(g, /read as [a-zA-Z -]+ \[/)) g = substr(g, RSTART + 8, RLENGTH - 10);
    else if (g ~ /report of the Secretary-General \[/) g = "report of the Secretary-General (report reader)";
    else if (g ~ /General Assembly resolution/) g = "General Assembly resolution";
    else if (g ~ /General Assembly draft resolution/) g = "General Assembly draft resolution";
    print s "\t" g }' | sort | uniq -c | sort -k2,2 -k1,1rn
echo; echo "not understood (loaded files may have several):"
grep '^loaded' "$report" | grep -o '; .*' | tr ';' '\n' | sed 's/^ //' | grep -v '^$' | sed -E 's/\(.*//' | sort | uniq -c | sort -rn
echo; echo "refused:"
grep '^skipped' "$report" | sed 's/^[^:]*: //' | sort | uniq -c | sort -rn
rm -f "$report"
