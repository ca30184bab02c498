package org.lectern.annotator.quotes;

import static org.lectern.annotator.quotes.AttributionLexicon.DETERMINERS;
import static org.lectern.annotator.quotes.AttributionLexicon.FEMALE_HONORIFICS;
import static org.lectern.annotator.quotes.AttributionLexicon.MALE_HONORIFICS;
import static org.lectern.annotator.quotes.AttributionLexicon.TITLE_HEADS;
import static org.lectern.annotator.quotes.AttributionLexicon.TITLE_SYNONYMS;
import static org.lectern.annotator.quotes.AttributionLexicon.isPossessive;
import static org.lectern.annotator.quotes.AttributionLexicon.isTitleHead;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.lectern.annotator.quotes.AttributionTokens.Sentence;

/**
 * Coreference for attribution: what a pronoun ("he", "it"), a description ("the American") or a title ("the
 * prime minister") points back to, and the title a person is introduced with.
 */
final class Antecedents {

    /** A pronoun looks for its person this many sentences back at most. */
    private static final int ANTECEDENT_SENTENCES = 6;
    /** Title words stand at most this many tokens before the name they introduce. */
    private static final int TITLE_WINDOW = 5;

    private final String text;
    private final AttributionTokens tokens;
    private final MentionIndex mentions;
    private final SpeakerPhrases phrases;
    private final Map<Mention, Set<String>> titleWindows = new HashMap<>();

    Antecedents(String text, AttributionTokens tokens, MentionIndex mentions, SpeakerPhrases phrases) {
        this.text = text;
        this.tokens = tokens;
        this.mentions = mentions;
        this.phrases = phrases;
    }

    /**
     * "he"/"she": the first person (or resolvable title) of the nearest sentence naming one (this one first
     * unless {@code sameSentence} is false: a description such as "the American" does not point back into its
     * own sentence);
     * possessives ("Mr Prater's sentiments") only where the sentence names no other person, and never a person
     * whose honorific (Mr, Ms) contradicts the pronoun.
     */
    Speaker person(int pronoun, boolean sameSentence) {
        String pronounWord = tokens.get(pronoun).lower();
        int sentence = tokens.sentenceOf(pronoun);
        for (int s = sameSentence ? sentence : sentence - 1; s >= Math.max(0, sentence - ANTECEDENT_SENTENCES); s--) {
            Sentence range = tokens.sentence(s);
            int end = s == sentence ? pronoun : range.end();
            Mention possessive = null;
            for (int t = range.first(); t < end; t++) {
                Mention mention = mentions.at(t);
                if (mention != null
                        && mention.isPerson()
                        && (t == 0 || mentions.at(t - 1) != mention)
                        && agrees(pronounWord, t)) {
                    int last = t;
                    while (last + 1 < end && mentions.at(last + 1) == mention) {
                        last++;
                    }
                    if (!isPossessive(tokens.get(last).lower())) {
                        return Speaker.named(mention);
                    }
                    possessive = possessive == null ? mention : possessive;
                }
                if (mention == null && isTitleHead(tokens.get(t).lower()) && !startsName(t + 1, end)) {
                    Phrase title = phrases.before(t + 1, range.first());
                    Speaker titled = title == null ? null : titled(title);
                    if (titled != null) {
                        return titled;
                    }
                }
            }
            if (possessive != null) {
                return Speaker.named(possessive);
            }
        }
        return null;
    }

    /** "it"/"they": the previous speaker if an organisation or unnamed, else the nearest organisation before. */
    Speaker organisation(int pronoun, Speaker previous) {
        if (previous != null
                && (!previous.isNamed()
                        || Mention.ORGANIZATION.equals(previous.mention().type()))) {
            return previous;
        }
        Mention nearest = mentions.organisationBefore(tokens.get(pronoun).begin());
        return nearest == null ? null : Speaker.named(nearest);
    }

    /**
     * A title ("the prime minister", "Russia's deputy foreign minister") resolved to the person whose mention
     * is preceded by the same title words: most title words matched, then a preceding mention before a
     * following one, nearer before farther.
     */
    Speaker titled(Phrase title) {
        Set<String> titleWords = new HashSet<>();
        for (int t = title.first(); t < title.end(); t++) {
            String word = tokens.get(t).lower();
            if (mentions.at(t) == null && !DETERMINERS.contains(word) && !isPossessive(word)) {
                titleWords.addAll(TITLE_SYNONYMS.getOrDefault(word, Set.of(word)));
            }
        }
        String head = tokens.get(title.head()).lower();
        Set<String> headWords = TITLE_SYNONYMS.getOrDefault(head, Set.of(head));
        int position = tokens.get(title.first()).begin();
        Mention best = null;
        long bestScore = Long.MIN_VALUE;
        for (Mention mention : mentions.outsideQuotes()) {
            if (!mention.isPerson()) {
                continue;
            }
            Set<String> window = titleWindows.computeIfAbsent(mention, this::titleWindow);
            if (!window.containsAll(headWords)) {
                continue;
            }
            long matched = titleWords.stream().filter(window::contains).count();
            boolean preceding = mention.begin() < position;
            long score = matched * 10_000_000L + (preceding ? 5_000_000L : 0) - Math.abs(mention.begin() - position);
            if (score > bestScore) {
                bestScore = score;
                best = mention;
            }
        }
        return best == null ? null : Speaker.named(best);
    }

    /** The capitalised title a person is introduced with ("Israeli Prime Minister" Naftali Bennett), or null. */
    String titleOf(String canonical) {
        for (Mention mention : mentions.outsideQuotes()) {
            if (!mention.canonical().equals(canonical)) {
                continue;
            }
            int first = tokens.tokenAtOrAfter(mention.begin());
            int t = first - 1;
            boolean hasTitle = false;
            while (t >= 0 && first - t <= TITLE_WINDOW && tokens.get(t).isCapitalisedWord() && mentions.at(t) == null) {
                hasTitle |= TITLE_HEADS.contains(tokens.get(t).lower());
                t--;
            }
            if (hasTitle) {
                return text.substring(
                        tokens.get(t + 1).begin(), tokens.get(first - 1).end());
            }
        }
        return null;
    }

    /** Lower-cased words right before a mention, up to the previous punctuation or name. */
    private Set<String> titleWindow(Mention mention) {
        Set<String> window = new HashSet<>();
        int first = tokens.tokenAtOrAfter(mention.begin());
        for (int t = first - 1;
                t >= 0 && first - t <= TITLE_WINDOW && tokens.get(t).isWord() && mentions.at(t) == null;
                t--) {
            window.add(tokens.get(t).lower());
        }
        return window;
    }

    /** Whether the honorific before the mention starting at {@code first} fits the pronoun. */
    private boolean agrees(String pronoun, int first) {
        if (first == 0) {
            return true;
        }
        String honorific = tokens.get(first - 1).lower();
        return !(pronoun.equals("she") && MALE_HONORIFICS.contains(honorific)
                || pronoun.equals("he") && FEMALE_HONORIFICS.contains(honorific));
    }

    private boolean startsName(int t, int end) {
        return t < end
                && tokens.get(t).isWord()
                && (mentions.at(t) != null || tokens.get(t).capitalised());
    }
}
