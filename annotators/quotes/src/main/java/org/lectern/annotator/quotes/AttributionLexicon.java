package org.lectern.annotator.quotes;

import java.util.Map;
import java.util.Set;

/** Word lists for quote attribution (all lower case). */
final class AttributionLexicon {

    private AttributionLexicon() {}

    /** Nouns for issued documents: words "said" by them belong to the issuing organisation. */
    static final Set<String> DOCUMENT_NOUNS = Set.of(
            "statement",
            "readout",
            "release",
            "communique",
            "communiqué",
            "transcript",
            "memo",
            "notice",
            "announcement",
            "declaration",
            "bulletin",
            "letter",
            "report",
            "post",
            "tweet",
            "filing",
            "assertion");

    /** Nouns for an office that speaks for its holder ("Bennett's office"); workplace is a spinner's office. */
    static final Set<String> OFFICE_NOUNS = Set.of("office", "workplace");

    /** People speaking for their principal ("the Kremlin's spokesman"): the words count as the principal's. */
    static final Set<String> REPRESENTATIVE_NOUNS = Set.of(
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "aide",
            "aides",
            "camp",
            "lawyer",
            "lawyers",
            "representative",
            "representatives");

    /** Title heads that identify one person introduced earlier or later with that title. */
    static final Set<String> TITLE_HEADS = Set.of(
            "minister",
            "president",
            "premier",
            "secretary",
            "chancellor",
            "leader",
            "director",
            "ambassador",
            "governor",
            "mayor",
            "senator",
            "congressman",
            "congresswoman",
            "king",
            "queen",
            "prince",
            "pope",
            "general",
            "commander",
            "chairman",
            "chairwoman",
            "chair",
            "ceo",
            "chief",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "envoy",
            "coach",
            "manager",
            "judge",
            "prosecutor",
            "attorney",
            "founder",
            "boss",
            "head",
            "captain",
            "striker",
            "star",
            "actor",
            "actress",
            "singer",
            "author",
            "economist",
            "analyst");

    /** Title words that stand for several title words of the full form ("the premier" = prime minister). */
    static final Map<String, Set<String>> TITLE_SYNONYMS =
            Map.of("premier", Set.of("prime", "minister"), "pm", Set.of("prime", "minister"));

    /** Heads of noun phrases that can denote an unnamed speaker ("a senior official", "the ministry"). */
    static final Set<String> SPEAKER_NOUNS = Set.of(
            "official",
            "officials",
            "source",
            "sources",
            "diplomat",
            "diplomats",
            "officer",
            "officers",
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "aide",
            "aides",
            "adviser",
            "advisor",
            "expert",
            "experts",
            "analyst",
            "analysts",
            "witness",
            "witnesses",
            "resident",
            "residents",
            "lawyer",
            "lawyers",
            "government",
            "ministry",
            "department",
            "agency",
            "police",
            "army",
            "military",
            "company",
            "firm",
            "group",
            "campaigners",
            "campaigner",
            "union",
            "board",
            "council",
            "committee",
            "court",
            "judge",
            "prosecutors",
            "prosecutor",
            "investigators",
            "researchers",
            "scientists",
            "doctors",
            "doctor",
            "executive",
            "executives",
            "spokespeople",
            "insider",
            "insiders",
            "fan",
            "fans",
            "person",
            "man",
            "woman",
            "voter",
            "voters",
            "critics",
            "observers",
            "organisers",
            "organizers",
            "bank",
            "regulator",
            "watchdog",
            "charity",
            "club",
            "team",
            "party");

    /** Heads that, with "the", refer back to an organisation named before ("the firm" = the company named). */
    static final Set<String> ORGANISATION_NOUNS = Set.of(
            "government",
            "ministry",
            "department",
            "agency",
            "company",
            "firm",
            "group",
            "union",
            "board",
            "council",
            "committee",
            "bank",
            "regulator",
            "watchdog",
            "charity",
            "club",
            "team",
            "party",
            "organisation",
            "organization",
            "airline",
            "carrier",
            "retailer",
            "broadcaster",
            "newspaper",
            "magazine",
            "paper",
            "network",
            "studio",
            "label",
            "league",
            "federation",
            "association");

    /** Words that end a noun phrase walking away from the verb. */
    static final Set<String> PHRASE_BOUNDARIES = Set.of(
            "that",
            "and",
            "but",
            "which",
            "who",
            "whom",
            "whose",
            "when",
            "while",
            "as",
            "after",
            "before",
            "because",
            "if",
            "so",
            "or",
            "where",
            "since",
            "although",
            "though",
            "in",
            "on",
            "at",
            "for",
            "with",
            "to",
            "into",
            "about",
            "via",
            "per",
            "during",
            "under",
            "over",
            "than",
            "said",
            "says",
            "told",
            "according",
            "amid",
            "despite",
            "once",
            "until",
            "like");

    /** Prepositions that stay inside a noun phrase read forwards ("a statement from the ministry"). */
    static final Set<String> NOUN_PHRASE_PREPOSITIONS = Set.of("of", "from", "by", "for");

    static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our");

    static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she");

    static final Set<String> ORGANISATION_PRONOUNS = Set.of("it", "they");

    /** Abbreviations whose full stop does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "ret", "sen", "rep", "gov", "prof",
            "jr", "sr", "no", "inc", "co", "corp", "ltd", "vs", "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
            "rev", "hon", "adm", "cmdr", "fig", "approx", "est", "dept", "univ", "mt", "ft");

    static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord");

    static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady");

    static boolean isTitleHead(String word) {
        return TITLE_HEADS.contains(word) || TITLE_SYNONYMS.containsKey(word);
    }

    /** "Bennett’s", "minister's", "ministers’". */
    static boolean isPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s") || word.endsWith("s’");
    }

    static String stripPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }
}
