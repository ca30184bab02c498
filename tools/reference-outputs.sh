#!/usr/bin/env bash
# Annotates the reference sets with the default pipeline into OUT/{seeds,examples,bbc-business}, for comparing two
# versions of Lectern byte for byte: run it on each version, then `diff -r OUT_A OUT_B` (run-report.json excluded:
# it holds timings). Usage: tools/reference-outputs.sh OUT [SHARED_DIR]
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:?usage: tools/reference-outputs.sh OUT [SHARED_DIR]}"
shared="${2:-$home/../shared}"
mkdir -p "$out"
run() { "$home/lectern" run "$home/examples/pipelines/news.xml" --input "$1" --output "$out/$2" --force --threads 2; }
run "$shared/eval/seeds/texts" seeds
run "$home/examples/corpus" examples
run "$shared/corpora/bbc-news/business" bbc-business
find "$out" -name run-report.json -delete
echo "reference outputs in $out"
