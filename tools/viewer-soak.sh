#!/usr/bin/env bash
# Issue 19's viewer soak: annotates generated news into a pool of XMI files, then runs
# org.lectern.bench.ViewerSoak (list, document and search requests at a fixed rate while files are added,
# rewritten and removed; per-minute 5xx, p50/p99 latency and heap after GC; exit code 1 when a check fails).
# Usage: tools/viewer-soak.sh [--duration SECONDS] [--rate PER_SECOND] [--docs N]   (needs a built tree: mvn install)
set -euo pipefail
duration=60 rate=100 docs=200
while [ $# -gt 0 ]; do
  case $1 in
    --duration) duration=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --docs) docs=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/tools/news-corpus.sh" "$work/texts" "$docs" 7
cat > "$work/p.xml" <<'XML'
<pipeline xmlns="urn:lectern:pipeline:1" name="soak">
  <reader type="text" source="texts" language="en"/>
  <annotator name="segmenter"/>
  <annotator name="boilerplate"/>
  <annotator name="entities-gazetteer"/>
  <annotator name="quotes"/>
  <writer type="xmi" target="pool"/>
</pipeline>
XML
LECTERN_JAVA_OPTS=${LECTERN_JAVA_OPTS:--Xmx1g} "$root/lectern" run "$work/p.xml" > "$work/run.log" 2>&1 \
  || { cat "$work/run.log"; exit 1; }
mvn -B -q -o -f "$root/pom.xml" -pl modules/benchmarks dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" > /dev/null
java -Xmx512m -cp "$root/modules/benchmarks/target/classes:$(cat "$work/cp.txt")" org.lectern.bench.ViewerSoak \
  "$work/pool" --duration "$duration" --rate "$rate"
