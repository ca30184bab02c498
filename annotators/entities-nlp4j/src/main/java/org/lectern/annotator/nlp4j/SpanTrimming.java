package org.lectern.annotator.nlp4j;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lectern.api.text.Span;

/**
 * Brings OntoNotes-style spans to Lectern's entity guidelines: OntoNotes puts a leading "the" and honorifics such
 * as "Mr" inside the name, Lectern's gold leaves determiners, titles, possessive 's and punctuation outside.
 */
final class SpanTrimming {

    /** Words that never start a name in Lectern's gold (lower case, without a full stop). */
    private static final Set<String> LEADING_WORDS =
            Set.of("the", "a", "an", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady");

    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)\\.?\\s+");
    /** A possessive ending: 's or a bare apostrophe after s, straight or curly. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s?$");
    /** One trailing punctuation mark that is not part of an abbreviation like U.S. or Inc. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<=\\p{Ll}{2}|\\d)[.,;:!?]$|[,;:!?…\"”)]$");

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private SpanTrimming() {}

    /**
     * The part of {@code text[begin, end)} that is the name, or null when nothing name-like is left (no letter or
     * digit).
     */
    static Span trim(String text, int begin, int end) {
        String covered = text.substring(begin, end);
        boolean changed = true;
        while (changed) {
            changed = false;
            Matcher first = FIRST_WORD.matcher(covered);
            if (first.find() && LEADING_WORDS.contains(first.group(1).toLowerCase(Locale.ROOT))) {
                begin += first.end();
                covered = covered.substring(first.end());
                changed = true;
            }
            Matcher leading = LEADING_PUNCTUATION.matcher(covered);
            if (leading.find()) {
                begin += leading.end();
                covered = covered.substring(leading.end());
                changed = true;
            }
            for (Pattern ending : new Pattern[] {POSSESSIVE, TRAILING_PUNCTUATION}) {
                Matcher matcher = ending.matcher(covered);
                if (matcher.find()) {
                    covered = covered.substring(0, matcher.start()).stripTrailing();
                    end = begin + covered.length();
                    changed = true;
                }
            }
        }
        return covered.codePoints().anyMatch(Character::isLetterOrDigit) ? new Span(begin, end) : null;
    }
}
