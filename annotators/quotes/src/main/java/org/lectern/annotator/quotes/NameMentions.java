package org.lectern.annotator.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lectern.annotator.quotes.DocumentTokens.Kind;
import org.lectern.annotator.quotes.DocumentTokens.Token;

/**
 * Fallback speakers when the pipeline has no entities layer: runs of capitalised words outside quotes, without
 * leading title and function words ("Prime Minister Naftali Bennett" → "Naftali Bennett"). A one-word name
 * takes the canonical form of a longer name ending in it ("Bennett" → "Naftali Bennett"). Types are unknown.
 */
final class NameMentions {

    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "but", "and", "in", "on", "at", "it",
            "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "his", "her", "their",
            "our", "its", "mr", "mrs", "ms", "dr", "sir", "prime", "minister", "president", "secretary",
            "foreign", "deputy", "general", "chief", "spokesperson", "spokesman", "spokeswoman", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "last",
            "earlier", "after", "before", "while", "when", "if", "as", "by", "for", "from", "with", "of", "to",
            "according", "however", "meanwhile", "also", "so", "yet", "speaking", "asked", "said", "what", "who",
            "how", "why", "where", "do", "you", "my", "your", "defense", "defence", "state", "royal");

    private NameMentions() {
    }

    static List<Mention> find(String text, DocumentTokens document) {
        List<int[]> runs = new ArrayList<>();
        List<Token> tokens = document.tokens;
        int t = 0;
        while (t < tokens.size()) {
            if (!isNameWord(tokens.get(t))) {
                t++;
                continue;
            }
            int start = t;
            while (t < tokens.size() && isNameWord(tokens.get(t)) && document.sentenceOf(t) == document.sentenceOf(start)) {
                t++;
            }
            int first = start;
            while (first < t && NOT_NAMES.contains(stripPossessive(tokens.get(first).lower()))) {
                first++;
            }
            if (first < t) {
                runs.add(new int[] { tokens.get(first).begin(), nameEnd(text, tokens.get(t - 1)) });
            }
        }
        List<Mention> mentions = new ArrayList<>(runs.size());
        for (int[] run : runs) {
            String name = text.substring(run[0], run[1]);
            String canonical = name;
            if (name.indexOf(' ') < 0) {
                for (int[] other : runs) {
                    String longer = text.substring(other[0], other[1]);
                    if (longer.endsWith(" " + name) && longer.length() > canonical.length()) {
                        canonical = longer;
                    }
                }
            }
            mentions.add(new Mention(run[0], run[1], null, canonical, null));
        }
        return mentions;
    }

    private static boolean isNameWord(Token token) {
        return token.kind() == Kind.WORD && token.capitalised();
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("’s") || lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** A name ends before a possessive ’s, as entity spans do. */
    private static int nameEnd(String text, Token last) {
        String word = text.substring(last.begin(), last.end());
        return word.endsWith("’s") || word.endsWith("'s") ? last.end() - 2 : last.end();
    }
}
