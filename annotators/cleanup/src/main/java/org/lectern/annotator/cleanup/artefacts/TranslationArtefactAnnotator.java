package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.api.text.LanguageRegions;
import org.lectern.type.Boilerplate;
import org.lectern.type.LanguageSpan;
import org.lectern.type.SpinScore;
import org.lectern.type.TranslationArtefact;

/**
 * Finds words that an article spinner or a word-by-word translator put in place of the intended one ("held a
 * telephone name" for "call", "the premier's workplace" for "office") and gives the intended word.
 * <p>
 * Every document gets the {@link ArtefactRules} and a {@link WordPairSweep}, which replaces a word by a WordNet
 * synonym that fits its context far better ({@link ContextFit}). Each region of a few paragraphs whose rate of poorly
 * fitting words, by word pairs and by word vectors ({@link VectorFit}), suggests spinning ({@link SpunRegions}), or,
 * less suspect, whose probe by one unmasked pass of the language model does ({@link UnmaskedProbe}), is judged again
 * word by word, with the masked language model ({@link LanguageModelSweep}; its first sentences first, the rest when
 * they show spinning), whose findings are kept where they are frequent enough to confirm the region was spun (and
 * then the regions beside it are judged too), or, without it, by word pairs from a smaller gain. Adjacent replaced
 * words whose corrections form an attested pair are reported as one phrase ({@link Corrections#phrases}).
 * Capitalised words (names), quoted text, boilerplate and text in another language than English are never flagged.
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
            "org.lectern.type.TranslationArtefact:confidence",
            "org.lectern.type.SpinScore"
        })
public class TranslationArtefactAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";

    @ConfigurationParameter(
            name = PARAM_MIN_CONFIDENCE,
            mandatory = false,
            defaultValue = "0.5",
            description = "Findings scoring below this (0..1) are not annotated; a synonym replacement scores 0.5 "
                    + "when it fits its context " + GAIN_AT_HALF + " nats better than the word (in a document that "
                    + "shows spinning: when the language model finds it " + LanguageModelSweep.MODEL_GAIN_AT_HALF
                    + " nats more probable, or without the model, when it fits " + SPUN_GAIN_AT_HALF
                    + " nats better)")
    private double minConfidence;

    public static final String PARAM_STATISTICS = "statistics";

    @ConfigurationParameter(
            name = PARAM_STATISTICS,
            mandatory = false,
            defaultValue = Collocations.DEFAULT_LOCATION,
            description = "Word-pair statistics (classpath:/… or a file) written by tools/regenerate.sh")
    private String statisticsLocation;

    public static final String PARAM_WORD_VECTORS = "wordVectors";

    @ConfigurationParameter(
            name = PARAM_WORD_VECTORS,
            mandatory = false,
            defaultValue = WordVectors.DEFAULT_LOCATION,
            description = "Word vectors (classpath:/… or a file) written by tools/regenerate.sh")
    private String wordVectorsLocation;

    public static final String PARAM_JUDGE_ALL = "judgeAll";

    @ConfigurationParameter(
            name = PARAM_JUDGE_ALL,
            mandatory = false,
            defaultValue = "false",
            description = "Judge every region as spun (with the language model), not only those whose rate of "
                    + "poorly fitting words shows spinning: for text known to be suspect")
    private boolean judgeAll;

    public static final String PARAM_JUDGED_SCORE = "judgedScore";

    @ConfigurationParameter(
            name = PARAM_JUDGED_SCORE,
            mandatory = false,
            defaultValue = SpunRegions.JUDGED_SCORE_TEXT,
            description = "Regions whose screen evidence lies at least this many standard scores above clean text's "
                    + "are judged by the language model, first their first sentences, the rest only when those show "
                    + "spinning. The default sends about 4.4 % of clean news regions to it; lower finds more spinning "
                    + "at a cost in speed on clean text (1.0: about a fifth of it judged), not in false flags, as the "
                    + "model must confirm a region before its findings are kept")
    private double judgedScore;

    public static final String PARAM_PROBED_SCORE = "probedScore";

    @ConfigurationParameter(
            name = PARAM_PROBED_SCORE,
            mandatory = false,
            defaultValue = SpunRegions.JUDGED_SCORE_TEXT,
            description = "Regions scoring at least this but below " + PARAM_JUDGED_SCORE + " are probed with one "
                    + "unmasked pass of the language model per sentence and judged when the probe shows spinning. "
                    + "Off by default (the same as " + PARAM_JUDGED_SCORE + "): probing finds less spinning than "
                    + "judging from a lower score at the same cost on clean text (docs/benchmarks.md)")
    private double probedScore;

    public static final String PARAM_SPINNER_CHOICE = "spinnerChoice";

    @ConfigurationParameter(
            name = PARAM_SPINNER_CHOICE,
            mandatory = false,
            defaultValue = "false",
            description = "Weigh each correction the language model proposes by how likely a spinner starting from it "
                    + "would have written the word (spinners prefer common synonyms), instead of as one choice among "
                    + "about six: finds more spinning by common synonyms (SpinBenchmark's most-frequent-synonym "
                    + "spinner: recall 0.36 to 0.41 at the same precision) but flags a little more on other text; "
                    + "on in news-suspect.xml")
    private boolean spinnerChoice;

    public static final String PARAM_LEARN_SPINNER_CHOICE = "learnSpinnerChoice";

    @ConfigurationParameter(
            name = PARAM_LEARN_SPINNER_CHOICE,
            mandatory = false,
            defaultValue = "true",
            description = "Estimate from the replacements the language model confirmed in a document whether its "
                    + "spinner prefers common synonyms and, when it does, judge the document again weighing each "
                    + "correction by that preference (as " + PARAM_SPINNER_CHOICE + " does for every document); "
                    + "other documents are left as judged")
    private boolean learnSpinnerChoice;

    public static final String PARAM_LANGUAGE_MODEL = "languageModel";

    @ConfigurationParameter(
            name = PARAM_LANGUAGE_MODEL,
            mandatory = false,
            defaultValue = "true",
            description = "Judge the words of regions that show spinning with a masked language model (BERT, "
                    + "loaded on first use); false judges them with the word-pair statistics only")
    private boolean languageModel;

    public static final String PARAM_QUANTIZED_MODEL = "quantizedModel";

    @ConfigurationParameter(
            name = PARAM_QUANTIZED_MODEL,
            mandatory = false,
            defaultValue = "true",
            description = "Run BERT in 8 bits, all but a few outlier channels (about 1.5 times as fast on 2 cores, "
                    + "its log-probability gains within about 0.14 nats of 32 bits); false runs it in 32 bits "
                    + "throughout, scoring as TensorFlow does")
    private boolean quantizedModel;

    /**
     * Gain in context fit (nats) at which a replacement's confidence is 0.5, set so that on news the statistics
     * were not counted from (the BBC corpus against statistics without it) about 1 word in 13,000 is flagged.
     */
    static final double GAIN_AT_HALF = 7.5;
    /** {@link #GAIN_AT_HALF} in a region that shows spinning, when it is judged without the language model. */
    private static final double SPUN_GAIN_AT_HALF = 2.0;
    /** Frequency weight of {@link SpinnerChoice} that {@link #spinnerChoice} assumes: spinners of either kind. */
    private static final double EITHER_SPINNER_WEIGHT = 0.5;
    /**
     * Estimated frequency weight from which a document's spinner is taken to prefer common synonyms: its findings
     * make that likelier than not.
     */
    private static final double FREQUENT_SPINNER_WEIGHT = 0.5;

    private Synonyms synonyms;
    private ContextFit fit;
    private ArtefactRules rules;
    private WordPairSweep wordPairs;
    private SpunRegions spunRegions;
    private SpinnerChoice choice;
    private SpinnerChoice spinners;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            Collocations statistics = Collocations.load(statisticsLocation);
            synonyms = Synonyms.shared();
            fit = new ContextFit(statistics, synonyms);
            rules = new ArtefactRules(statistics);
            wordPairs = new WordPairSweep(fit);
            spinners = new SpinnerChoice(synonyms, statistics, EITHER_SPINNER_WEIGHT);
            choice = spinnerChoice ? spinners : null;
            spunRegions = new SpunRegions(fit, new VectorFit(WordVectors.load(wordVectorsLocation), synonyms));
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
        LanguageRegions languageRegions = LanguageRegions.of(jcas);
        Collection<LanguageSpan> languages = JCasUtil.select(jcas, LanguageSpan.class);
        if (languages.isEmpty() && !languageRegions.isEnglishOrUnknownAt(0)) {
            return;
        }
        for (LanguageSpan span : languages) {
            if (!languageRegions.isEnglishOrUnknownAt(span.getBegin())) {
                excluded.set(span.getBegin(), span.getEnd());
            }
        }
        Corrections document = new Corrections(text, excluded, minConfidence, fit);
        rules.find(text).forEach(finding -> document.accept(finding, false));
        wordPairs.sweep(document, GAIN_AT_HALF);
        List<SpunRegions.Region> regions = spunRegions.regions(document);
        if (languageModel) {
            judge(document, regions);
        } else {
            List<int[]> spunSentences = regions.stream()
                    .filter(region -> judgeAll || SpunRegions.spun(region))
                    .flatMap(region -> region.sentences().stream())
                    .toList();
            wordPairs.sweep(document, SPUN_GAIN_AT_HALF, spunSentences);
        }
        List<Finding> phrases = document.phrases();
        for (Finding finding : phrases) {
            TranslationArtefact artefact = new TranslationArtefact(jcas, finding.begin(), finding.end());
            artefact.setCorrection(finding.correction());
            artefact.setConfidence(finding.confidence());
            artefact.addToIndexes();
        }
        SpinScore score = new SpinScore(jcas, 0, text.length());
        score.setScore(SpunRegions.spinScore(document, regions));
        score.setRegions(regions.size());
        score.setSpunRegions((int) regions.stream().filter(SpunRegions::spun).count());
        score.addToIndexes();
    }

    /**
     * Judges with the language model each {@link #suspect} region and keeps its findings only where they confirm
     * the region was spun ({@link SpunRegions#confirmed}): the screen lets some clean regions through, and the
     * model's few findings there are mostly false. A confirmed region's neighbours are judged too, whatever their
     * screen score: a spinner rewrites whole articles, so a region beside a spun one is far more likely spun than
     * the screen's prior for any region says, and it must still confirm itself. On clean text this costs almost
     * nothing (a region the screen sends to the model is rarely confirmed), and the cost stays linear in a
     * document's length (only a chain of confirmed regions spreads). When the replacements found show a spinner
     * that prefers common synonyms ({@link #learnSpinnerChoice}), the document is judged again with that choice
     * (mostly from the model's memory). With {@link #judgeAll}, judges the whole document and keeps every finding.
     */
    private void judge(Corrections document, List<SpunRegions.Region> regions) throws AnalysisEngineProcessException {
        if (judgeAll) {
            List<int[]> sentences = regions.stream()
                    .flatMap(region -> region.sentences().stream())
                    .toList();
            new LanguageModelSweep(new AnsweredQueries(languageModel()), synonyms, choice).sweep(document, sentences);
            return;
        }
        boolean[] before = document.flagged.clone();
        Boolean[] suspects = new Boolean[regions.size()];
        AnsweredQueries answers = judgeRegions(document, regions, suspects, choice, null);
        if (answers == null || spinnerChoice || !learnSpinnerChoice) {
            return;
        }
        double weight = spinners.estimatedWeight(document.replacementsSince(before));
        if (weight >= FREQUENT_SPINNER_WEIGHT) {
            document.withdrawSince(0, before);
            judgeRegions(document, regions, suspects, spinners.withWeight(weight), answers);
        }
    }

    /**
     * Judges the suspect regions and the neighbours of confirmed ones ({@link #judge}), each at most once.
     *
     * @param suspects each region's {@link #suspect} verdict once asked, null before
     * @param answers the model's answers so far in the document, or null before any
     * @return the model's answers, or null when no region was judged
     */
    private AnsweredQueries judgeRegions(
            Corrections document,
            List<SpunRegions.Region> regions,
            Boolean[] suspects,
            SpinnerChoice choice,
            AnsweredQueries answers)
            throws AnalysisEngineProcessException {
        boolean[] judged = new boolean[regions.size()];
        Deque<Integer> pending = new ArrayDeque<>();
        for (int r = 0; r < regions.size(); r++) {
            if (!judged[r] && suspect(document, regions, suspects, r)) {
                pending.push(r);
            }
            while (!pending.isEmpty()) {
                int next = pending.pop();
                if (judged[next]) {
                    continue;
                }
                judged[next] = true;
                answers = answers != null ? answers : new AnsweredQueries(languageModel());
                if (judgedSpun(document, regions.get(next), new LanguageModelSweep(answers, synonyms, choice))) {
                    IntStream.of(next - 1, next + 1)
                            .filter(n -> n >= 0 && n < regions.size() && !judged[n])
                            .forEach(pending::push);
                }
            }
        }
        return answers;
    }

    /**
     * Judges a region word by word with the language model, in two stages ({@link SpunRegions#firstStage}), and
     * tells whether its findings confirm it was spun; withdraws them when they do not. A region whose first stage
     * shows no strong finding is taken as clean without judging the rest: most clean regions the screen sends stop
     * there, while a spun one rarely does. Otherwise the whole region is judged afresh, so that its findings are
     * those of one sweep; the first stage's questions are then answered from the sweep's memory.
     */
    private static boolean judgedSpun(Corrections document, SpunRegions.Region region, LanguageModelSweep sweep) {
        boolean[] before = Arrays.copyOfRange(document.flagged, region.from(), region.to());
        List<int[]> sentences = region.sentences();
        int staged = SpunRegions.firstStage(sentences);
        sweep.sweep(document, sentences.subList(0, staged));
        boolean promising = strongFindings(document, region.from(), sentences.get(staged - 1)[1], before, region) > 0;
        if (promising && staged < sentences.size()) {
            document.withdrawSince(region.from(), before);
            sweep.sweep(document, sentences);
        }
        boolean confirmed = promising
                && SpunRegions.confirmed(region, strongFindings(document, region.from(), region.to(), before, region));
        if (!confirmed) {
            document.withdrawSince(region.from(), before);
        }
        return confirmed;
    }

    /**
     * Words of [from, to) flagged as replaced that are strong signs of spinning: those the rules and word pairs
     * flagged before the region was judged, and the language model's findings of at least {@link
     * SpunRegions#STRONG_CONFIDENCE}.
     */
    private static long strongFindings(
            Corrections document, int from, int to, boolean[] before, SpunRegions.Region region) {
        return IntStream.range(from, to)
                .filter(i -> document.flagged[i]
                        && document.tokens.get(i).isWord()
                        && (before[i - region.from()]
                                || document.findingAt(i).confidence() >= SpunRegions.STRONG_CONFIDENCE))
                .count();
    }

    /**
     * Whether region {@code r} goes to the language model: its screen score reaches {@link #judgedScore}, or reaches
     * {@link #probedScore} and its probe shows spinning. Asked once per region ({@code suspects}): the probe calls the
     * model, and a document judged again must not probe again.
     */
    private boolean suspect(Corrections document, List<SpunRegions.Region> regions, Boolean[] suspects, int r)
            throws AnalysisEngineProcessException {
        if (suspects[r] == null) {
            SpunRegions.Region region = regions.get(r);
            suspects[r] = region.score() >= judgedScore
                    || region.score() >= probedScore
                            && UnmaskedProbe.spun(new UnmaskedProbe(languageModel(), synonyms).score(document, region));
        }
        return suspects[r];
    }

    private MaskedLanguageModel languageModel() throws AnalysisEngineProcessException {
        try {
            return MaskedLanguageModel.shared(quantizedModel);
        } catch (RuntimeException | LinkageError e) { // LinkageError: ONNX Runtime or TensorFlow did not load
            throw new AnalysisEngineProcessException(new IllegalStateException(
                    "translation-artefacts: cannot load the masked language model (set " + PARAM_LANGUAGE_MODEL
                            + "=false to do without): " + e,
                    e));
        }
    }
}
