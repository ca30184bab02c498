#!/usr/bin/env python3
"""Builds gold/*.json (the seeds' gold schema) for the twelve BBC articles in texts/.

Every offset is computed here from the exact file content; no offset is typed by hand. The decisions are the
tables below, one per document, written after reading each article (see README.md for the guidelines):
  ENTITIES: (surface, type, canonical), matched case-sensitively on whole words, longest match first;
  SKIP:     (anchor, target) occurrences of a listed surface that are not entities (inside an event name, ...);
  QUOTES:   the speaker of each double-quoted stretch in text order (None = scare quote, not annotated).
Run: python3 build_gold.py  (fails loudly on any table that does not fit its text)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
P, O, L = "PERSON", "ORGANIZATION", "LOCATION"
US = ("US", L, "United States")
UK = ("UK", L, "United Kingdom")

DOCS = {
    "business-building-giant-in-asbestos-payout": {
        "ENTITIES": [
            ("James Hardie", O, "James Hardie"), ("Hardie", O, "James Hardie"),
            ("New South Wales", L, "New South Wales"), ("Peter MacDonald", P, "Peter MacDonald"),
            ("Bernie Banton", P, "Bernie Banton"), ("Meredith Hellicar", P, "Meredith Hellicar"),
            US, ("Australia", L, "Australia"), ("Netherlands", L, "Netherlands"),
        ],
        "QUOTES": ["Bernie Banton", "Bernie Banton", "Meredith Hellicar", "Meredith Hellicar"],
    },
    "business-french-consumer-spending-rising": {
        "ENTITIES": [
            ("National Statistic Institute", O, "National Statistic Institute"),
            ("INSEE", O, "National Statistic Institute"), ("France", L, "France"),
            ("Emmanuel Ferry", P, "Emmanuel Ferry"), ("Exane BNP Paribas", O, "Exane BNP Paribas"),
            ("Reuters", O, "Reuters"), ("Italy", L, "Italy"), ("ISAE", O, "ISAE"),
        ],
        "QUOTES": ["Emmanuel Ferry"],
    },
    "business-khodorkovsky-ally-denies-charges": {
        "ENTITIES": [
            ("Mikhail Khodorkovsky", P, "Mikhail Khodorkovsky"), ("Khodorkovsky", P, "Mikhail Khodorkovsky"),
            ("Yukos", O, "Yukos"), ("Platon Lebedev", P, "Platon Lebedev"), ("Lebedev", P, "Platon Lebedev"),
            ("Moscow", L, "Moscow"), ("Menatep", O, "Menatep"), ("Vladimir Putin", P, "Vladimir Putin"),
            ("Yugansk", O, "Yugansk"), US, ("Texas", L, "Texas"),
        ],
        "QUOTES": ["Platon Lebedev", "Platon Lebedev", "Platon Lebedev", "Mikhail Khodorkovsky"],
    },
    "entertainment-rock-group-korn-s-guitarist-quits": {
        "ENTITIES": [
            ("Korn", O, "Korn"), US, ("Brian 'Head' Welch", P, "Brian 'Head' Welch"),
            ("Welch", P, "Brian 'Head' Welch"), ("California", L, "California"),
            ("Bakersfield", L, "Bakersfield"), UK,
        ],
        "QUOTES": ["Brian 'Head' Welch", "Korn", "Brian 'Head' Welch", "Brian 'Head' Welch"],
    },
    "entertainment-uk-s-national-gallery-in-the-pink": {
        "ENTITIES": [
            UK, ("National Gallery", O, "National Gallery"), ("London", L, "London"), ("Raphael", P, "Raphael"),
            ("Blackpool Pleasure Beach", L, "Blackpool Pleasure Beach"),
            ("Charles Saumarez Smith", P, "Charles Saumarez Smith"),
            ("Saumarez Smith", P, "Charles Saumarez Smith"), ("Trafalgar Square", L, "Trafalgar Square"),
            ("Caravaggio", P, "Caravaggio"), ("Stubbs", P, "Stubbs"), ("Rubens", P, "Rubens"),
            ("Association of Leading Visitor Attractions", O, "Association of Leading Visitor Attractions"),
            ("Alva", O, "Association of Leading Visitor Attractions"), ("Tate Modern", O, "Tate Modern"),
            ("Natural History Museum", O, "Natural History Museum"), ("Buckingham Palace", L, "Buckingham Palace"),
            ("Windsor Castle", L, "Windsor Castle"), ("Madame Tussauds", O, "Madame Tussauds"),
            ("Alton Towers", L, "Alton Towers"), ("Robin Broke", P, "Robin Broke"),
            ("Western Europe", L, "Western Europe"), ("North America", L, "North America"),
            ("Britain", L, "United Kingdom"), ("Europe", L, "Europe"), ("EU", O, "European Union"),
        ],
        # exhibition titles are works, not entities, and neither are the names inside them
        "SKIP": [("Raphael: From", "Raphael")],
        "QUOTES": ["Charles Saumarez Smith"] * 5 + ["Robin Broke"] * 2,
    },
    "entertainment-britney-attacks-false-tabloids": {
        "ENTITIES": [
            ("Britney Spears", P, "Britney Spears"), ("Britney", P, "Britney Spears"),
            ("Spears", P, "Britney Spears"), US, ("Us Weekly", O, "Us Weekly"), ("Us", O, "Us Weekly"),
            ("In Touch", O, "In Touch"), ("Star", O, "Star"), ("Kevin Federline", P, "Kevin Federline"),
            ("Fiji", L, "Fiji"), ("Los Angeles", L, "Los Angeles"),
        ],
        "QUOTES": ["Britney Spears"] * 3 + ["Us Weekly"] * 2,
    },
    "sport-van-nistelrooy-set-to-return": {
        "ENTITIES": [
            ("Ruud van Nistelrooy", P, "Ruud van Nistelrooy"), ("Van Nistelrooy", P, "Ruud van Nistelrooy"),
            ("Ruud", P, "Ruud van Nistelrooy"), ("Manchester United", O, "Manchester United"),
            ("United", O, "Manchester United"), ("Everton", O, "Everton"), ("AC Milan", O, "AC Milan"),
            ("Alex Ferguson", P, "Sir Alex Ferguson"), ("Ferguson", P, "Sir Alex Ferguson"),
            ("Holland", L, "Netherlands"), ("Manchester City", O, "Manchester City"),
            ("City", O, "Manchester City"), ("West Brom", O, "West Brom"), ("Alan Smith", P, "Alan Smith"),
            ("Louis Saha", P, "Louis Saha"), ("Wayne Rooney", P, "Wayne Rooney"),
        ],
        "QUOTES": ["Sir Alex Ferguson"] * 3,
    },
    "sport-downing-injury-mars-uefa-victory": {
        "ENTITIES": [
            ("Stewart Downing", P, "Stewart Downing"), ("Downing", P, "Stewart Downing"),
            ("Stewart", P, "Stewart Downing"), ("Uefa", O, "Uefa"), ("Middlesbrough", O, "Middlesbrough"),
            ("Boro", O, "Middlesbrough"), ("Steve McClaren", P, "Steve McClaren"),
            ("McClaren", P, "Steve McClaren"), ("Graz AK", O, "Graz AK"), ("Graz", O, "Graz AK"),
            ("Riverside", L, "Riverside"), ("Sporting Lisbon", O, "Sporting Lisbon"),
            ("Sporting", O, "Sporting Lisbon"), ("Feyenoord", O, "Feyenoord"),
            ("Jimmy Floyd Hasselbaink", P, "Jimmy Floyd Hasselbaink"), ("Holland", L, "Netherlands"),
            ("Portugal", L, "Portugal"), ("Boavista", O, "Boavista"),
        ],
        "SKIP": [("Uefa Cup", "Uefa")],
        "QUOTES": ["Steve McClaren"] * 6 + ["Jimmy Floyd Hasselbaink"] * 4,
    },
    "sport-wada-will-appeal-against-ruling": {
        "ENTITIES": [
            ("World Anti-Doping Agency", O, "World Anti-Doping Agency"), ("Wada", O, "World Anti-Doping Agency"),
            ("Kostas Kenteris", P, "Kostas Kenteris"), ("Kenteris", P, "Kostas Kenteris"),
            ("Katerina Thanou", P, "Katerina Thanou"), ("Thanou", P, "Katerina Thanou"), ("IAAF", O, "IAAF"),
            ("Greek Athletics Federation", O, "Greek Athletics Federation"), ("Dick Pound", P, "Dick Pound"),
            ("Pound", P, "Dick Pound"), ("Court of Arbitration for Sport", O, "Court of Arbitration for Sport"),
            ("Gregory Ioannidis", P, "Gregory Ioannidis"), ("BBC Sport", O, "BBC Sport"),
            ("Tel Aviv", L, "Tel Aviv"), ("Chicago", L, "Chicago"), ("Athens", L, "Athens"),
            ("Christos Tzekos", P, "Christos Tzekos"),
        ],
        "SKIP": [("from the Athens Games", "Athens"), ("at the Athens Games", "Athens")],
        "QUOTES": ["Dick Pound", "Dick Pound", "Gregory Ioannidis"],
    },
    "tech-viewers-to-be-able-to-shape-tv": {
        "ENTITIES": [
            ("European Union", O, "European Union"),
            ("New Media for a New Millennium", O, "New Media for a New Millennium"),
            ("NM2", O, "New Media for a New Millennium"), ("BT", O, "BT"), ("Finland", L, "Finland"),
            ("BBC", O, "BBC"), ("Mervyn Peake", P, "Mervyn Peake"), ("Doug Williams", P, "Doug Williams"),
            ("Peter Stollenmayer", P, "Peter Stollenmayer"), ("John Wyver", P, "John Wyver"),
            ("Wyver", P, "John Wyver"), ("Illuminations Television Limited", O, "Illuminations Television Limited"),
        ],
        "QUOTES": ["Doug Williams"] * 3 + ["Peter Stollenmayer"] * 2 + ["John Wyver"] * 3,
    },
    "tech-web-radio-takes-spanish-rap-global": {
        "ENTITIES": [
            US, ("Los Caballeros de Plan G", O, "Los Caballeros de Plan G"), ("Mexico", L, "Mexico"),
            ("Monterrey", L, "Monterrey"), ("Manuel Millan", P, "Manuel Millan"), ("Millan", P, "Manuel Millan"),
            ("San Diego", L, "San Diego"), ("California", L, "California"),
            ("latinohiphopradio.com", O, "latinohiphopradio.com"),
            ("Latinohiphopradio.com", O, "latinohiphopradio.com"), ("Argentina", L, "Argentina"),
            ("Mustafa Yoda", P, "Mustafa Yoda"), ("Eminem", P, "Eminem"), ("Makisa", O, "Makisa"),
            ("Papo Record", P, "Papo Record"), ("Spain", L, "Spain"), ("United States", L, "United States"),
            ("France", L, "France"), ("Tote King", P, "Tote King"), ("Clark Boyd", P, "Clark Boyd"),
            ("BBC World Service", O, "BBC World Service"), ("WGBH", O, "WGBH"), ("Boston", L, "Boston"),
        ],
        # "export quality" is a scare quote: no one is said to have said it
        "QUOTES": ["Manuel Millan", "Manuel Millan", None] + ["Manuel Millan"] * 6,
    },
    "tech-the-pirates-with-no-profit-motive": {
        "ENTITIES": [
            ("Drink Or Die", O, "Drink Or Die"), ("DOD", O, "Drink Or Die"), ("Old Bailey", O, "Old Bailey"),
            ("BBC News", O, "BBC News"), ("Britain", L, "United Kingdom"), ("United States", L, "United States"),
            US, ("US Customs Service", O, "US Customs Service"), ("US Customs", O, "US Customs Service"),
            ("Razor 1911", O, "Razor 1911"), ("Risciso", O, "Risciso"), ("Myth", O, "Myth"), ("Popz", O, "Popz"),
            ("Australia", L, "Australia"), ("Norway", L, "Norway"), ("Sweden", L, "Sweden"),
            ("Finland", L, "Finland"), ("John Sankus", P, "John Sankus"), ("Sankus", P, "John Sankus"),
            ("Eriflleh", P, "John Sankus"), ("Richard Berry", P, "Richard Berry"),
            ("Kent Kartadinata", P, "Kent Kartadinata"), ("Christopher Tresco", P, "Christopher Tresco"),
            ("Massachusetts Institute of Technology", O, "Massachusetts Institute of Technology"),
            ("MIT", O, "Massachusetts Institute of Technology"), ("Philadelphia", L, "Philadelphia"),
            ("Paul McNulty", P, "Paul McNulty"), ("Hew Raymond Griffiths", P, "Hew Raymond Griffiths"),
            ("Griffiths", P, "Hew Raymond Griffiths"), ("Antony Townsden", P, "Antony Townsden"),
            ("Townsden", P, "Antony Townsden"), ("Alex Bell", P, "Alex Bell"), ("Steven Dowd", P, "Steven Dowd"),
            ("Tim", P, "Steven Dowd"),
            ("US Immigration, Customs and Enforcement", O, "US Immigration, Customs and Enforcement"),
            ("Dean Boyd", P, "Dean Boyd"), ("Boyd", P, "Dean Boyd"), ("Duke", O, "Duke"),
            ("North Carolina", L, "North Carolina"), ("Business Software Alliance", O, "Business Software Alliance"),
        ],
        "QUOTES": ["Paul McNulty"] * 2 + ["Antony Townsden"] * 3 + ["Dean Boyd"] * 6
        + ["spokesman for the Business Software Alliance"] * 3,
        # an unnamed speaker's mention is the noun phrase the attribution uses
        "DESCRIBED": {"spokesman for the Business Software Alliance": "A spokesman for the Business Software Alliance"},
    },
}


def whole_word(text, begin, end):
    before = text[begin - 1] if begin > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def locate(text, anchor, target):
    first = text.find(anchor)
    if first < 0 or text.find(anchor, first + 1) >= 0:
        raise SystemExit("anchor not found or not unique: %r" % anchor)
    return first + anchor.index(target)


def entities(name, text, table, skip):
    skipped = {locate(text, anchor, target) for anchor, target in skip}
    taken = [False] * len(text)
    found = []
    for surface, kind, canonical in sorted(table, key=lambda e: -len(e[0])):
        hits = 0
        for match in re.finditer(re.escape(surface), text):
            begin, end = match.span()
            if whole_word(text, begin, end) and not any(taken[begin:end]):
                hits += 1
                taken[begin:end] = [True] * (end - begin)
                if begin not in skipped:
                    found.append({"begin": begin, "end": end, "text": surface, "type": kind, "canonical": canonical})
        if hits == 0:
            raise SystemExit("%s: entity %r not found" % (name, surface))
    return sorted(found, key=lambda e: e["begin"])


def quote_spans(text):
    """Stretches between straight double quotes. A mark after white space opens a quote, even inside one: the
    BBC texts join paragraphs, so a quote continued in the next paragraph ("...caught. "They were...) ends at
    the last character before the reopening mark."""
    spans, start = [], None
    for i, char in enumerate(text):
        if char != '"':
            continue
        opening = i == 0 or text[i - 1].isspace() or text[i - 1] in "(["
        if start is not None and opening:
            spans.append((start, len(text[start:i].rstrip()) + start))
            start = i + 1
        elif start is None:
            start = i + 1
        else:
            spans.append((start, i))
            start = None
    if start is not None:
        raise SystemExit("unclosed quote at %d" % start)
    return spans


def quotes(name, text, speakers, found, described):
    spans = quote_spans(text)
    if len(spans) != len(speakers):
        raise SystemExit("%s: %d quotes, %d speakers: %r" % (name, len(spans), len(speakers),
                                                              [text[b:e][:30] for b, e in spans]))
    result = []
    for (begin, end), speaker in zip(spans, speakers):
        if speaker is None:
            continue
        mentions = [e for e in found if e["canonical"] == speaker]
        # the speaker's mention nearest to the quote, as in the seeds (before it if there is one)
        before = [e for e in mentions if e["end"] <= begin]
        after = [e for e in mentions if e["begin"] >= end]
        mention = before[-1] if before else (after[0] if after else None)
        if speaker in described:
            begin_np = locate(text, described[speaker], described[speaker])
            mention = {"begin": begin_np, "end": begin_np + len(described[speaker]), "text": described[speaker]}
        if mention is None:
            raise SystemExit("%s: no mention of speaker %r" % (name, speaker))
        result.append({
            "begin": begin, "end": end, "text": text[begin:end], "speaker": speaker,
            "speakerMention": {"begin": mention["begin"], "end": mention["end"], "text": mention["text"]},
        })
    return result


def main():
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for name, doc in DOCS.items():
        with open(os.path.join(HERE, "texts", name + ".txt"), encoding="utf-8", newline="") as fh:
            text = fh.read()
        if any(ord(c) > 0xFFFF for c in text):
            raise SystemExit(name + ": characters outside the BMP, Python and Java offsets would differ")
        found = entities(name, text, doc["ENTITIES"], doc.get("SKIP", []))
        gold = {"document": name + ".txt", "language": "en", "boilerplate": [], "artefacts": [],
                "entities": found, "quotes": quotes(name, text, doc["QUOTES"], found, doc.get("DESCRIBED", {}))}
        with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("%-52s %3d entities %3d quotes" % (name, len(found), len(gold["quotes"])))


if __name__ == "__main__":
    main()
