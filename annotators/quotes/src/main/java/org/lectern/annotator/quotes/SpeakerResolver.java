package org.lectern.annotator.quotes;

import static org.lectern.annotator.quotes.AttributionVerbs.NON_INVERTING_VERBS;
import static org.lectern.annotator.quotes.AttributionVerbs.REPORTING_VERBS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lectern.annotator.quotes.AttributionCues.Cue;
import org.lectern.annotator.quotes.AttributionTokens.Sentence;
import org.lectern.annotator.quotes.QuoteFinder.QuoteSpan;
import org.lectern.api.text.Span;

/**
 * Attributes each quote to a speaker, reading only the text outside quotes:
 * <ol>
 * <li>the {@link AttributionCues cues} of the quote's sentence, best first;</li>
 * <li>the cue's subject ({@link SpeakerPhrases}), read backwards ("X said") or, for reporting verbs, forwards
 * ("said X"), around an inserted clause ("X, the director, said"), or after "by" for a passive verb;</li>
 * <li>that noun phrase resolved to a speaker ({@link PhraseSpeakers}, with {@link Antecedents} for pronouns,
 * descriptions and titles);</li>
 * <li>without any cue, the speaker of a sentence right before that reports someone's words without quoting
 * them, else the speaker of the previous quote when that is at most {@code inheritParagraphs} paragraphs back
 * (continuations always keep it).</li>
 * </ol>
 * A speaker found from a cue keeps the attribution as written ({@link Resolution}: the phrase or name resolved,
 * and the cue); a carried-over speaker has neither.
 */
final class SpeakerResolver {

    private final AttributionTokens tokens;
    private final MentionIndex mentions;
    private final SpeakerPhrases phrases;
    private final PhraseSpeakers phraseSpeakers;

    /** @param mentions sorted by begin */
    SpeakerResolver(String text, AttributionTokens tokens, List<Mention> mentions) {
        this.tokens = tokens;
        this.mentions = new MentionIndex(tokens, mentions);
        this.phrases = new SpeakerPhrases(text, tokens);
        this.phraseSpeakers =
                new PhraseSpeakers(text, tokens, this.mentions, new Antecedents(text, tokens, this.mentions, phrases));
    }

    List<Attribution> attribute(List<QuoteSpan> quotes, int inheritParagraphs) {
        int[] quoteTokens = new int[quotes.size()];
        Arrays.fill(quoteTokens, -1);
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).isQuote()) {
                quoteTokens[tokens.get(t).quote()] = t;
            }
        }
        List<Attribution> attributions = new ArrayList<>(quotes.size());
        Speaker previous = null;
        int previousParagraph = Integer.MIN_VALUE / 2;
        for (int q = 0; q < quotes.size(); q++) {
            int quoteToken = quoteTokens[q];
            if (quoteToken < 0) {
                // a quote the tokens could not place (cannot happen for marks QuoteFinder found): no speaker
                attributions.add(new Attribution(quotes.get(q), null, null, false, null, null));
                continue;
            }
            int sentence = tokens.sentenceOf(quoteToken);
            int paragraph = tokens.paragraphOfSentence(sentence);
            List<Cue> cues = AttributionCues.of(tokens, tokens.sentence(sentence), quoteToken);
            Resolution resolution = null;
            for (int c = 0; c < cues.size() && resolution == null; c++) {
                resolution = resolveCue(cues.get(c), previous);
            }
            if (resolution == null && cues.isEmpty() && !quotes.get(q).continuation()) {
                resolution = introducedBefore(sentence, previous);
            }
            Speaker speaker = resolution == null ? null : resolution.speaker();
            if (speaker == null
                    && previous != null
                    && (quotes.get(q).continuation() || paragraph - previousParagraph <= inheritParagraphs)) {
                speaker = previous;
            }
            if (speaker != null) {
                previous = speaker;
                previousParagraph = paragraph;
            }
            Mention speakerMention =
                    speaker != null && speaker.isNamed() ? speakerMention(speaker, sentence, quoteToken) : null;
            attributions.add(new Attribution(
                    quotes.get(q),
                    speaker,
                    speakerMention,
                    !cues.isEmpty(),
                    resolution == null ? null : resolution.source(),
                    resolution == null ? null : resolution.cue()));
        }
        return attributions;
    }

    /**
     * A quote standing alone after a sentence that reports someone's words without quoting them ("…, said
     * founder Mikhail Khodorkovsky. “…”") belongs to that sentence's speaker.
     */
    private Resolution introducedBefore(int sentence, Speaker previous) {
        if (sentence == 0 || tokens.paragraphOfSentence(sentence) - tokens.paragraphOfSentence(sentence - 1) > 1) {
            return null;
        }
        Sentence before = tokens.sentence(sentence - 1);
        for (int t = before.first(); t < before.end(); t++) {
            if (tokens.get(t).isQuote()) {
                return null;
            }
        }
        for (int t = before.end() - 1; t >= before.first(); t--) {
            if (REPORTING_VERBS.contains(tokens.get(t).lower())) {
                Resolution resolution = resolveCue(AttributionCues.reportingVerbAt(t), previous);
                if (resolution != null) {
                    return resolution;
                }
            }
        }
        return null;
    }

    private Resolution resolveCue(Cue cue, Speaker previous) {
        Resolution resolution = resolveSource(cue, previous);
        return resolution == null ? null : resolution.withCue(AttributionCues.span(tokens, phrases, cue));
    }

    private Resolution resolveSource(Cue cue, Speaker previous) {
        Sentence sentence = tokens.sentenceAround(cue.token());
        if (cue.kind() == AttributionCues.Kind.ACCORDING) {
            return resolve(phrases.after(cue.token(), sentence.end()), previous);
        }
        if (phrases.isPassive(cue.token(), sentence.first())) {
            // "France have been criticised for …": the subject is the target; the speaker follows "by", if anywhere
            return agent(cue.token(), sentence.end());
        }
        Phrase before = phrases.before(cue.token(), sentence.first());
        Resolution resolution = before == null
                ? resolveAroundInsertion(cue.token(), sentence.first(), previous)
                : resolve(before, previous);
        if (resolution == null
                && cue.kind() == AttributionCues.Kind.REPORTING
                && !NON_INVERTING_VERBS.contains(tokens.get(cue.token()).lower())) {
            resolution = resolve(phrases.after(cue.token(), sentence.end()), previous);
        }
        if (resolution == null && cue.kind() == AttributionCues.Kind.COLON) {
            // "Johansson was more restrained in his assessment: “…”": the first name of the introducing clause
            resolution = named(mentions.firstPersonOrOrganisation(sentence.first(), cue.token()));
        }
        return resolution;
    }

    /** The speaker {@code phrase} names, with the phrase as the source; null for no phrase or no speaker. */
    private Resolution resolve(Phrase phrase, Speaker previous) {
        if (phrase == null) {
            return null;
        }
        return Resolution.of(phraseSpeakers.resolve(phrase, previous), phrases.span(phrase));
    }

    private static Resolution named(Mention mention) {
        return mention == null ? null : Resolution.of(Speaker.named(mention), new Span(mention.begin(), mention.end()));
    }

    /** The first person or organisation named after "by" in the rest of the clause of a passive verb. */
    private Resolution agent(int verb, int sentenceEnd) {
        int by = verb + 1;
        while (by < sentenceEnd
                && !tokens.get(by).lower().equals("by")
                && !SpeakerPhrases.isClauseEnd(tokens.get(by))) {
            by++;
        }
        if (by >= sentenceEnd || !tokens.get(by).lower().equals("by")) {
            return null;
        }
        int clauseEnd = by + 1;
        while (clauseEnd < sentenceEnd && !SpeakerPhrases.isClauseEnd(tokens.get(clauseEnd))) {
            clauseEnd++;
        }
        return named(mentions.firstPersonOrOrganisation(by + 1, clauseEnd));
    }

    /**
     * "Gere, who presents the award, said", "Craig Prater, the director, said", "the chairwoman, Meredith
     * Hellicar, said": the subject before the inserted clause, unless the insertion is itself a person's name.
     */
    private Resolution resolveAroundInsertion(int cue, int sentenceBegin, Speaker previous) {
        int closing = phrases.skipVerbPrefixes(cue - 1, sentenceBegin);
        if (closing <= sentenceBegin || !tokens.get(closing).lower().equals(",")) {
            return null;
        }
        int opening = -1;
        for (int k = closing - 1; k > sentenceBegin && closing - k <= SpeakerPhrases.MAX_PHRASE_TOKENS + 4; k--) {
            if (tokens.get(k).isQuote()) {
                break;
            }
            if (tokens.get(k).lower().equals(",")) {
                opening = k;
                break;
            }
        }
        if (opening < 0) {
            return null;
        }
        Mention inserted = mentions.at(closing - 1);
        if (inserted != null && inserted.isPerson()) {
            return named(inserted);
        }
        Resolution subject = resolve(phrases.before(opening, sentenceBegin), previous);
        return subject != null ? subject : resolve(phrases.before(closing, opening + 1), previous);
    }

    /**
     * The mention reported as speakerMention: the speaker's mention in the attributing sentence (the resolved
     * one first), else the nearest preceding mention of the same speaker, else the nearest following.
     */
    private Mention speakerMention(Speaker speaker, int sentence, int quoteToken) {
        Sentence range = tokens.sentence(sentence);
        int sentenceBegin = tokens.get(range.first()).begin();
        int sentenceEnd = tokens.get(range.end() - 1).end();
        Mention resolved = speaker.mention();
        if (resolved.begin() >= sentenceBegin && resolved.end() <= sentenceEnd) {
            return resolved;
        }
        String canonical = resolved.canonical();
        int quoteBegin = tokens.get(quoteToken).begin();
        Mention preceding = null;
        for (Mention mention : mentions.outsideQuotes()) {
            if (!mention.canonical().equals(canonical)) {
                continue;
            }
            if (mention.begin() >= sentenceBegin && mention.end() <= sentenceEnd) {
                return mention;
            }
            if (mention.begin() < quoteBegin) {
                preceding = mention;
            } else if (preceding == null) {
                return mention;
            }
        }
        return preceding != null ? preceding : resolved;
    }
}
