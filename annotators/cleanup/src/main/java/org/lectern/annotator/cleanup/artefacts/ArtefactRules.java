package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three rules about English that word pairs cannot see: a correlative "both … and" rendered "each X and Y", "said"
 * rendered "stated" in reporting clauses, and a vague quantity put before a number word ("a whole bunch of hundreds
 * of").
 */
final class ArtefactRules {

    /**
     * A name ("Kyiv", "Bosnia-Herzegovina", "U.S"): a sentence's full stop after the last name is not part of it, an
     * abbreviation's dots inside it are.
     */
    private static final String NAME = "\\p{Lu}(?:[\\p{L}-]|\\.(?=\\p{L}))*";
    /** "each Russia and Ukraine": "each" before two coordinated proper nouns is a mistranslated "both". */
    private static final Pattern EACH_AND =
            Pattern.compile("\\b([Ee])ach (" + NAME + "\\.?(?: " + NAME + "\\.?)? and " + NAME + ")");
    /**
     * A vague quantity before a number word ("a whole bunch of hundreds of Jews"): edited English has no such
     * phrase; a spinner made it of "hundreds of thousands of", putting a vague quantity for the first number word and
     * shifting the second.
     */
    private static final Pattern VAGUE_NUMBER = Pattern.compile("\\b(?:[Aa] (?:whole |great |good )?(?:bunch|lot|load"
            + "|ton|heap|deal)|[Ll]ots|[Ll]oads|[Tt]ons|[Hh]eaps) of (dozens|hundreds|thousands|millions) of\\b");

    private static final List<String> NUMBER_WORDS = List.of("dozens", "hundreds", "thousands", "millions", "billions");
    /** A reporting "stated" after its subject or before "that"/a time, as spinners substitute for "said". */
    private static final Pattern STATED = Pattern.compile("\\b(?:(additionally|also) )?stated\\b"
            + "(?=(?: that| on| in| at| after| before| last| this| late| earlier| later)?[ ,.;:]|$)");

    private final Collocations statistics;

    ArtefactRules(Collocations statistics) {
        this.statistics = statistics;
    }

    /** The rules' findings in {@code text}: rule by rule, each in text order. */
    List<Finding> find(String text) {
        List<Finding> findings = new ArrayList<>();
        Matcher each = EACH_AND.matcher(text);
        while (each.find()) {
            findings.add(new Finding(
                    each.start(), each.end(), (each.group(1).equals("E") ? "Both " : "both ") + each.group(2), 0.8));
        }
        Matcher vague = VAGUE_NUMBER.matcher(text);
        while (vague.find()) {
            String number = vague.group(1);
            findings.add(new Finding(vague.start(), vague.end(), number + " of " + larger(number) + " of", 0.7));
        }
        Matcher stated = STATED.matcher(text);
        while (stated.find()) {
            // "additionally stated" is "also said": one substitution each, so two spans
            if (stated.group(1) != null && stated.group(1).equals("additionally")) {
                findings.add(new Finding(stated.start(1), stated.end(1), "also", 0.7));
            }
            findings.add(new Finding(stated.end() - "stated".length(), stated.end(), "said", 0.6));
        }
        return findings;
    }

    /** The larger number word seen most often near {@code number} in the reference text ("hundreds of thousands"). */
    private String larger(String number) {
        List<String> larger = NUMBER_WORDS.subList(NUMBER_WORDS.indexOf(number) + 1, NUMBER_WORDS.size());
        return larger.stream()
                .max(Comparator.comparingInt(other -> statistics.nearCount(number, other)))
                .orElseThrow();
    }
}
