#!/usr/bin/env bash
# Footnotes as the layout-aware PDF reader gives them, over a folder of real UN PDFs: how many documents print
# footnotes, how many come out numbered 1..N with every marker matched to a note (see bench/PdfFootnotes.java).
# Usage: bench/pdf-footnotes.sh [FOLDER] [EVERY] [OFFSET]   (defaults: ../shared/pdf, every file from the first;
# builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/pdf}
every=${2:-1}
offset=${3:-0}
[ -f target/dcgraph.jar ] || mvn -B -q package -DskipTests
echo "# PDF footnotes, $(date -u +%Y-%m-%d), $folder, every ${every}th file from file $offset"
nice java -cp target/dcgraph.jar bench/PdfFootnotes.java "$folder" --list --every "$every" --offset "$offset" 2>/dev/null
