package org.lectern.annotator.quotes;

import static org.lectern.annotator.quotes.AttributionLexicon.DETERMINERS;
import static org.lectern.annotator.quotes.AttributionLexicon.DOCUMENT_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.NOUN_PHRASE_PREPOSITIONS;
import static org.lectern.annotator.quotes.AttributionLexicon.OFFICE_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.ORGANISATION_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.ORGANISATION_PRONOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.PERSONAL_PRONOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.REPRESENTATIVE_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.SPEAKER_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.TITLE_HEADS;
import static org.lectern.annotator.quotes.AttributionLexicon.isPossessive;
import static org.lectern.annotator.quotes.AttributionLexicon.isTitleHead;
import static org.lectern.annotator.quotes.AttributionLexicon.stripPossessive;

import java.util.HashMap;
import java.util.Map;
import org.lectern.annotator.quotes.AttributionTokens.Sentence;

/**
 * The speaker a noun phrase names: a document ("a statement from the ministry", "the readout") its issuing
 * organisation, "X's office" X's office, a name its entity, a pronoun, description or title its antecedent, an
 * unnamed speaker ("a senior official") a short description that "the official" later reuses.
 */
final class PhraseSpeakers {

    /** A document noun without an issuer in its phrase looks this far back for an earlier one. */
    private static final int DOCUMENT_LOOKBACK_TOKENS = 600;

    private final String text;
    private final AttributionTokens tokens;
    private final MentionIndex mentions;
    private final Antecedents antecedents;
    /**
     * Speakers introduced by a noun phrase, by head noun: "the official" reuses "a senior Israeli official",
     * "the spokeswoman" reuses "a BaFin spokeswoman".
     */
    private final Map<String, Speaker> speakersByHead = new HashMap<>();

    PhraseSpeakers(String text, AttributionTokens tokens, MentionIndex mentions, Antecedents antecedents) {
        this.text = text;
        this.tokens = tokens;
        this.mentions = mentions;
        this.antecedents = antecedents;
    }

    /** The speaker {@code phrase} names, or null; {@code previous} is the last quote's speaker. */
    Speaker resolve(Phrase phrase, Speaker previous) {
        int begin = phrase.first();
        int end = phrase.end();
        int head = phrase.head();
        String headWord = tokens.get(head).lower();
        for (int t = begin; t < end; t++) {
            if (mentions.at(t) == null && DOCUMENT_NOUNS.contains(tokens.get(t).lower())) {
                return issuer(phrase, t);
            }
        }
        if (head > begin
                && isPossessive(tokens.get(head - 1).lower())
                && (OFFICE_NOUNS.contains(headWord) || REPRESENTATIVE_NOUNS.contains(headWord))) {
            return principal(begin, head - 1, OFFICE_NOUNS.contains(headWord));
        }
        Mention named = mentions.speakerIn(begin, end);
        if (named != null) {
            Speaker speaker = Speaker.named(named);
            if (mentions.at(head) == null && (SPEAKER_NOUNS.contains(headWord) || isTitleHead(headWord))) {
                speakersByHead.put(headWord, speaker);
            }
            return speaker;
        }
        if (phrase.length() == 1 && PERSONAL_PRONOUNS.contains(headWord)
                || isDefinite(begin) && phrase.length() == 2 && headWord.endsWith("-year-old")) {
            return antecedents.person(begin, true);
        }
        if (phrase.length() == 1 && ORGANISATION_PRONOUNS.contains(headWord)) {
            return antecedents.organisation(begin, previous);
        }
        if (isTitleHead(headWord)) {
            Speaker titled = antecedents.titled(phrase);
            if (titled != null) {
                return titled;
            }
        }
        Speaker introduced = speakersByHead.get(headWord);
        if (isDefinite(begin) && introduced != null) {
            return introduced.isNamed()
                    ? introduced
                    : new Speaker(
                            introduced.name(),
                            null,
                            tokens.get(begin).begin(),
                            tokens.get(head).end());
        }
        boolean demonym = phrase.length() == 2 && tokens.get(head).capitalised() && mentions.at(head) == null;
        boolean knownHead = SPEAKER_NOUNS.contains(headWord) || ORGANISATION_NOUNS.contains(headWord);
        if (isDefinite(begin) && (TITLE_HEADS.contains(headWord) || demonym || !knownHead)) {
            // "the British actor said", "said the American", "the record holder told": the person in focus
            Speaker person = antecedents.person(begin, false);
            if (person != null) {
                return person;
            }
        }
        if (knownHead || TITLE_HEADS.contains(headWord)) {
            if (ORGANISATION_NOUNS.contains(headWord) && isDefinite(begin)) {
                Speaker organisation = antecedents.organisation(begin, previous);
                if (organisation != null) {
                    return organisation;
                }
            }
            return unnamed(phrase, headWord);
        }
        return unrecognisedName(begin, end);
    }

    /** A capitalised name the entities layer missed ("the WHO said"): its last run of capitalised words. */
    private Speaker unrecognisedName(int begin, int end) {
        int last = end - 1;
        while (last >= begin && !tokens.get(last).isCapitalisedWord()) {
            last--;
        }
        int first = last;
        while (first > begin && tokens.get(first - 1).isCapitalisedWord()) {
            first--;
        }
        // a sentence-initial capital alone ("Officials said") is no name
        if (last < begin
                || first == last && first == tokens.sentenceAround(first).first()) {
            return null;
        }
        int nameBegin = tokens.get(first).begin();
        int nameEnd = tokens.get(last).end();
        return new Speaker(text.substring(nameBegin, nameEnd), null, nameBegin, nameEnd);
    }

    private boolean isDefinite(int begin) {
        return tokens.get(begin).lower().equals("the")
                || tokens.get(begin).lower().equals("this");
    }

    /** Words said by a document belong to its issuer: named in the phrase, or at the last such document. */
    private Speaker issuer(Phrase phrase, int documentNoun) {
        Mention fromPhrase = issuerNear(phrase.first(), phrase.end());
        if (fromPhrase != null) {
            return Speaker.named(fromPhrase);
        }
        for (int t = documentNoun - 1; t >= Math.max(0, documentNoun - DOCUMENT_LOOKBACK_TOKENS); t--) {
            if (DOCUMENT_NOUNS.contains(tokens.get(t).lower()) && mentions.at(t) == null) {
                Sentence sentence = tokens.sentenceAround(t);
                Mention earlier = issuerNear(Math.max(sentence.first(), t - 3), Math.min(sentence.end(), t + 8));
                if (earlier != null) {
                    return Speaker.named(earlier);
                }
            }
        }
        return null;
    }

    /** An organisation after "from"/"by"/"of" in the range, else any organisation or person in it. */
    private Mention issuerNear(int begin, int end) {
        Mention any = null;
        for (int t = begin; t < end; t++) {
            Mention mention = mentions.at(t);
            if (mention == null || !(mention.isOrganization() || mention.isPerson())) {
                continue;
            }
            int before = t - 1;
            while (before > begin && DETERMINERS.contains(tokens.get(before).lower())) {
                before--;
            }
            if (mention.isOrganization()
                    && before >= begin
                    && NOUN_PHRASE_PREPOSITIONS.contains(tokens.get(before).lower())) {
                return mention;
            }
            if (any == null) {
                any = mention;
            }
        }
        return any;
    }

    /** "X's office said": X's office (named after X's title where known); "X's spokesman said": X. */
    private Speaker principal(int begin, int possessor, boolean office) {
        Mention holder = mentions.at(possessor);
        Speaker principal = holder != null
                ? Speaker.named(holder)
                : isTitleHead(stripPossessive(tokens.get(possessor).lower()))
                        ? antecedents.titled(new Phrase(begin, possessor + 1))
                        : null;
        if (principal == null || !office) {
            return principal;
        }
        int phraseBegin = holder != null ? possessor : begin;
        if (DETERMINERS.contains(tokens.get(phraseBegin).lower())) {
            phraseBegin++;
        }
        String title = antecedents.titleOf(principal.mention().canonical());
        String name = title != null ? title + "'s Office" : principal.name() + "'s office";
        return new Speaker(
                name,
                null,
                tokens.get(phraseBegin).begin(),
                tokens.get(possessor + 1).end());
    }

    /** "A senior Israeli official" → "senior Israeli official", remembered for a later "the official". */
    private Speaker unnamed(Phrase phrase, String headWord) {
        int begin = phrase.first();
        int descriptionBegin =
                DETERMINERS.contains(tokens.get(begin).lower()) && phrase.length() > 1 ? begin + 1 : begin;
        int phraseEnd = tokens.get(phrase.head()).end();
        String description = text.substring(tokens.get(descriptionBegin).begin(), phraseEnd);
        Speaker speaker = new Speaker(description, null, tokens.get(begin).begin(), phraseEnd);
        if (!isDefinite(begin)) {
            speakersByHead.put(headWord, speaker);
        }
        return speaker;
    }
}
