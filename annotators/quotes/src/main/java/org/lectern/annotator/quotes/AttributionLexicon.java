package org.lectern.annotator.quotes;

import java.util.Map;
import java.util.Set;

/** Word lists for quote attribution (all lower case). */
final class AttributionLexicon {

    private AttributionLexicon() {
    }

    /** Reporting verbs that attribute the words to their subject; most also allow "said X". */
    static final Set<String> REPORTING_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "wrote", "writes", "tweeted", "tweets", "posted", "stated", "states", "stressed", "stresses",
            "questioned", "asked", "asks", "explained", "explains", "noted", "notes", "declared", "announced",
            "insisted", "insists", "argued", "argues", "claimed", "claims", "warned", "warns", "replied",
            "responded", "continued", "concluded", "recalled", "acknowledged", "admitted", "confirmed", "remarked",
            "commented", "suggested", "suggests", "reported", "reports", "observed", "shouted", "urged", "urges",
            "pleaded", "cautioned", "predicted", "vowed", "pledged", "promised", "affirmed", "reiterated",
            "underlined", "emphasised", "emphasized", "highlighted", "agreed", "conceded", "boasted", "complained",
            "joked", "mused", "recounted", "revealed", "testified", "admits", "concedes", "recalls", "continues",
            "reckons", "reckoned", "predicts", "maintains", "maintained", "countered", "counters", "retorted",
            "quipped", "announces", "declares", "confirms", "reveals", "laughed", "exclaimed", "exclaims",
            "answered", "answers", "remembered", "wondered", "pointed", "acknowledges", "whispered", "sighed",
            "cried", "replies", "responds", "demanded", "demands");

    /** Reporting verbs after which the subject never follows ("told X" names the listener). */
    static final Set<String> NON_INVERTING_VERBS = Set.of("told", "tells", "urged", "urges", "asked", "asks");

    /** Verbs that frame a partial quote ("described it as “…”"); weaker evidence than reporting verbs. */
    static final Set<String> FRAMING_VERBS = Set.of("called", "calls", "described", "describes", "condemned",
            "condemns", "accused", "accuses", "expressed", "expresses", "labelled", "labeled", "branded", "termed",
            "dubbed", "dismissed", "denounced", "praised", "hailed", "criticised", "criticized", "blamed", "felt",
            "feels", "believes", "believed", "denied", "rejected", "attacked", "mocked", "welcomed", "slammed",
            "characterised", "characterized");

    /** Nouns for issued documents: words "said" by them belong to the issuing organisation. */
    static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "readout", "release", "communique", "communiqué",
            "transcript", "memo", "notice", "announcement", "declaration", "bulletin", "letter", "report", "post",
            "tweet", "filing", "assertion");

    /** Nouns for an office that speaks for its holder ("Bennett's office"); workplace is a spinner's office. */
    static final Set<String> OFFICE_NOUNS = Set.of("office", "workplace");

    /** People speaking for their principal ("the Kremlin's spokesman"): the words count as the principal's. */
    static final Set<String> REPRESENTATIVE_NOUNS = Set.of("spokesperson", "spokesman", "spokeswoman", "aide",
            "aides", "camp", "lawyer", "lawyers", "representative", "representatives");

    /** Title heads that identify one person introduced earlier or later with that title. */
    static final Set<String> TITLE_HEADS = Set.of("minister", "president", "premier", "secretary", "chancellor",
            "leader", "director", "ambassador", "governor", "mayor", "senator", "congressman", "congresswoman",
            "king", "queen", "prince", "pope", "general", "commander", "chairman", "chairwoman", "chair", "ceo",
            "chief", "spokesperson", "spokesman", "spokeswoman", "envoy", "coach", "manager", "judge", "prosecutor",
            "attorney", "founder", "boss", "head", "captain", "striker", "star", "actor", "actress", "singer",
            "author", "economist", "analyst");

    /** Title words that stand for several title words of the full form ("the premier" = prime minister). */
    static final Map<String, Set<String>> TITLE_SYNONYMS = Map.of("premier", Set.of("prime", "minister"),
            "pm", Set.of("prime", "minister"));

    /** Heads of noun phrases that can denote an unnamed speaker ("a senior official", "the ministry"). */
    static final Set<String> SPEAKER_NOUNS = Set.of("official", "officials", "source", "sources", "diplomat",
            "diplomats", "officer", "officers", "spokesperson", "spokesman", "spokeswoman", "aide", "aides",
            "adviser", "advisor", "expert", "experts", "analyst", "analysts", "witness", "witnesses", "resident",
            "residents", "lawyer", "lawyers", "government", "ministry", "department", "agency", "police", "army",
            "military", "company", "firm", "group", "campaigners", "campaigner", "union", "board", "council",
            "committee", "court", "judge", "prosecutors", "prosecutor", "investigators", "researchers",
            "scientists", "doctors", "doctor", "executive", "executives", "spokespeople", "insider", "insiders",
            "fan", "fans", "person", "man", "woman", "voter", "voters", "critics", "observers", "organisers",
            "organizers", "bank", "regulator", "watchdog", "charity", "club", "team", "party");

    /** Heads that, with "the", refer back to an organisation named before ("the firm" = the company named). */
    static final Set<String> ORGANISATION_NOUNS = Set.of("government", "ministry", "department", "agency",
            "company", "firm", "group", "union", "board", "council", "committee", "bank", "regulator", "watchdog",
            "charity", "club", "team", "party", "organisation", "organization", "airline", "carrier", "retailer",
            "broadcaster", "newspaper", "magazine", "paper", "network", "studio", "label", "league", "federation",
            "association");

    /** Words between a subject and its reporting verb ("Lapid also said", "has condemned"). */
    static final Set<String> VERB_PREFIXES = Set.of("also", "later", "then", "has", "have", "had", "again",
            "further", "earlier", "once", "just", "already", "would", "will", "did", "does", "do", "previously",
            "recently", "reportedly", "subsequently", "additionally", "separately", "not", "never", "always",
            "repeatedly", "publicly", "privately", "simply", "only");

    /** Words that end a noun phrase walking away from the verb. */
    static final Set<String> PHRASE_BOUNDARIES = Set.of("that", "and", "but", "which", "who", "whom", "whose",
            "when", "while", "as", "after", "before", "because", "if", "so", "or", "where", "since", "although",
            "though", "in", "on", "at", "for", "with", "to", "into", "about", "via", "per", "during", "under",
            "over", "than", "said", "says", "told", "according", "amid", "despite", "once", "until", "like");

    /** Prepositions that stay inside a noun phrase read forwards ("a statement from the ministry"). */
    static final Set<String> NOUN_PHRASE_PREPOSITIONS = Set.of("of", "from", "by", "for");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
            "their", "his", "her", "our");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    static final Set<String> ORGANISATION_PRONOUNS = Set.of("it", "they");

    /** Abbreviations whose full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt",
            "capt", "maj", "ret", "sen", "rep", "gov", "prof", "jr", "sr", "no", "inc", "co", "corp", "ltd", "vs",
            "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "rev", "hon", "adm", "cmdr", "fig", "approx",
            "est", "dept", "univ", "mt", "ft");
}
