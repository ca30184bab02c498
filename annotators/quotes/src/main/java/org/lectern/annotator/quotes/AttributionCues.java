package org.lectern.annotator.quotes;

import static org.lectern.annotator.quotes.AttributionVerbs.FRAMING_VERBS;
import static org.lectern.annotator.quotes.AttributionVerbs.HEARER_VERBS;
import static org.lectern.annotator.quotes.AttributionVerbs.REPORTING_VERBS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lectern.annotator.quotes.AttributionTokens.Sentence;
import org.lectern.annotator.quotes.AttributionTokens.Token;
import org.lectern.api.text.Span;

/**
 * The attribution cues of a quote's sentence: reporting verbs ("said", "told", "tweeted"), "according to",
 * a colon right before the quote, framing verbs ("described it as"), in the order they are tried.
 */
final class AttributionCues {

    enum Kind {
        REPORTING,
        ACCORDING,
        COLON,
        FRAMING
    }

    /** A cue at token {@code token}, {@code distance} tokens from the quote, after or before it. */
    record Cue(int token, Kind kind, boolean afterQuote, int distance) {}

    /** A cue before the quote counts as this many tokens farther away than one after it. */
    private static final int LEFT_CUE_PENALTY = 3;
    /** "according to" after a quote attributes it only right after it ("“…,” according to X"), not later. */
    private static final int MAX_ACCORDING_DISTANCE = 4;

    /** Stronger cues first, then nearer ones; a cue before the quote counts as a few tokens farther away. */
    private static final Comparator<Cue> CUE_ORDER = Comparator.comparingInt(
                    (Cue cue) -> cue.kind() == Kind.FRAMING ? 2 : cue.kind() == Kind.COLON ? 1 : 0)
            .thenComparingInt(cue -> cue.distance() + (cue.afterQuote() ? 0 : LEFT_CUE_PENALTY));

    private AttributionCues() {}

    /** The cues of {@code sentence} for the quote at token {@code quoteToken}, best first. */
    static List<Cue> of(AttributionTokens tokens, Sentence sentence, int quoteToken) {
        List<Cue> cues = new ArrayList<>();
        for (int t = sentence.first(); t < sentence.end(); t++) {
            Token token = tokens.get(t);
            boolean after = t > quoteToken;
            int distance = Math.abs(t - quoteToken);
            if (token.isWord()) {
                if (REPORTING_VERBS.contains(token.lower())) {
                    cues.add(new Cue(t, Kind.REPORTING, after, distance));
                } else if (FRAMING_VERBS.contains(token.lower())) {
                    cues.add(new Cue(t, Kind.FRAMING, after, distance));
                } else if (token.lower().equals("according")
                        && t + 1 < sentence.end()
                        && tokens.get(t + 1).lower().equals("to")
                        && (!after || distance <= MAX_ACCORDING_DISTANCE)) {
                    cues.add(new Cue(t + 1, Kind.ACCORDING, after, distance));
                }
            } else if (t == quoteToken - 1 && token.lower().equals(":")) {
                cues.add(new Cue(t, Kind.COLON, false, distance));
            }
        }
        cues.sort(CUE_ORDER);
        return cues;
    }

    /** A reporting verb of an earlier sentence, read as a cue for a quote after it. */
    static Cue reportingVerbAt(int token) {
        return new Cue(token, Kind.REPORTING, true, 0);
    }

    /**
     * The cue as written (PARC's cue): the verb, "according to", the colon; "told" with the hearer that follows it
     * up to an adverb ("told reporters", "told Israelis" of "told Israelis still in Kyiv"), which belongs to the
     * attributing predicate, not the source.
     */
    static Span span(AttributionTokens tokens, SpeakerPhrases phrases, Cue cue) {
        int first = cue.kind() == Kind.ACCORDING ? cue.token() - 1 : cue.token();
        int last = cue.token();
        if (cue.kind() == Kind.REPORTING
                && HEARER_VERBS.contains(tokens.get(cue.token()).lower())) {
            Phrase hearer = phrases.after(
                    cue.token(), tokens.sentenceAround(cue.token()).end());
            for (int t = cue.token() + 1;
                    hearer != null && t < hearer.end() && !SpeakerPhrases.isVerbPrefix(tokens.get(t));
                    t++) {
                last = t;
            }
        }
        return new Span(tokens.get(first).begin(), tokens.get(last).end());
    }
}
