package org.lectern.annotator.quotes;

import static org.lectern.annotator.quotes.AttributionLexicon.stripPossessive;
import static org.lectern.annotator.quotes.NameLexicon.CONNECTORS;
import static org.lectern.annotator.quotes.NameLexicon.NOT_NAMES;
import static org.lectern.annotator.quotes.NameLexicon.ORGANISATION_WORDS;
import static org.lectern.annotator.quotes.NameLexicon.TITLE_WORDS;

import java.util.ArrayList;
import java.util.List;
import org.lectern.annotator.quotes.AttributionTokens.Token;

/**
 * Fallback speakers when the pipeline has no entities layer: runs of capitalised words outside quotes (joined by
 * "of", "for", "and": "Ministry of Defense"). Titles are cut off and make the name a person's ("Prime Minister
 * Naftali Bennett" → person "Naftali Bennett"); organisation words make it an organisation's; a lone demonym
 * before a lower-case word ("Israeli official") is no name. A one-word name takes the canonical form of a longer
 * name ending in it ("Bennett" → "Naftali Bennett").
 */
final class NameMentions {

    private NameMentions() {}

    static List<Mention> find(String text, AttributionTokens document) {
        List<Mention> runs = new ArrayList<>();
        List<Token> tokens = document.tokens;
        int t = 0;
        while (t < tokens.size()) {
            if (!isNameWord(tokens.get(t))) {
                t++;
                continue;
            }
            int start = t;
            int end = t + 1;
            while (end < tokens.size()
                    && document.sentenceOf(end) == document.sentenceOf(start)
                    && !endsWithApostropheS(tokens.get(end - 1))
                    && (isNameWord(tokens.get(end))
                            || CONNECTORS.contains(tokens.get(end).lower())
                                    && end + 1 < tokens.size()
                                    && isNameWord(tokens.get(end + 1)))) {
                end++;
            }
            t = end;
            Mention mention = mention(text, tokens, start, end);
            if (mention != null) {
                runs.add(mention);
            }
        }
        List<Mention> mentions = new ArrayList<>(runs.size());
        for (Mention run : runs) {
            String name = text.substring(run.begin(), run.end());
            String canonical = name;
            String type = run.type();
            if (name.indexOf(' ') < 0) {
                for (Mention other : runs) {
                    String longer = text.substring(other.begin(), other.end());
                    if (longer.endsWith(" " + name) && longer.length() > canonical.length()) {
                        canonical = longer;
                        type = other.type();
                    }
                }
            }
            mentions.add(new Mention(run.begin(), run.end(), type, canonical, null));
        }
        return mentions;
    }

    /** The name in the capitalised run [start, end), without leading function and title words. */
    private static Mention mention(String text, List<Token> tokens, int start, int end) {
        if (AttributionLexicon.TITLE_HEADS.contains(
                stripPossessive(tokens.get(end - 1).lower()))) {
            return null; // "The Prime Minister" is a title, resolved as such
        }
        int first = start;
        boolean titled = start > 0 && TITLE_WORDS.contains(tokens.get(start - 1).lower());
        for (int k = start; k < end; k++) {
            String word = stripPossessive(tokens.get(k).lower());
            if (TITLE_WORDS.contains(word) && k + 1 < end) {
                titled = true;
                first = k + 1;
            }
        }
        while (first < end
                && (NOT_NAMES.contains(stripPossessive(tokens.get(first).lower()))
                        || CONNECTORS.contains(tokens.get(first).lower()))) {
            first++;
        }
        if (first >= end) {
            return null;
        }
        String lastWord = stripPossessive(tokens.get(end - 1).lower());
        boolean demonym = first == end - 1
                && isDemonym(lastWord)
                && end < tokens.size()
                && tokens.get(end).isWord()
                && !tokens.get(end).capitalised();
        if (demonym) {
            return null;
        }
        boolean organisation = false;
        for (int k = first; k < end; k++) {
            organisation |=
                    ORGANISATION_WORDS.contains(stripPossessive(tokens.get(k).lower()));
        }
        String type = organisation ? Mention.ORGANIZATION : titled ? Mention.PERSON : null;
        return new Mention(tokens.get(first).begin(), nameEnd(text, tokens.get(end - 1)), type, null, null);
    }

    private static boolean isDemonym(String word) {
        return word.length() > 4
                && (word.endsWith("ian")
                        || word.endsWith("ean")
                        || word.endsWith("ese")
                        || word.endsWith("ish")
                        || word.endsWith("eli")
                        || word.endsWith("ani")
                        || word.endsWith("can"));
    }

    private static boolean isNameWord(Token token) {
        return token.isCapitalisedWord();
    }

    /** A possessive ’s ends a name run ("Bennett’s government"); a plural s’ does not. */
    private static boolean endsWithApostropheS(Token token) {
        return token.lower().endsWith("’s") || token.lower().endsWith("'s");
    }

    /** A name ends before a possessive ’s, as entity spans do. */
    private static int nameEnd(String text, Token last) {
        String word = text.substring(last.begin(), last.end());
        return word.endsWith("’s") || word.endsWith("'s") ? last.end() - 2 : last.end();
    }
}
