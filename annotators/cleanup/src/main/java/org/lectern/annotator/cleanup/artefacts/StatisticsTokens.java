package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word definition of the collocation statistics, used both to count them and to judge a document against them,
 * so that both see the same units (not the segmenter's tokens, whose units the statistics were not counted in):
 * lower-cased words (hyphenated words kept whole), a possessive or contraction ending as its own token ({@code 's}),
 * any number as {@value #NUMBER}, a comma as {@code ","} and every other punctuation mark or line break as the
 * clause boundary {@value #BOUNDARY}.
 */
final class StatisticsTokens {

    static final String NUMBER = "<num>";
    static final String BOUNDARY = ".";

    /** One token: its span in the text, its normalised form, and whether it was written with a capital. */
    record Token(int begin, int end, String norm, boolean capitalised) {

        boolean isWord() {
            return Character.isLetter(norm.charAt(0));
        }
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(\\p{L}[\\p{L}\\p{M}]*(?:-\\p{L}[\\p{L}\\p{M}]*)*)" // 1 word
                    + "|(['’]\\p{L}{1,2}\\b)" // 2 possessive / contraction ending
                    + "|(\\p{N}[\\p{N},.]*)" // 3 number
                    + "|(,)" // 4 comma
                    + "|([\\p{P}\\p{S}\\n]+)"); // 5 other punctuation, line breaks

    /** Function words and other closed-class words that WordNet lists in some rare sense ("in" as inch). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "just", "less", "like", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor",
            "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "per",
            "same", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "upon", "us",
            "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
            "with", "within", "without", "would", "yet", "you", "your", "yes", "well", "still", "already", "away",
            "back", "many", "several");

    private StatisticsTokens() {}

    /** Whether a normalised token is a function word (or a number or punctuation): no evidence of topic. */
    static boolean isFunctionWord(String norm) {
        return FUNCTION_WORDS.contains(norm) || !Character.isLetter(norm.charAt(0));
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String norm;
            if (m.group(1) != null) {
                norm = m.group(1).toLowerCase(Locale.ROOT);
            } else if (m.group(2) != null) {
                norm = "'" + m.group(2).substring(1).toLowerCase(Locale.ROOT);
            } else if (m.group(3) != null) {
                norm = NUMBER;
            } else if (m.group(4) != null) {
                norm = ",";
            } else {
                norm = BOUNDARY;
            }
            if (norm.equals(BOUNDARY)
                    && !tokens.isEmpty()
                    && tokens.get(tokens.size() - 1).norm().equals(BOUNDARY)) {
                continue; // one boundary between clauses, however many marks
            }
            tokens.add(new Token(m.start(), m.end(), norm, Character.isUpperCase(text.charAt(m.start()))));
        }
        return tokens;
    }
}
