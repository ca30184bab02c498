package org.lectern.annotator.quotes;

import static org.lectern.annotator.quotes.AttributionLexicon.DETERMINERS;
import static org.lectern.annotator.quotes.AttributionLexicon.DOCUMENT_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.FRAMING_VERBS;
import static org.lectern.annotator.quotes.AttributionLexicon.NON_INVERTING_VERBS;
import static org.lectern.annotator.quotes.AttributionLexicon.NOUN_PHRASE_PREPOSITIONS;
import static org.lectern.annotator.quotes.AttributionLexicon.OFFICE_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.ORGANISATION_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.ORGANISATION_PRONOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.PERSONAL_PRONOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.PHRASE_BOUNDARIES;
import static org.lectern.annotator.quotes.AttributionLexicon.REPORTING_VERBS;
import static org.lectern.annotator.quotes.AttributionLexicon.REPRESENTATIVE_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.SPEAKER_NOUNS;
import static org.lectern.annotator.quotes.AttributionLexicon.TITLE_HEADS;
import static org.lectern.annotator.quotes.AttributionLexicon.TITLE_SYNONYMS;
import static org.lectern.annotator.quotes.AttributionLexicon.VERB_PREFIXES;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lectern.annotator.quotes.DocumentTokens.Kind;
import org.lectern.annotator.quotes.DocumentTokens.Token;
import org.lectern.annotator.quotes.QuoteFinder.QuoteSpan;

/**
 * Attributes each quote to a speaker, reading only the text outside quotes:
 * <ol>
 * <li>cues in the quote's sentence, reporting verbs ("said", "told", "tweeted") and "according to" and colon
 * introductions before framing verbs ("described it as", "condemned … as"); cues after the quote before cues
 * before it, nearer before farther;</li>
 * <li>the cue's subject, read backwards ("X said") or, for reporting verbs, forwards ("said X");</li>
 * <li>that noun phrase resolved: a document ("a statement from the ministry", "the readout") to its issuing
 * organisation, "X's office" to X's office, a name to its entity, "he"/"she" to the first person of the
 * nearest sentence that names one, a title ("the prime minister") to the person introduced with it, an
 * unnamed speaker ("a senior official") to a short description that "the official" later reuses;</li>
 * <li>without any cue, the quote keeps the speaker of the previous quote when that is at most
 * {@code inheritParagraphs} paragraphs back (continuations always do).</li>
 * </ol>
 */
final class SpeakerResolver {

    /**
     * A resolved speaker. Named speakers have {@code mention} (the entity that identified them); unnamed ones
     * a description and the span of the noun phrase the attribution uses.
     */
    record Speaker(String name, Mention mention, int phraseBegin, int phraseEnd) {

        static Speaker named(Mention mention) {
            return new Speaker(mention.canonical(), mention, -1, -1);
        }

        boolean isNamed() {
            return mention != null;
        }
    }

    /** A quote, its speaker (null if none found) and whether its sentence has any attribution cue. */
    record Attribution(QuoteSpan quote, Speaker speaker, Mention speakerMention, boolean cued) {}

    private enum CueKind {
        REPORTING,
        ACCORDING,
        COLON,
        FRAMING
    }

    private record Cue(int token, CueKind kind, boolean afterQuote, int distance) {}

    private static final int LEFT_CUE_PENALTY = 3;

    /** Stronger cues first, then nearer ones; a cue before the quote counts as a few tokens farther away. */
    private static final Comparator<Cue> CUE_ORDER = Comparator.comparingInt(
                    (Cue cue) -> cue.kind() == CueKind.FRAMING ? 2 : cue.kind() == CueKind.COLON ? 1 : 0)
            .thenComparingInt(cue -> cue.distance() + (cue.afterQuote() ? 0 : LEFT_CUE_PENALTY));

    private static final int ANTECEDENT_SENTENCES = 6;
    private static final Set<String> PASSIVE_AUXILIARIES =
            Set.of("been", "being", "be", "was", "were", "is", "are", "got", "gets", "get");
    private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady");
    /** "according to" after a quote attributes it only right after it ("“…,” according to X"), not later. */
    private static final int MAX_ACCORDING_DISTANCE = 4;

    private static final int MAX_PHRASE_TOKENS = 12;
    private static final int TITLE_WINDOW = 5;
    private static final int DOCUMENT_LOOKBACK_TOKENS = 600;

    private final String text;
    private final DocumentTokens document;
    private final List<Token> tokens;
    private final Mention[] mentionOfToken;
    private final List<Mention> mentionsOutsideQuotes = new ArrayList<>();
    private final Map<Mention, Set<String>> titleWindows = new HashMap<>();
    /**
     * Speakers introduced by a noun phrase, by head noun: "the official" reuses "a senior Israeli official",
     * "the spokeswoman" reuses "a BaFin spokeswoman".
     */
    private final Map<String, Speaker> speakersByHead = new HashMap<>();

    SpeakerResolver(String text, DocumentTokens document, List<Mention> mentions) {
        this.text = text;
        this.document = document;
        this.tokens = document.tokens;
        this.mentionOfToken = new Mention[tokens.size()];
        for (Mention mention : mentions) {
            int t = document.tokenAtOrAfter(mention.begin());
            if (t < tokens.size()
                    && tokens.get(t).kind() == Kind.QUOTE
                    && tokens.get(t).begin() <= mention.begin()) {
                continue;
            }
            mentionsOutsideQuotes.add(mention);
            for (; t < tokens.size() && tokens.get(t).begin() < mention.end(); t++) {
                if (tokens.get(t).kind() == Kind.WORD && mentionOfToken[t] == null) {
                    mentionOfToken[t] = mention;
                }
            }
        }
    }

    List<Attribution> attribute(List<QuoteSpan> quotes, int inheritParagraphs) {
        int[] quoteTokens = new int[quotes.size()];
        Arrays.fill(quoteTokens, -1);
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).kind() == Kind.QUOTE) {
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
                attributions.add(new Attribution(quotes.get(q), null, null, false));
                continue;
            }
            int sentence = document.sentenceOf(quoteToken);
            int paragraph = document.paragraphOfSentence(sentence);
            List<Cue> cues = cues(sentence, quoteToken);
            Speaker speaker = null;
            for (int c = 0; c < cues.size() && speaker == null; c++) {
                speaker = resolveCue(cues.get(c), previous);
            }
            if (speaker == null && cues.isEmpty() && !quotes.get(q).continuation()) {
                speaker = introducedBefore(sentence, previous);
            }
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
            attributions.add(new Attribution(quotes.get(q), speaker, speakerMention, !cues.isEmpty()));
        }
        return attributions;
    }

    /**
     * A quote standing alone after a sentence that reports someone's words without quoting them ("…, said
     * founder Mikhail Khodorkovsky. “…”") belongs to that sentence's speaker.
     */
    private Speaker introducedBefore(int sentence, Speaker previous) {
        if (sentence == 0 || document.paragraphOfSentence(sentence) - document.paragraphOfSentence(sentence - 1) > 1) {
            return null;
        }
        int[] range = document.sentences.get(sentence - 1);
        for (int t = range[0]; t < range[1]; t++) {
            if (tokens.get(t).kind() == Kind.QUOTE) {
                return null;
            }
        }
        for (int t = range[1] - 1; t >= range[0]; t--) {
            if (REPORTING_VERBS.contains(tokens.get(t).lower())) {
                Speaker speaker = resolveCue(new Cue(t, CueKind.REPORTING, true, 0), previous);
                if (speaker != null) {
                    return speaker;
                }
            }
        }
        return null;
    }

    private List<Cue> cues(int sentence, int quoteToken) {
        int[] range = document.sentences.get(sentence);
        List<Cue> cues = new ArrayList<>();
        for (int t = range[0]; t < range[1]; t++) {
            Token token = tokens.get(t);
            boolean after = t > quoteToken;
            int distance = Math.abs(t - quoteToken);
            if (token.kind() == Kind.WORD) {
                if (REPORTING_VERBS.contains(token.lower())) {
                    cues.add(new Cue(t, CueKind.REPORTING, after, distance));
                } else if (FRAMING_VERBS.contains(token.lower())) {
                    cues.add(new Cue(t, CueKind.FRAMING, after, distance));
                } else if (token.lower().equals("according")
                        && t + 1 < range[1]
                        && tokens.get(t + 1).lower().equals("to")
                        && (!after || distance <= MAX_ACCORDING_DISTANCE)) {
                    cues.add(new Cue(t + 1, CueKind.ACCORDING, after, distance));
                }
            } else if (t == quoteToken - 1 && token.lower().equals(":")) {
                cues.add(new Cue(t, CueKind.COLON, false, distance));
            }
        }
        cues.sort(CUE_ORDER);
        return cues;
    }

    private Speaker resolveCue(Cue cue, Speaker previous) {
        int[] sentence = document.sentences.get(document.sentenceOf(cue.token()));
        if (cue.kind() == CueKind.ACCORDING) {
            int[] phrase = phraseAfter(cue.token(), sentence[1]);
            return phrase == null ? null : resolvePhrase(phrase, previous);
        }
        if (isPassive(cue.token(), sentence[0])) {
            // "France have been criticised for …": the subject is the target; the speaker follows "by", if anywhere
            return agent(cue.token(), sentence[1]);
        }
        int[] before = phraseBefore(cue.token(), sentence[0]);
        Speaker speaker = before == null
                ? resolveAroundInsertion(cue.token(), sentence[0], previous)
                : resolvePhrase(before, previous);
        if (speaker == null
                && cue.kind() == CueKind.REPORTING
                && !NON_INVERTING_VERBS.contains(tokens.get(cue.token()).lower())) {
            int[] after = phraseAfter(cue.token(), sentence[1]);
            speaker = after == null ? null : resolvePhrase(after, previous);
        }
        if (speaker == null && cue.kind() == CueKind.COLON) {
            speaker = clauseSubject(sentence[0], cue.token());
        }
        return speaker;
    }

    /** "Johansson was more restrained in his assessment: “…”": the first name of the introducing clause. */
    private Speaker clauseSubject(int begin, int colon) {
        for (int t = begin; t < colon; t++) {
            Mention mention = mentionOfToken[t];
            if (mention != null && (mention.isPerson() || mention.isOrganization())) {
                return Speaker.named(mention);
            }
        }
        return null;
    }

    /** The first person or organisation named after "by" in the rest of the clause of a passive verb. */
    private Speaker agent(int verb, int sentenceEnd) {
        int by = verb + 1;
        while (by < sentenceEnd && !tokens.get(by).lower().equals("by") && !isClauseEnd(tokens.get(by))) {
            by++;
        }
        for (int t = by + 1;
                t < sentenceEnd
                        && by < sentenceEnd
                        && tokens.get(by).lower().equals("by")
                        && !isClauseEnd(tokens.get(t));
                t++) {
            Mention mention = mentionOfToken[t];
            if (mention != null && (mention.isPerson() || mention.isOrganization())) {
                return Speaker.named(mention);
            }
        }
        return null;
    }

    private static boolean isClauseEnd(Token token) {
        return token.kind() == Kind.PUNCT && ".;:!?".contains(token.lower());
    }

    private boolean isPassive(int verb, int sentenceBegin) {
        int j = verb - 1;
        while (j >= sentenceBegin
                && isVerbPrefix(tokens.get(j))
                && !PASSIVE_AUXILIARIES.contains(tokens.get(j).lower())) {
            j--;
        }
        return j >= sentenceBegin && PASSIVE_AUXILIARIES.contains(tokens.get(j).lower());
    }

    /** The noun phrase ending right before {@code cue} (skipping "also", "has", adverbs), as token range. */
    private int[] phraseBefore(int cue, int sentenceBegin) {
        int j = cue - 1;
        while (j >= sentenceBegin && isVerbPrefix(tokens.get(j))) {
            j--;
        }
        int end = j + 1;
        while (j >= sentenceBegin && end - j <= MAX_PHRASE_TOKENS && isPhraseToken(tokens.get(j), false)) {
            j--;
        }
        int begin = j + 1;
        while (begin < end && tokens.get(begin).kind() == Kind.PUNCT) {
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
        return new int[] {begin, end};
    }

    /**
     * "Gere, who presents the award, said", "Craig Prater, the director, said", "the chairwoman, Meredith
     * Hellicar, said": the subject before the inserted clause, unless the insertion is itself a person's name.
     */
    private Speaker resolveAroundInsertion(int cue, int sentenceBegin, Speaker previous) {
        int closing = cue - 1;
        while (closing >= sentenceBegin && isVerbPrefix(tokens.get(closing))) {
            closing--;
        }
        if (closing <= sentenceBegin || !tokens.get(closing).lower().equals(",")) {
            return null;
        }
        int opening = -1;
        for (int k = closing - 1; k > sentenceBegin && closing - k <= MAX_PHRASE_TOKENS + 4; k--) {
            if (tokens.get(k).kind() == Kind.QUOTE) {
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
        Mention inserted = mentionOfToken[closing - 1];
        if (inserted != null && inserted.isPerson()) {
            return Speaker.named(inserted);
        }
        int[] subject = phraseBefore(opening, sentenceBegin);
        Speaker speaker = subject == null ? null : resolvePhrase(subject, previous);
        if (speaker == null) {
            int[] insertion = phraseBefore(closing, opening + 1);
            speaker = insertion == null ? null : resolvePhrase(insertion, previous);
        }
        return speaker;
    }

    /** The noun phrase starting right after {@code cue}, keeping "of", "from", "by" and "for" inside. */
    private int[] phraseAfter(int cue, int sentenceEnd) {
        int j = cue + 1;
        while (j < sentenceEnd && j - cue <= MAX_PHRASE_TOKENS && isPhraseToken(tokens.get(j), true)) {
            j++;
        }
        while (j > cue + 1 && tokens.get(j - 1).kind() == Kind.PUNCT) {
            j--;
        }
        return j > cue + 1 ? new int[] {cue + 1, j} : null;
    }

    private static boolean isVerbPrefix(Token token) {
        return token.kind() == Kind.WORD
                && (VERB_PREFIXES.contains(token.lower())
                        || !token.capitalised()
                                && token.lower().length() > 4
                                && token.lower().endsWith("ly"));
    }

    private boolean isPhraseToken(Token token, boolean forwards) {
        if (token.kind() == Kind.PUNCT) {
            return token.lower().equals("(") || token.lower().equals(")");
        }
        return token.kind() == Kind.WORD
                && (!PHRASE_BOUNDARIES.contains(token.lower())
                        || isAcronym(token)
                        || forwards && NOUN_PHRASE_PREPOSITIONS.contains(token.lower()));
    }

    private Speaker resolvePhrase(int[] phrase, Speaker previous) {
        int begin = phrase[0];
        int end = phrase[1];
        int head = end - 1;
        String headWord = tokens.get(head).lower();
        for (int t = begin; t < end; t++) {
            if (mentionOfToken[t] == null
                    && DOCUMENT_NOUNS.contains(tokens.get(t).lower())) {
                return issuer(begin, end, t);
            }
        }
        if (head > begin
                && isPossessive(tokens.get(head - 1))
                && (OFFICE_NOUNS.contains(headWord) || REPRESENTATIVE_NOUNS.contains(headWord))) {
            return principal(begin, head - 1, OFFICE_NOUNS.contains(headWord));
        }
        Mention named = speakerMentionIn(begin, end);
        if (named != null) {
            Speaker speaker = Speaker.named(named);
            if (mentionOfToken[head] == null && (SPEAKER_NOUNS.contains(headWord) || isTitleHead(headWord))) {
                speakersByHead.put(headWord, speaker);
            }
            return speaker;
        }
        if (end - begin == 1 && PERSONAL_PRONOUNS.contains(headWord)
                || isDefinite(begin) && end - begin == 2 && headWord.endsWith("-year-old")) {
            return personAntecedent(begin, true);
        }
        if (end - begin == 1 && ORGANISATION_PRONOUNS.contains(headWord)) {
            return organisationAntecedent(begin, previous);
        }
        if (isTitleHead(headWord)) {
            Speaker titled = resolveTitle(begin, end);
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
        boolean demonym = end - begin == 2 && tokens.get(head).capitalised() && mentionOfToken[head] == null;
        boolean knownHead = SPEAKER_NOUNS.contains(headWord) || ORGANISATION_NOUNS.contains(headWord);
        if (isDefinite(begin) && (TITLE_HEADS.contains(headWord) || demonym || !knownHead)) {
            // "the British actor said", "said the American", "the record holder told": the person in focus
            Speaker person = personAntecedent(begin, false);
            if (person != null) {
                return person;
            }
        }
        if (knownHead || TITLE_HEADS.contains(headWord)) {
            if (ORGANISATION_NOUNS.contains(headWord) && isDefinite(begin)) {
                Speaker organisation = organisationAntecedent(begin, previous);
                if (organisation != null) {
                    return organisation;
                }
            }
            return unnamed(begin, end, headWord);
        }
        return unrecognisedName(begin, end);
    }

    /** A capitalised name the entities layer missed ("the WHO said"): its last run of capitalised words. */
    private Speaker unrecognisedName(int begin, int end) {
        int last = end - 1;
        while (last >= begin
                && !(tokens.get(last).kind() == Kind.WORD && tokens.get(last).capitalised())) {
            last--;
        }
        int first = last;
        while (first > begin
                && tokens.get(first - 1).kind() == Kind.WORD
                && tokens.get(first - 1).capitalised()) {
            first--;
        }
        // a sentence-initial capital alone ("Officials said") is no name
        if (last < begin || first == last && first == document.sentences.get(document.sentenceOf(first))[0]) {
            return null;
        }
        return new Speaker(
                text.substring(tokens.get(first).begin(), tokens.get(last).end()),
                null,
                tokens.get(first).begin(),
                tokens.get(last).end());
    }

    private boolean isDefinite(int begin) {
        return tokens.get(begin).lower().equals("the")
                || tokens.get(begin).lower().equals("this");
    }

    /** An all-capitals word such as WHO or US, which is a name even where its lower case is a function word. */
    private boolean isAcronym(Token token) {
        return token.end() - token.begin() > 1
                && text.substring(token.begin(), token.end()).chars().allMatch(Character::isUpperCase);
    }

    /**
     * The last person in the phrase, else its last name of unknown type (capitalised-name fallback), else the
     * last organisation, else its last name of any kind ("Pentagon spokesperson John Kirby" → John Kirby).
     */
    private Mention speakerMentionIn(int begin, int end) {
        Mention person = null;
        Mention unknown = null;
        Mention organisation = null;
        Mention any = null;
        for (int t = begin; t < end; t++) {
            Mention mention = mentionOfToken[t];
            if (mention != null) {
                any = mention;
                if (mention.type() == null) {
                    unknown = mention;
                } else if (Mention.PERSON.equals(mention.type())) {
                    person = mention;
                } else if (Mention.ORGANIZATION.equals(mention.type())) {
                    organisation = mention;
                }
            }
        }
        return person != null ? person : unknown != null ? unknown : organisation != null ? organisation : any;
    }

    /** Words said by a document belong to its issuer: named in the phrase, or at the last such document. */
    private Speaker issuer(int begin, int end, int documentNoun) {
        Mention fromPhrase = issuerNear(begin, end);
        if (fromPhrase != null) {
            return Speaker.named(fromPhrase);
        }
        for (int t = documentNoun - 1; t >= Math.max(0, documentNoun - DOCUMENT_LOOKBACK_TOKENS); t--) {
            if (DOCUMENT_NOUNS.contains(tokens.get(t).lower()) && mentionOfToken[t] == null) {
                int[] sentence = document.sentences.get(document.sentenceOf(t));
                Mention earlier = issuerNear(Math.max(sentence[0], t - 3), Math.min(sentence[1], t + 8));
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
            Mention mention = mentionOfToken[t];
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
        Mention holder = mentionOfToken[possessor];
        Speaker principal = holder != null
                ? Speaker.named(holder)
                : isTitleHead(stripPossessive(tokens.get(possessor).lower()))
                        ? resolveTitle(begin, possessor + 1)
                        : null;
        if (principal == null || !office) {
            return principal;
        }
        int phraseBegin = holder != null ? possessor : begin;
        if (DETERMINERS.contains(tokens.get(phraseBegin).lower())) {
            phraseBegin++;
        }
        String title = titleOf(principal.mention().canonical());
        String name = title != null ? title + "'s Office" : principal.name() + "'s office";
        return new Speaker(
                name,
                null,
                tokens.get(phraseBegin).begin(),
                tokens.get(possessor + 1).end());
    }

    /** The capitalised title a person is introduced with ("Israeli Prime Minister" Naftali Bennett). */
    private String titleOf(String canonical) {
        for (Mention mention : mentionsOutsideQuotes) {
            if (!mention.canonical().equals(canonical)) {
                continue;
            }
            int first = document.tokenAtOrAfter(mention.begin());
            int t = first - 1;
            boolean hasTitle = false;
            while (t >= 0
                    && first - t <= TITLE_WINDOW
                    && tokens.get(t).kind() == Kind.WORD
                    && tokens.get(t).capitalised()
                    && mentionOfToken[t] == null) {
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

    /**
     * A title ("the prime minister", "Russia's deputy foreign minister") resolved to the person whose mention
     * is preceded by the same title words: most title words matched, then a preceding mention before a
     * following one, nearer before farther.
     */
    private Speaker resolveTitle(int begin, int end) {
        Set<String> titleWords = new HashSet<>();
        for (int t = begin; t < end; t++) {
            String word = tokens.get(t).lower();
            if (mentionOfToken[t] == null && !DETERMINERS.contains(word) && !isPossessive(tokens.get(t))) {
                titleWords.addAll(TITLE_SYNONYMS.getOrDefault(word, Set.of(word)));
            }
        }
        String head = tokens.get(end - 1).lower();
        Set<String> headWords = TITLE_SYNONYMS.getOrDefault(head, Set.of(head));
        int position = tokens.get(begin).begin();
        Mention best = null;
        long bestScore = Long.MIN_VALUE;
        for (Mention mention : mentionsOutsideQuotes) {
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

    /** Lower-cased words right before a mention, up to the previous punctuation or name. */
    private Set<String> titleWindow(Mention mention) {
        Set<String> window = new HashSet<>();
        int first = document.tokenAtOrAfter(mention.begin());
        for (int t = first - 1;
                t >= 0 && first - t <= TITLE_WINDOW && tokens.get(t).kind() == Kind.WORD && mentionOfToken[t] == null;
                t--) {
            window.add(tokens.get(t).lower());
        }
        return window;
    }

    /**
     * "he"/"she": the first person (or resolvable title) of the nearest sentence naming one (this one first
     * unless {@code sameSentence} is false: a description such as "the American" does not point back into its
     * own sentence);
     * possessives ("Mr Prater's sentiments") only where the sentence names no other person, and never a person
     * whose honorific (Mr, Ms) contradicts the pronoun.
     */
    private Speaker personAntecedent(int pronoun, boolean sameSentence) {
        String pronounWord = tokens.get(pronoun).lower();
        int sentence = document.sentenceOf(pronoun);
        for (int s = sameSentence ? sentence : sentence - 1; s >= Math.max(0, sentence - ANTECEDENT_SENTENCES); s--) {
            int[] range = document.sentences.get(s);
            int end = s == sentence ? pronoun : range[1];
            Mention possessive = null;
            for (int t = range[0]; t < end; t++) {
                Mention mention = mentionOfToken[t];
                if (mention != null
                        && mention.isPerson()
                        && (t == 0 || mentionOfToken[t - 1] != mention)
                        && agrees(pronounWord, t)) {
                    int last = t;
                    while (last + 1 < end && mentionOfToken[last + 1] == mention) {
                        last++;
                    }
                    if (!isPossessive(tokens.get(last))) {
                        return Speaker.named(mention);
                    }
                    possessive = possessive == null ? mention : possessive;
                }
                if (mention == null && isTitleHead(tokens.get(t).lower()) && !startsName(t + 1, end)) {
                    int[] title = phraseBefore(t + 1, range[0]);
                    Speaker titled = title == null ? null : resolveTitle(title[0], title[1]);
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
                && tokens.get(t).kind() == Kind.WORD
                && (mentionOfToken[t] != null || tokens.get(t).capitalised());
    }

    /** "it"/"they": the previous speaker if an organisation or unnamed, else the nearest organisation before. */
    private Speaker organisationAntecedent(int pronoun, Speaker previous) {
        if (previous != null
                && (!previous.isNamed()
                        || Mention.ORGANIZATION.equals(previous.mention().type()))) {
            return previous;
        }
        int position = tokens.get(pronoun).begin();
        Mention nearest = null;
        for (Mention mention : mentionsOutsideQuotes) {
            if (mention.begin() >= position) {
                break;
            }
            if (Mention.ORGANIZATION.equals(mention.type())) {
                nearest = mention;
            }
        }
        return nearest == null ? null : Speaker.named(nearest);
    }

    /** "A senior Israeli official" → "senior Israeli official", remembered for a later "the official". */
    private Speaker unnamed(int begin, int end, String headWord) {
        int descriptionBegin = DETERMINERS.contains(tokens.get(begin).lower()) && end - begin > 1 ? begin + 1 : begin;
        String description = text.substring(
                tokens.get(descriptionBegin).begin(), tokens.get(end - 1).end());
        Speaker speaker = new Speaker(
                description,
                null,
                tokens.get(begin).begin(),
                tokens.get(end - 1).end());
        if (!isDefinite(begin)) {
            speakersByHead.put(headWord, speaker);
        }
        return speaker;
    }

    /**
     * The mention reported as speakerMention: the speaker's mention in the attributing sentence (the resolved
     * one first), else the nearest preceding mention of the same speaker, else the nearest following.
     */
    private Mention speakerMention(Speaker speaker, int sentence, int quoteToken) {
        int[] range = document.sentences.get(sentence);
        int sentenceBegin = tokens.get(range[0]).begin();
        int sentenceEnd = tokens.get(range[1] - 1).end();
        Mention resolved = speaker.mention();
        if (resolved.begin() >= sentenceBegin && resolved.end() <= sentenceEnd) {
            return resolved;
        }
        String canonical = resolved.canonical();
        int quoteBegin = tokens.get(quoteToken).begin();
        Mention preceding = null;
        for (Mention mention : mentionsOutsideQuotes) {
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

    private static boolean isTitleHead(String word) {
        return TITLE_HEADS.contains(word) || TITLE_SYNONYMS.containsKey(word);
    }

    private static boolean isPossessive(Token token) {
        return token.lower().endsWith("’s")
                || token.lower().endsWith("'s")
                || token.lower().endsWith("s’");
    }

    private static String stripPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }
}
