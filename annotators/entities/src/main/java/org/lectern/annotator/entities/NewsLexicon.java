package org.lectern.annotator.entities;

import java.util.Set;
import java.util.regex.Pattern;

/** Word lists and word shapes of news names used by the {@link MentionPass}es and the {@link NewsGazetteer}. */
final class NewsLexicon {

    private NewsLexicon() {}

    static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    /** Lower-case words that do occur inside names (longer than three letters: shorter ones are always allowed). */
    static final Set<String> NAME_PARTICLES = Set.of("upon", "from", "with", "under", "over", "dell", "della", "degli");

    /** Surnames not searched for elsewhere in the text: "May" after "Theresa May" is mostly the month. */
    static final Set<String> MONTHS = Set.of("January", "March", "April", "May", "June", "July", "August");

    /** The region "the West" stands for. */
    static final String WESTERN_WORLD = "Western world";

    static final Pattern PUNCTUATION_OR_POSSESSIVE = Pattern.compile("\\p{P}+|['’]s|``|''");

    /** Two or more capitals in a short word: "IDF", "IMoD", "U.N.". */
    static final Pattern ACRONYM = Pattern.compile("(?=(?:.*\\p{Lu}){2})\\p{Lu}[\\p{L}.]{1,7}");

    static final Pattern DOMAIN =
            Pattern.compile("[\\p{L}\\p{N}-]+(\\.[\\p{L}]{2,})*\\.(com|org|net|gov|news|info|io|co\\.uk)");

    /** Bodies of a national government, which belong to the country of their context when they name none. */
    static final Pattern GOVERNMENT_BODY = Pattern.compile(
            "(\\p{Lu}\\w+ )*(Ministry|Directorate)\\b.*|(Prime Minister|President)['’]s Office|National Security Council");

    /** "Ministry of Defense" (read as "Defense Ministry" when comparing names). */
    static final Pattern MINISTRY_OF = Pattern.compile("\\b(Ministry|Department) of (?:the )?(\\p{Lu}[\\w ]*)$");

    /** Honorifics and titles kept outside person spans, on top of the KBP gazetteer's job titles (lower case). */
    static final Set<String> HONORIFICS = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "sir",
            "dame",
            "lord",
            "lady",
            "prof",
            "rev",
            "sen",
            "rep",
            "gov",
            "gen",
            "lt",
            "col",
            "capt",
            "sgt",
            "maj",
            "adm",
            "pres",
            "president",
            "premier",
            "minister",
            "chancellor",
            "king",
            "queen",
            "prince",
            "princess",
            "pope",
            "ayatollah",
            "sheikh",
            "rabbi",
            "imam",
            "uncle",
            "aunt",
            "auntie",
            "(ret.)",
            "ret.",
            "spokesperson",
            "spokesman",
            "spokeswoman");
}
