package org.lectern.annotator.cleanup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.type.Boilerplate;
import org.lectern.type.LanguageSpan;
import org.lectern.type.TranslationArtefact;

/**
 * Finds words that an article spinner or a word-by-word translator put in place of the intended one ("held a
 * telephone name" for "call", "the premier's workplace" for "office") and gives the intended word.
 * <p>
 * A content word is replaced by one of its WordNet {@link Synonyms} when the synonym fits between the neighbouring
 * words far better than the word itself, judged by the association (smoothed PMI) of each with its left and right
 * neighbour in reference English ({@link Collocations}): the word's own pairs must be unremarkable while the
 * synonym's are well attested. Corrections are made most confident first and fed back as context, so a run of
 * replaced words ("devoted safety cupboard assembly") is repaired word by word. A document that shows spinning
 * (several findings) is judged again word by word with a masked language model (BERT): a word is replaced when a
 * WordNet synonym, related word or thesaurus entry is far more probable in its sentence than the word itself, and each
 * correction is judged again once its neighbours are corrected. Adjacent replaced words whose corrections form an
 * attested pair are reported as one phrase. Three rules about English add what word pairs cannot see: a correlative
 * "both … and" rendered "each X and Y", "said" rendered "stated" in reporting clauses, and a vague quantity put before
 * a number word ("a whole bunch of hundreds of"). Capitalised words (names), quoted text, boilerplate and text in
 * another language than English are never flagged.
 */
@ResourceMetaData(
        name = "translation-artefacts",
        description = "Marks spinning and machine-translation artefacts "
                + "(wrong-sense synonyms, broken correlatives) with corrections")
@TypeCapability(
        inputs = {"org.lectern.type.Boilerplate", "org.lectern.type.LanguageSpan"},
        outputs = {
            "org.lectern.type.TranslationArtefact",
            "org.lectern.type.TranslationArtefact:correction",
            "org.lectern.type.TranslationArtefact:confidence"
        })
public class TranslationArtefactAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

    @ConfigurationParameter(
            name = PARAM_MIN_CONFIDENCE,
            mandatory = false,
            defaultValue = "0.5",
            description = "Findings scoring below this (0..1) are not annotated; a synonym replacement scores 0.5 "
                    + "when it fits its context " + GAIN_AT_HALF + " nats better than the word (in a document that "
                    + "shows spinning: when the language model finds it " + MODEL_GAIN_AT_HALF + " nats more probable, "
                    + "or without the model, when it fits " + SPUN_GAIN_AT_HALF + " nats better)")
    private double minConfidence;

    public static final String PARAM_STATISTICS = "statistics";

    @ConfigurationParameter(
            name = PARAM_STATISTICS,
            mandatory = false,
            defaultValue = Collocations.DEFAULT_LOCATION,
            description = "Word-pair statistics (classpath:/… or a file) written by tools/regenerate.sh")
    private String statisticsLocation;

    public static final String PARAM_SPUN_EVIDENCE = "spunEvidence";
    /**
     * Findings (rules and confident replacements) that show a document was spun: edited news rarely has even two
     * (one BBC article in 1,698 has two rule findings). In a spun document, where a word in eight or so is replaced,
     * the prior odds of a replacement are a thousand times higher, so each word is judged again with the language
     * model, or without it from a smaller gain, {@link #SPUN_GAIN_AT_HALF}: there about 6.5 words in 1,000 that were
     * not replaced get flagged ({@code SpinBenchmark}: BBC articles with 12 % of content words swapped for WordNet
     * synonyms, statistics without the BBC corpus), where a spun article has 50 to 150 replaced words per 1,000.
     */
    @ConfigurationParameter(
            name = PARAM_SPUN_EVIDENCE,
            mandatory = false,
            defaultValue = "3",
            description = "Findings of the rules and the word-pair statistics that show a document was spun, so that "
                    + "each of its words is judged again (with the language model); 0 judges every document so, for "
                    + "text known to be suspect (about 0.1 s per content word)")
    private int spunEvidence;

    public static final String PARAM_LANGUAGE_MODEL = "languageModel";

    @ConfigurationParameter(
            name = PARAM_LANGUAGE_MODEL,
            mandatory = false,
            defaultValue = "true",
            description = "Judge the words of a document that shows spinning with a masked language model (BERT, "
                    + "about 0.1 s per content word, loaded on first use); false judges them with the word-pair "
                    + "statistics only")
    private boolean languageModel;

    /**
     * Gain in context fit (nats) at which a replacement's confidence is 0.5, set so that on news the statistics
     * were not counted from (the BBC corpus against statistics without it) about 1 word in 13,000 is flagged.
     */
    private static final double GAIN_AT_HALF = 7.5;
    /** {@link #GAIN_AT_HALF} in a document that shows spinning, when it is judged without the language model. */
    private static final double SPUN_GAIN_AT_HALF = 2.0;
    /**
     * Gain in log-probability (nats) under the masked language model at which a replacement's confidence is 0.5 in
     * a document that shows spinning: the prior odds that a word there was replaced (about 1 in 8, 2.1 nats) and the
     * spinner's choice among a word's synonyms (about 1 in 6, 1.8 nats) must be overcome.
     */
    private static final double MODEL_GAIN_AT_HALF = 4.0;
    /**
     * Bonus (nats) for correcting a word the way the same word was corrected elsewhere in the document, instead of
     * the candidate's penalty: a spinner replaces a word through one thesaurus entry, so once a word is known to be
     * replaced, the odds that its other occurrences are too, and by the same word, are far higher than for any word.
     */
    private static final double CONSISTENT_BONUS = 2.0;
    /** Words this many tokens from a correction are judged again in the corrected sentence. */
    private static final int MODEL_WINDOW = 2;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");
    /** The model's own pre-tokenisation: runs of letters, runs of digits, and single other characters. */
    private static final Pattern BASIC_TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|[^\\s\\p{L}\\p{N}]");
    /** Pseudo-count smoothing every association. */
    private static final double PRIOR = 0.5;
    /** A pair seen this often and associated at least {@link #FITS} shows the word belongs where it is. */
    private static final int ATTESTED = 2;

    private static final double FITS = 1.0;
    /** A replacement must be seen at least this often beside the neighbours or near the clause's content words. */
    private static final int MIN_SUPPORT = 3;
    /** Words and replacements rarer than this in the reference text are not judged. */
    private static final int MIN_FREQUENCY = 3;
    /**
     * A replacement is at least this share as frequent as the word: spinners swap a plain word for a rarer or
     * similarly common one ("said" → "stated"), so a common word is not suspected of standing for a rare one.
     */
    private static final double RARER = 0.5;
    /** Weight of each near content word's association against the adjacent words' (which weigh 1). */
    private static final double NEAR_WEIGHT = 0.5;

    /**
     * A name ("Kyiv", "Bosnia-Herzegovina", "U.S"): a sentence's full stop after the last name is not part of it, an
     * abbreviation's dots inside it are.
     */
    private static final String NAME = "\\p{Lu}(?:[\\p{L}-]|\\.(?=\\p{L}))*";
    /** "each Russia and Ukraine": "each" before two coordinated proper nouns is a mistranslated "both". */
    private static final Pattern EACH_AND =
            Pattern.compile("\\b([Ee])ach (" + NAME + "\\.?(?: " + NAME + "\\.?)? and " + NAME + ")");
    /**
     * A vague quantity before a number word ("a whole bunch of hundreds of Jews"): edited English has no such
     * phrase; a spinner made it of "hundreds of thousands of", putting a vague quantity for the first number word and
     * shifting the second.
     */
    private static final Pattern VAGUE_NUMBER = Pattern.compile("\\b(?:[Aa] (?:whole |great |good )?(?:bunch|lot|load"
            + "|ton|heap|deal)|[Ll]ots|[Ll]oads|[Tt]ons|[Hh]eaps) of (dozens|hundreds|thousands|millions) of\\b");

    private static final List<String> NUMBER_WORDS = List.of("dozens", "hundreds", "thousands", "millions", "billions");
    /** A reporting "stated" after its subject or before "that"/a time, as spinners substitute for "said". */
    private static final Pattern STATED = Pattern.compile("\\b(?:(additionally|also) )?stated\\b"
            + "(?=(?: that| on| in| at| after| before| last| this| late| earlier| later)?[ ,.;:]|$)");

    private Collocations statistics;
    private Synonyms synonyms;

    /** A span to annotate. */
    private record Finding(int begin, int end, String correction, double confidence) {}

    /** A word put to the language model, and the candidates it is asked about (in query order after the word). */
    private record Asked(int token, List<Synonyms.Candidate> candidates) {}

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            statistics = Collocations.load(statisticsLocation);
            synonyms = Synonyms.shared();
        } catch (RuntimeException | LinkageError e) { // LinkageError: WordNet failed to load
            throw new ResourceInitializationException(e);
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        BitSet excluded = QuotedRegions.of(text);
        for (Boilerplate boilerplate : JCasUtil.select(jcas, Boilerplate.class)) {
            excluded.set(boilerplate.getBegin(), boilerplate.getEnd());
        }
        // the statistics, thesaurus and model are English: text in another language is not judged
        Collection<LanguageSpan> languages = JCasUtil.select(jcas, LanguageSpan.class);
        if (languages.isEmpty() && otherLanguage(jcas.getDocumentLanguage())) {
            return;
        }
        for (LanguageSpan span : languages) {
            if (otherLanguage(span.getLanguage())) {
                excluded.set(span.getBegin(), span.getEnd());
            }
        }
        Document document = new Document(text, excluded);
        ruleFindings(text).forEach(finding -> document.accept(finding, false));
        document.sweep(GAIN_AT_HALF);
        if (document.findings.size() >= spunEvidence) {
            if (languageModel) {
                document.modelSweep(languageModel());
            } else {
                document.sweep(SPUN_GAIN_AT_HALF);
            }
        }
        for (Finding finding : document.phrases()) {
            TranslationArtefact artefact = new TranslationArtefact(jcas, finding.begin(), finding.end());
            artefact.setCorrection(finding.correction());
            artefact.setConfidence(finding.confidence());
            artefact.addToIndexes();
        }
    }

    /** Whether a language code names a language other than English ("x-unspecified" and none do not). */
    private static boolean otherLanguage(String language) {
        return language != null && !language.equals("en") && !language.equals("x-unspecified");
    }

    private static MaskedLanguageModel languageModel() throws AnalysisEngineProcessException {
        try {
            return MaskedLanguageModel.shared();
        } catch (RuntimeException | LinkageError e) { // LinkageError: TensorFlow's native library failed to load
            throw new AnalysisEngineProcessException(new IllegalStateException(
                    "translation-artefacts: cannot load " + "the masked language model (set " + PARAM_LANGUAGE_MODEL
                            + "=false to do without): " + e,
                    e));
        }
    }

    /** One document's tokens, the context they are judged in (corrections applied) and the findings so far. */
    private final class Document {
        final String text;
        final List<WordTokens.Token> tokens;
        final String[] context;
        final boolean[] flagged;
        /** Words a replacement (not a rule) was found for. */
        final boolean[] replaced;

        final BitSet excluded;
        final List<Finding> findings = new ArrayList<>();

        Document(String text, BitSet excluded) {
            this.text = text;
            this.tokens = WordTokens.of(text);
            this.context = tokens.stream().map(WordTokens.Token::norm).toArray(String[]::new);
            this.flagged = new boolean[tokens.size()];
            this.replaced = new boolean[tokens.size()];
            this.excluded = excluded;
        }

        /**
         * Judges every word not yet flagged and takes the most confident replacement first; the words near it are
         * judged again in the corrected context, until no replacement is confident enough.
         */
        void sweep(double gainAtHalf) {
            Finding[] proposals = new Finding[tokens.size()];
            for (int i = 1; i + 1 < tokens.size(); i++) {
                proposals[i] = propose(i, gainAtHalf);
            }
            for (int best; (best = mostConfident(proposals)) >= 0; ) {
                accept(proposals[best], true);
                proposals[best] = null;
                for (int j = Math.max(1, best - Collocations.WINDOW);
                        j <= Math.min(tokens.size() - 2, best + Collocations.WINDOW);
                        j++) {
                    proposals[j] = propose(j, gainAtHalf);
                }
            }
        }

        /** The index of the most confident proposal, or -1 when none reaches the minimum confidence. */
        private int mostConfident(Finding[] proposals) {
            int best = -1;
            for (int i = 0; i < proposals.length; i++) {
                if (proposals[i] != null && (best < 0 || proposals[i].confidence() > proposals[best].confidence())) {
                    best = i;
                }
            }
            return best >= 0 && proposals[best].confidence() >= minConfidence ? best : -1;
        }

        /**
         * Like {@link #sweep}, judging each word by how much more likely the masked language model finds a synonym
         * than the word in its sentence (corrections applied). After a correction only the words near it that had a
         * candidate are judged again: the model's cost is one sentence per word.
         */
        void modelSweep(MaskedLanguageModel model) {
            Finding[] proposals = new Finding[tokens.size()];
            List<Integer> accepted = new ArrayList<>();
            int[] sentenceOf = new int[tokens.size()];
            List<int[]> sentences = sentences();
            for (int s = 0; s < sentences.size(); s++) {
                int[] sentence = sentences.get(s);
                List<Integer> all = new ArrayList<>();
                for (int i = sentence[0]; i < sentence[1]; i++) {
                    sentenceOf[i] = s;
                    all.add(i);
                }
                proposeByModel(model, sentence, all, proposals);
            }
            for (int best; (best = mostConfident(proposals)) >= 0; ) {
                accept(proposals[best], true);
                accepted.add(best);
                proposals[best] = null;
                int[] sentence = sentences.get(sentenceOf[best]);
                List<Integer> near = new ArrayList<>();
                for (int j = Math.max(sentence[0], best - MODEL_WINDOW);
                        j < Math.min(sentence[1], best + MODEL_WINDOW + 1);
                        j++) {
                    if (proposals[j] != null) {
                        near.add(j);
                    }
                }
                proposeByModel(model, sentence, near, proposals);
                // the same word elsewhere is now more likely replaced the same way
                Map<Integer, List<Integer>> same = new TreeMap<>();
                for (int j = 0; j < tokens.size(); j++) {
                    if (!flagged[j]
                            && tokens.get(j).norm().equals(tokens.get(best).norm())) {
                        same.computeIfAbsent(sentenceOf[j], s -> new ArrayList<>())
                                .add(j);
                    }
                }
                same.forEach((s, indices) -> proposeByModel(model, sentences.get(s), indices, proposals));
            }
            for (int i : accepted) {
                recheck(model, i, sentences.get(sentenceOf[i]));
            }
        }

        /**
         * Judges a corrected word again once all corrections around it are made, and withdraws the correction when
         * it no longer fits better than the word: a word judged beside a still uncorrected one ("he made a telephone
         * name": "made" → "gave") is a victim of that neighbour, not a replacement itself.
         */
        private void recheck(MaskedLanguageModel model, int i, int[] sentence) {
            WordTokens.Token token = tokens.get(i);
            Finding kept = findings.stream()
                    .filter(f -> f.begin() == token.begin() && f.end() == token.end())
                    .findFirst()
                    .orElseThrow();
            findings.remove(kept);
            flagged[i] = false;
            replaced[i] = false;
            context[i] = token.norm();
            Finding[] again = new Finding[tokens.size()];
            proposeByModel(model, sentence, List.of(i), again);
            if (again[i] != null) {
                accept(again[i], true);
            }
        }

        /** Token ranges [from, to) of the sentences: a full stop, question or exclamation mark or a line break ends one. */
        private List<int[]> sentences() {
            List<int[]> sentences = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < tokens.size(); i++) {
                WordTokens.Token token = tokens.get(i);
                if (token.norm().equals(WordTokens.BOUNDARY)
                        && SENTENCE_END
                                .matcher(text.substring(token.begin(), token.end()))
                                .find()) {
                    sentences.add(new int[] {from, i + 1});
                    from = i + 1;
                }
            }
            if (from < tokens.size()) {
                sentences.add(new int[] {from, tokens.size()});
            }
            return sentences;
        }

        /** Sets {@code proposals[i]} for each index (a token of {@code sentence}) from one batch of model queries. */
        private void proposeByModel(
                MaskedLanguageModel model, int[] sentence, List<Integer> indices, Finding[] proposals) {
            List<Integer> pieces = new ArrayList<>();
            int[] firstPiece = new int[sentence[1] - sentence[0] + 1];
            for (int i = sentence[0]; i < sentence[1]; i++) {
                firstPiece[i - sentence[0]] = pieces.size();
                String surface = flagged[i]
                        ? context[i]
                        : text.substring(tokens.get(i).begin(), tokens.get(i).end())
                                .toLowerCase(Locale.ROOT);
                Matcher basic = BASIC_TOKEN.matcher(surface);
                while (basic.find()) {
                    int[] ids = model.pieces(basic.group());
                    for (int id : ids == null ? new int[] {model.id("[UNK]")} : ids) {
                        pieces.add(id);
                    }
                }
            }
            firstPiece[sentence[1] - sentence[0]] = pieces.size();
            int[] all = pieces.stream().mapToInt(Integer::intValue).toArray();
            int room = MaskedLanguageModel.MAX_PIECES - 2;
            List<MaskedLanguageModel.Query> queries = new ArrayList<>();
            List<Asked> asked = new ArrayList<>();
            for (int i : indices) {
                proposals[i] = null;
                WordTokens.Token token = tokens.get(i);
                int at = firstPiece[i - sentence[0]];
                int id = model.id(token.norm());
                if (flagged[i]
                        || !judged(token)
                        || !excluded.get(token.begin(), token.end()).isEmpty()
                        || id < 0
                        || firstPiece[i - sentence[0] + 1] != at + 1) {
                    continue;
                }
                String correctedElsewhere = correctionElsewhere(i);
                List<Synonyms.Candidate> candidates = new ArrayList<>();
                List<Integer> ids = new ArrayList<>(List.of(id));
                for (Synonyms.Candidate candidate : synonyms.broad(token.norm())) {
                    int candidateId = model.id(candidate.form());
                    if (candidateId >= 0 && candidateId != id) {
                        candidates.add(
                                candidate.form().equals(correctedElsewhere)
                                        ? new Synonyms.Candidate(candidate.form(), -CONSISTENT_BONUS)
                                        : candidate);
                        ids.add(candidateId);
                    }
                }
                if (candidates.isEmpty()) {
                    continue;
                }
                // a sentence longer than the model takes is cut to a window around the word
                int start = Math.max(0, Math.min(at - room / 2, all.length - room));
                int[] window = Arrays.copyOfRange(all, start, Math.min(all.length, start + room));
                queries.add(new MaskedLanguageModel.Query(
                        window,
                        at - start,
                        ids.stream().mapToInt(Integer::intValue).toArray()));
                asked.add(new Asked(i, candidates));
            }
            float[][] logProbabilities = model.logProbabilities(queries);
            for (int q = 0; q < queries.size(); q++) {
                float[] scores = logProbabilities[q];
                int best = -1;
                double bestGain = 0;
                List<Synonyms.Candidate> candidates = asked.get(q).candidates();
                for (int c = 0; c < candidates.size(); c++) {
                    double gain = scores[c + 1] - scores[0] - candidates.get(c).penalty();
                    if (gain > bestGain) {
                        best = c;
                        bestGain = gain;
                    }
                }
                if (best >= 0) {
                    WordTokens.Token token = tokens.get(asked.get(q).token());
                    proposals[asked.get(q).token()] = new Finding(
                            token.begin(),
                            token.end(),
                            candidates.get(best).form(),
                            bestGain / (bestGain + MODEL_GAIN_AT_HALF));
                }
            }
        }

        /** The correction already made for the same word at another place in the document, or null. */
        private String correctionElsewhere(int i) {
            WordTokens.Token token = tokens.get(i);
            for (Finding finding : findings) {
                if (finding.begin() != token.begin()
                        && text.substring(finding.begin(), finding.end())
                                .toLowerCase(Locale.ROOT)
                                .equals(token.norm())) {
                    return finding.correction();
                }
            }
            return null;
        }

        private Finding propose(int i, double gainAtHalf) {
            WordTokens.Token token = tokens.get(i);
            if (flagged[i]
                    || !judged(token)
                    || !excluded.get(token.begin(), token.end()).isEmpty()) {
                return null;
            }
            return replacement(token, context[i - 1], context[i + 1], near(context, i), gainAtHalf);
        }

        /**
         * Keeps a confident finding outside quotes and boilerplate; a one-word correction becomes context, and a
         * {@code replacement} (not a rule's finding) may join its neighbours into a phrase.
         */
        void accept(Finding finding, boolean replacement) {
            if (finding.confidence() < minConfidence
                    || !excluded.get(finding.begin(), finding.end()).isEmpty()) {
                return;
            }
            findings.add(finding);
            for (int i = 0; i < tokens.size(); i++) {
                WordTokens.Token token = tokens.get(i);
                if (token.begin() == finding.begin() && token.end() == finding.end()) {
                    context[i] = finding.correction();
                    replaced[i] = replacement;
                }
                // words inside a phrase a rule rewrote are not judged again
                flagged[i] |= token.begin() >= finding.begin() && token.end() <= finding.end();
            }
        }

        /**
         * The findings, with adjacent replaced words whose corrections form an attested pair ("cupboard assembly" →
         * "cabinet meeting") joined into one phrase: one artefact, whose correction reads as a whole.
         */
        List<Finding> phrases() {
            List<Finding> phrases = new ArrayList<>();
            Finding open = null;
            for (Finding finding : findings.stream()
                    .sorted(Comparator.comparingInt(Finding::begin))
                    .toList()) {
                if (open != null && joins(open, finding)) {
                    open = new Finding(
                            open.begin(),
                            finding.end(),
                            open.correction() + " " + finding.correction(),
                            Math.min(open.confidence(), finding.confidence()));
                } else {
                    if (open != null) {
                        phrases.add(open);
                    }
                    open = finding;
                }
            }
            if (open != null) {
                phrases.add(open);
            }
            return phrases;
        }

        /** Whether {@code next} is the replaced word right after the replaced phrase {@code open}, forming a pair. */
        private boolean joins(Finding open, Finding next) {
            int last = tokenEndingAt(open.end());
            return last >= 0
                    && last + 1 < tokens.size()
                    && replaced[last]
                    && replaced[last + 1]
                    && tokens.get(last + 1).begin() == next.begin()
                    && tokens.get(last + 1).end() == next.end()
                    && text.substring(open.end(), next.begin()).equals(" ")
                    && attested(context[last], context[last + 1]);
        }

        private int tokenEndingAt(int end) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).end() == end) {
                    return i;
                }
            }
            return -1;
        }
    }

    private boolean judged(WordTokens.Token token) {
        return token.isWord()
                && !token.capitalised()
                && token.norm().length() > 2
                && !WordTokens.isFunctionWord(token.norm())
                && statistics.count(token.norm()) >= MIN_FREQUENCY;
    }

    /** The content words of the clause at most {@link Collocations#WINDOW} tokens from token {@code i}. */
    private static List<String> near(String[] context, int i) {
        List<String> near = new ArrayList<>();
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step; j >= 0 && j < context.length && Math.abs(j - i) <= Collocations.WINDOW; j += step) {
                if (context[j].equals(WordTokens.BOUNDARY)) {
                    break;
                }
                if (!WordTokens.isFunctionWord(context[j])) {
                    near.add(context[j]);
                }
            }
        }
        return near;
    }

    /**
     * The best-fitting synonym for {@code token} between {@code left} and {@code right} and among the {@code near}
     * content words, or null when the word fits there itself or no synonym fits clearly better.
     */
    private Finding replacement(
            WordTokens.Token token, String left, String right, List<String> near, double gainAtHalf) {
        String word = token.norm();
        double leftFit = statistics.association(left, word, PRIOR);
        double rightFit = statistics.association(word, right, PRIOR);
        if (attested(left, word, leftFit) || attested(word, right, rightFit)) {
            return null;
        }
        double fit = leftFit + rightFit + NEAR_WEIGHT * nearFit(word, near);
        String best = null;
        double bestGain = 0;
        for (Synonyms.Candidate candidate : synonyms.of(word)) {
            String form = candidate.form();
            if (statistics.count(form) < Math.max(MIN_FREQUENCY, RARER * statistics.count(word))
                    || support(form, left, right, near) < MIN_SUPPORT) {
                continue;
            }
            double gain = statistics.association(left, form, PRIOR)
                    + statistics.association(form, right, PRIOR)
                    + NEAR_WEIGHT * nearFit(form, near)
                    - candidate.penalty()
                    - fit;
            if (gain > bestGain) {
                best = form;
                bestGain = gain;
            }
        }
        return best == null ? null : new Finding(token.begin(), token.end(), best, bestGain / (bestGain + gainAtHalf));
    }

    private double nearFit(String word, List<String> near) {
        double fit = 0;
        for (String other : near) {
            fit += statistics.nearAssociation(word, other, PRIOR);
        }
        return fit;
    }

    /** How often the form is seen beside the neighbours or near the other content words. */
    private int support(String form, String left, String right, List<String> near) {
        int support = statistics.count(left, form) + statistics.count(form, right);
        for (String other : near) {
            support += statistics.nearCount(form, other);
        }
        return support;
    }

    /** The larger number word seen most often near {@code number} in the reference text ("hundreds of thousands"). */
    private String larger(String number) {
        List<String> larger = NUMBER_WORDS.subList(NUMBER_WORDS.indexOf(number) + 1, NUMBER_WORDS.size());
        return larger.stream()
                .max(Comparator.comparingInt(other -> statistics.nearCount(number, other)))
                .orElseThrow();
    }

    private boolean attested(String first, String second) {
        return attested(first, second, statistics.association(first, second, PRIOR));
    }

    private boolean attested(String first, String second, double association) {
        return association >= FITS && statistics.count(first, second) >= ATTESTED;
    }

    private List<Finding> ruleFindings(String text) {
        List<Finding> findings = new ArrayList<>();
        Matcher each = EACH_AND.matcher(text);
        while (each.find()) {
            findings.add(new Finding(
                    each.start(), each.end(), (each.group(1).equals("E") ? "Both " : "both ") + each.group(2), 0.8));
        }
        Matcher vague = VAGUE_NUMBER.matcher(text);
        while (vague.find()) {
            String number = vague.group(1);
            findings.add(new Finding(vague.start(), vague.end(), number + " of " + larger(number) + " of", 0.7));
        }
        Matcher stated = STATED.matcher(text);
        while (stated.find()) {
            // "additionally stated" is "also said": one substitution each, so two spans
            if (stated.group(1) != null && stated.group(1).equals("additionally")) {
                findings.add(new Finding(stated.start(1), stated.end(1), "also", 0.7));
            }
            findings.add(new Finding(stated.end() - "stated".length(), stated.end(), "said", 0.6));
        }
        return findings;
    }
}
