package org.lectern.annotator.quotes;

import static org.lectern.annotator.quotes.AttributionLexicon.DETERMINERS;
import static org.lectern.annotator.quotes.AttributionLexicon.NOUN_PHRASE_PREPOSITIONS;
import static org.lectern.annotator.quotes.AttributionLexicon.PHRASE_BOUNDARIES;
import static org.lectern.annotator.quotes.AttributionVerbs.PASSIVE_AUXILIARIES;
import static org.lectern.annotator.quotes.AttributionVerbs.VERB_PREFIXES;

import org.lectern.annotator.quotes.AttributionTokens.Token;
import org.lectern.api.text.Span;

/**
 * Noun-phrase chunking around an attribution cue, on the token stream alone: the subject before a verb
 * (skipping "also", "has", adverbs), the phrase after it, and whether the verb is passive.
 */
final class SpeakerPhrases {

    static final int MAX_PHRASE_TOKENS = 12;

    private final String text;
    private final AttributionTokens tokens;

    SpeakerPhrases(String text, AttributionTokens tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The noun phrase ending right before {@code cue} (skipping "also", "has", adverbs), or null. */
    Phrase before(int cue, int sentenceBegin) {
        int j = skipVerbPrefixes(cue - 1, sentenceBegin);
        int end = j + 1;
        while (j >= sentenceBegin && end - j <= MAX_PHRASE_TOKENS && isPhraseToken(tokens.get(j), false)) {
            j--;
        }
        int begin = j + 1;
        while (begin < end && tokens.get(begin).isPunctuation()) {
            begin++;
        }
        if (begin >= end) {
            return null;
        }
        // "On Monday the ministry": the phrase starts at its last determiner not governed by "of", "from"…
        for (int d = end - 1; d > begin; d--) {
            if (DETERMINERS.contains(tokens.get(d).lower())
                    && !NOUN_PHRASE_PREPOSITIONS.contains(tokens.get(d - 1).lower())) {
                begin = d;
                break;
            }
        }
        return new Phrase(begin, end);
    }

    /** The noun phrase starting right after {@code cue}, keeping "of", "from", "by" and "for" inside, or null. */
    Phrase after(int cue, int sentenceEnd) {
        int j = cue + 1;
        while (j < sentenceEnd && j - cue <= MAX_PHRASE_TOKENS && isPhraseToken(tokens.get(j), true)) {
            j++;
        }
        while (j > cue + 1 && tokens.get(j - 1).isPunctuation()) {
            j--;
        }
        return j > cue + 1 ? new Phrase(cue + 1, j) : null;
    }

    /**
     * The characters of {@code phrase}, with a closing bracket the chunker left after it when the phrase opened one
     * ("the Ministry of Defense (IMoD)").
     */
    Span span(Phrase phrase) {
        int last = phrase.head();
        long open = 0;
        for (int t = phrase.first(); t <= last; t++) {
            open += tokens.get(t).lower().equals("(")
                    ? 1
                    : tokens.get(t).lower().equals(")") ? -1 : 0;
        }
        if (open > 0 && last + 1 < tokens.size() && tokens.get(last + 1).lower().equals(")")) {
            last++;
        }
        return new Span(tokens.get(phrase.first()).begin(), tokens.get(last).end());
    }

    /** The last token at or before {@code t} that is no verb prefix ({@code sentenceBegin - 1} if none). */
    int skipVerbPrefixes(int t, int sentenceBegin) {
        while (t >= sentenceBegin && isVerbPrefix(tokens.get(t))) {
            t--;
        }
        return t;
    }

    /** "have been criticised", "was also told": a passive auxiliary before the verb and its prefixes. */
    boolean isPassive(int verb, int sentenceBegin) {
        int j = verb - 1;
        while (j >= sentenceBegin
                && isVerbPrefix(tokens.get(j))
                && !PASSIVE_AUXILIARIES.contains(tokens.get(j).lower())) {
            j--;
        }
        return j >= sentenceBegin && PASSIVE_AUXILIARIES.contains(tokens.get(j).lower());
    }

    static boolean isClauseEnd(Token token) {
        return token.isPunctuation() && ".;:!?".contains(token.lower());
    }

    /** An all-capitals word such as WHO or US, which is a name even where its lower case is a function word. */
    boolean isAcronym(Token token) {
        return token.end() - token.begin() > 1
                && text.substring(token.begin(), token.end()).chars().allMatch(Character::isUpperCase);
    }

    /** "also", "has", "still", an adverb in -ly: a word between a subject and its verb. */
    static boolean isVerbPrefix(Token token) {
        return token.isWord()
                && (VERB_PREFIXES.contains(token.lower())
                        || !token.capitalised()
                                && token.lower().length() > 4
                                && token.lower().endsWith("ly"));
    }

    private boolean isPhraseToken(Token token, boolean forwards) {
        if (token.isPunctuation()) {
            return token.lower().equals("(") || token.lower().equals(")");
        }
        return token.isWord()
                && (!PHRASE_BOUNDARIES.contains(token.lower())
                        || isAcronym(token)
                        || forwards && NOUN_PHRASE_PREPOSITIONS.contains(token.lower()));
    }
}
