#!/usr/bin/env bash
# Issue 19, kill -9: kills `lectern run` at random moments, checks after each kill that every XMI in the output
# parses (never a truncated file), then lets a last run finish and compares the output byte for byte with an
# uninterrupted run's (run-report.json excepted).
# Usage: tools/kill-test.sh [--kills N] [--docs N] [--seed N] [--work DIR]
set -euo pipefail
kills=20 docs=400 seed=19 work=""
while [ $# -gt 0 ]; do
  case $1 in
    --kills) kills=$2; shift 2 ;;
    --docs) docs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
root="$(cd "$(dirname "$0")/.." && pwd)"
work=${work:-$(mktemp -d)}
export LECTERN_JAVA_OPTS=${LECTERN_JAVA_OPTS:--Xmx1g}
mkdir -p "$work"
rm -rf "$work/in" "$work/ref" "$work/killed"
"$root/tools/news-corpus.sh" "$work/in" "$docs" "$seed"
cat > "$work/p.xml" <<'XML'
<pipeline xmlns="urn:lectern:pipeline:1" name="kill-test">
  <reader type="text" source="in" language="en"/>
  <annotator name="segmenter"/>
  <annotator name="boilerplate"/>
  <annotator name="quotes"/>
  <writer type="xmi" target="out"/>
  <writer type="json" target="out"/>
</pipeline>
XML

now_ms() { date +%s%3N; }
xmi_count() { { find "$work/killed" -name '*.xmi' 2>/dev/null || true; } | wc -l; }

# every XMI must be well-formed XML with an xmi:XMI root; prints "files bad"
check_xmi() {
  python3 - "$1" <<'PY'
import sys, pathlib, xml.etree.ElementTree as ET
files = sorted(pathlib.Path(sys.argv[1]).rglob("*.xmi")) if pathlib.Path(sys.argv[1]).exists() else []
bad = []
for f in files:
    try:
        if not ET.parse(f).getroot().tag.endswith("}XMI"):
            bad.append(str(f))
    except ET.ParseError as e:
        bad.append(f"{f}: {e}")
print(len(files), len(bad))
for b in bad:
    print("BAD", b, file=sys.stderr)
PY
}

"$root/lectern" --version > /dev/null  # builds on first use, so that build time is not run time
lectern=(java ${LECTERN_JAVA_OPTS} -jar "$root/modules/cli/target/lectern-cli.jar")

echo "== uninterrupted run ($docs documents)"
start=$(now_ms)
"${lectern[@]}" run "$work/p.xml" --output "$work/ref" > "$work/ref.log" 2>&1 &
pid=$!
until compgen -G "$work/ref/*.xmi" > /dev/null || ! kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
startup_ms=$(( $(now_ms) - start ))
wait "$pid"
ref_ms=$(( $(now_ms) - start ))
echo "   first XMI after $startup_ms ms, all after $ref_ms ms: $(grep ' documents: ' "$work/ref.log")"

RANDOM=$seed
interrupted=0
for k in $(seq 1 "$kills"); do
  before=$(xmi_count)
  "${lectern[@]}" run "$work/p.xml" --output "$work/killed" > "$work/kill-$k.log" 2>&1 &
  pid=$!
  if [ $((RANDOM % 4)) -eq 0 ]; then
    # a quarter of the kills at a random moment of start-up (TypeSystem.xml, leftovers, model loading)
    delay=$(( (RANDOM * 32768 + RANDOM) % (startup_ms + 1) ))
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    moment="after $delay ms"
  else
    # the others while documents are written: once up to a tenth of the corpus more is done, plus 0-300 ms
    target=$(( before + 1 + RANDOM % (docs / 10 + 1) ))
    while [ "$(xmi_count)" -lt "$target" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
    jitter=$((RANDOM % 300))
    sleep "$(printf '0.%03d' "$jitter")"
    moment="at $(xmi_count) XMI (+$jitter ms)"
  fi
  if kill -9 "$pid" 2>/dev/null; then interrupted=$((interrupted + 1)); state=killed; else state="had finished"; fi
  wait "$pid" 2>/dev/null || true
  read -r files bad < <(check_xmi "$work/killed")
  temps=$( { find "$work/killed" -name '*.lectern-tmp-*' 2>/dev/null || true; } | wc -l)
  echo "   kill $k $moment ($state): $files XMI, $bad unparsable, $temps temporary files left"
  [ "$bad" -eq 0 ] || { echo "FAIL: unparsable XMI after kill $k"; exit 1; }
done

echo "== final run"
"${lectern[@]}" run "$work/p.xml" --output "$work/killed" > "$work/final.log" 2>&1
grep ' documents: ' "$work/final.log"
temps=$(find "$work/killed" -name '*.lectern-tmp-*' | wc -l)
[ "$temps" -eq 0 ] || { echo "FAIL: $temps temporary files left after the final run"; exit 1; }
if diff -r --exclude=run-report.json "$work/ref" "$work/killed" > "$work/diff.txt"; then
  echo "kill test passed: $interrupted of $kills kills hit a running process; final output identical to the" \
    "uninterrupted run ($(find "$work/ref" -type f ! -name run-report.json | wc -l) files compared byte for byte)"
else
  echo "FAIL: output differs from the uninterrupted run (see $work/diff.txt)"; head "$work/diff.txt"; exit 1
fi
