#!/usr/bin/env bash
# The local runner (--threads 2) against Spark in-process (--engine spark --master local[2]) on one corpus, runs
# interleaved (local, spark, local, spark, ...), each a fresh ./lectern JVM timed by /usr/bin/time: wall seconds,
# words/s and peak resident memory; then whether both wrote the same XMI, byte for byte.
# With MEMORY_CORPUS=DIR, then Spark local[1] and local[2] on that corpus: peak resident memory per task slot.
#   modules/spark/tools/benchmark.sh [CORPUS] [PIPELINE]   (ROUNDS=N pairs, default 1)
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
corpus=$(cd "${1:-$root/../shared/corpora/bbc-news}" && pwd)
pipeline=${2:-$root/examples/pipelines/news.xml}
rounds=${ROUNDS:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "corpus $corpus ($(find "$corpus" -name '*.txt' | wc -l) files), pipeline $pipeline, $(nproc) cores"
for round in $(seq "$rounds"); do
  for engine in local spark; do
    if [ "$engine" = local ]; then options=(--threads 2); else options=(--engine spark --master 'local[2]'); fi
    echo "-- round $round, $engine, $(uptime | sed 's/.*load/load/')"
    /usr/bin/time -f '%e %M' -o "$work/time" \
      "$root/lectern" run "$pipeline" --input "$corpus" --output "$work/$engine" --force "${options[@]}" \
      > "$work/$engine.log" 2>&1 || { tail -20 "$work/$engine.log"; exit 1; }
    read -r seconds rss_kb < "$work/time"
    summary=$(grep -m1 ' documents: ' "$work/$engine.log")
    words=$(echo "$summary" | sed -E 's/.*; ([0-9,]+) words in.*/\1/' | tr -d ,)
    printf '%-6s round %d: %7.1f s wall, %6.0f words/s, peak RSS %5.0f MB | %s\n' "$engine" "$round" "$seconds" \
      "$(echo "$words / $seconds" | bc -l)" "$(echo "$rss_kb / 1024" | bc -l)" "$summary"
    echo "$seconds" >> "$work/$engine.seconds"
  done
done
local_s=$(awk '{s+=$1} END {print s}' "$work/local.seconds")
spark_s=$(awk '{s+=$1} END {print s}' "$work/spark.seconds")
printf 'Spark overhead over the local runner: %+.1f %% (wall time, %d round(s))\n' \
  "$(echo "($spark_s - $local_s) * 100 / $local_s" | bc -l)" "$rounds"
if diff -r -q -x run-report.json -x _SUCCESS "$work/local" "$work/spark" > "$work/diff"; then
  echo "XMI: $(find "$work/spark" -name '*.xmi' | wc -l) files, byte-identical to the local runner's"
else
  echo "XMI DIFFERS: $(wc -l < "$work/diff") files"; head "$work/diff"; exit 1
fi

if [ -n "${MEMORY_CORPUS:-}" ]; then
  for slots in 1 2; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$root/lectern" run "$pipeline" --input "$MEMORY_CORPUS" \
      --output "$work/memory-$slots" --force --engine spark --master "local[$slots]" > "$work/memory.log" 2>&1
    read -r seconds rss_kb < "$work/time"
    echo "$rss_kb" > "$work/rss-$slots"
    printf 'spark local[%d] on %s: %.1f s, peak RSS %.0f MB\n' "$slots" "$MEMORY_CORPUS" "$seconds" "$(echo "$rss_kb / 1024" | bc -l)"
  done
  printf 'peak RSS added by the second task slot (its engines): %.0f MB\n' \
    "$(echo "($(cat "$work/rss-2") - $(cat "$work/rss-1")) / 1024" | bc -l)"
fi
