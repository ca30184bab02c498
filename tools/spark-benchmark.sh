#!/usr/bin/env bash
# Spark engine vs the local runner (issue 16), on the build as it is (this script builds nothing).
#   tools/spark-benchmark.sh [--corpus DIR] [--rounds N] [--pipeline FILE]
# Each round runs, each in a fresh ./lectern JVM timed by /usr/bin/time (wall time includes start-up and model
# loading), over all *.txt files under DIR (default ../shared/corpora/bbc-news):
#   ./lectern run PIPELINE --threads 2            and   ./lectern run PIPELINE --engine spark --master local[2]
# alternately (odd rounds local first, even rounds Spark first), then prints words/s, wall time, peak resident
# memory and Spark's overhead over all rounds, and checks that both wrote the same XMI, byte for byte.
# Memory per executor core: then the local runner with 1 thread and Spark with local[1] on the same corpus; the
# step from 1 to 2 threads (task slots) is what one more engine costs, the rest is per JVM (shared models).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$root/../shared/corpora/bbc-news
rounds=1
pipeline=$root/examples/pipelines/news.xml
while [ $# -gt 0 ]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --pipeline) pipeline=$2; shift 2 ;;
    *) echo "usage: tools/spark-benchmark.sh [--corpus DIR] [--rounds N] [--pipeline FILE]" >&2; exit 2 ;;
  esac
done
corpus=$(cd "$corpus" && pwd)
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "--rounds: not a positive number: $rounds" >&2; exit 2; }

# the launcher would rebuild first if a source changed since the last build: refuse rather than time a build
stamp=$root/modules/cli/target/.lectern-built
if [ ! -f "$stamp" ] || [ ! -f "$root/modules/spark/target/lectern-spark.jar" ] \
  || [ -n "$(find "$root" -path "$root/examples" -prune -o \( -name pom.xml -o -path '*/src/main/*' \) \
      -newer "$stamp" -type f -print -quit)" ]; then
  echo "build first (mvn -B install -DskipTests, then touch $stamp): this script builds nothing" >&2
  exit 2
fi

# the same JVM options for both engines (the Spark engine's defaults; set LECTERN_JAVA_OPTS to change them)
export LECTERN_JAVA_OPTS=${LECTERN_JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME OPTIONS...: one timed run into $work/NAME; prints its line and appends "seconds rss_kb words" to NAME.runs
run() {
  local name=$1; shift
  echo "-- $name: $(uptime | sed 's/.*load/load/')"
  /usr/bin/time -f '%e %M' -o "$work/time" "$root/lectern" run "$pipeline" --input "$corpus" \
    --output "$work/$name" --force "$@" > "$work/$name.log" 2>&1 || { tail -20 "$work/$name.log"; exit 1; }
  local seconds rss_kb summary words
  read -r seconds rss_kb < "$work/time"
  summary=$(grep -m1 ' documents: ' "$work/$name.log")
  words=$(echo "$summary" | sed -E 's/.*; ([0-9,]+) words in.*/\1/' | tr -d ,)
  printf '%-14s %8.1f s wall, %6.0f words/s, peak RSS %5.0f MB | %s\n' "$name" "$seconds" \
    "$(echo "$words / $seconds" | bc -l)" "$(echo "$rss_kb / 1024" | bc -l)" "$summary"
  echo "$seconds $rss_kb $words" >> "$work/$name.runs"
}

echo "corpus $corpus ($(find "$corpus" -name '*.txt' | wc -l) files), pipeline $pipeline, $(nproc) cores," \
  "$rounds round(s), JVM $LECTERN_JAVA_OPTS, $(date -u '+%F %H:%M UTC')"
for round in $(seq "$rounds"); do
  if [ $((round % 2)) = 1 ]; then order="local spark"; else order="spark local"; fi
  for engine in $order; do
    if [ "$engine" = local ]; then run local-2 --threads 2; else run spark-2 --engine spark --master 'local[2]'; fi
  done
done

# sum of wall times; max of peak RSS
seconds() { awk '{s+=$1} END {print s}' "$work/$1.runs"; }
rss_mb() { awk '$2>m{m=$2} END {printf "%.0f", m/1024}' "$work/$1.runs"; }
words_per_s() { awk '{s+=$1; w+=$3} END {printf "%.0f", w/s}' "$work/$1.runs"; }
echo "== $rounds round(s): local --threads 2: $(seconds local-2) s, $(words_per_s local-2) words/s," \
  "peak $(rss_mb local-2) MB; spark local[2]: $(seconds spark-2) s, $(words_per_s spark-2) words/s," \
  "peak $(rss_mb spark-2) MB"
printf 'Spark overhead over the local runner: %+.1f %% (wall time, all rounds)\n' \
  "$(echo "($(seconds spark-2) - $(seconds local-2)) * 100 / $(seconds local-2)" | bc -l)"
if diff -r -q -x run-report.json -x _SUCCESS "$work/local-2" "$work/spark-2" > "$work/diff"; then
  echo "XMI: $(find "$work/spark-2" -name '*.xmi' | wc -l) files, byte-identical to the local runner's"
else
  echo "XMI DIFFERS: $(wc -l < "$work/diff") files"; head "$work/diff"; exit 1
fi

echo "== memory per executor core (same corpus)"
run local-1 --threads 1
run spark-1 --engine spark --master 'local[1]'
printf 'peak RSS: local runner 1 thread %s MB, 2 threads %s MB (%+d MB); Spark local[1] %s MB, local[2] %s MB (%+d MB)\n' \
  "$(rss_mb local-1)" "$(rss_mb local-2)" "$(($(rss_mb local-2) - $(rss_mb local-1)))" \
  "$(rss_mb spark-1)" "$(rss_mb spark-2)" "$(($(rss_mb spark-2) - $(rss_mb spark-1)))"
