#!/usr/bin/env bash
# Writes N generated news-like articles (seeded, reproducible: quotes, names, datelines, several paragraphs)
# into DIR, for the reliability scripts. Usage: tools/news-corpus.sh DIR [N] [SEED]
set -euo pipefail
dir=$1; n=${2:-150}; seed=${3:-42}
mkdir -p "$dir"
awk -v n="$n" -v seed="$seed" -v dir="$dir" '
function pick(list,   parts, k) { k = split(list, parts, "|"); return parts[int(rand() * k) + 1] }
function sentence(   s) {
  s = pick("The minister|Officials in Berlin|A spokesman for the company|Angela Weber|The central bank|Residents of Leeds|Mark Thompson|The European Commission|Police|Shareholders")
  s = s " " pick("said|announced|warned|confirmed|denied|reported|argued") " on " pick("Monday|Tuesday|Wednesday|Thursday|Friday")
  s = s " that " pick("the plan|profits|the new law|the strike|prices|the merger|the inquiry|the vote") " would " pick("go ahead|fall sharply|be delayed|cost jobs|help families|change little|be reviewed")
  s = s " " pick("before the summer|next year|within weeks|despite protests|after talks in Paris|as expected") "."
  return s
}
function quote() {
  return "\"" pick("We will not back down|This is a good day for workers|Nobody saw this coming|The figures speak for themselves|We need more time") ",\" " pick("said Angela Weber|Mark Thompson said|a spokeswoman said|the minister told reporters") "."
}
BEGIN {
  srand(seed)
  for (d = 0; d < n; d++) {
    file = sprintf("%s/article-%04d.txt", dir, d)
    printf "%s\n\n", pick("Markets fall as inquiry widens|Strike talks resume|New law divides Parliament|Bank holds rates|Town council backs plan") > file
    printf "LONDON (Reuters) - " > file
    paragraphs = 3 + int(rand() * 8)
    for (p = 0; p < paragraphs; p++) {
      line = ""
      sentences = 1 + int(rand() * 4)
      for (s = 0; s < sentences; s++) line = line (s ? " " : "") (rand() < 0.25 ? quote() : sentence())
      printf "%s\n", line > file
    }
    printf "Reporting by %s; editing by %s\n", pick("Jane Smith|Omar Haddad|Li Wei"), pick("Peter Graff|Anna Kovacs") > file
    close(file)
  }
}'
