package org.lectern.annotator.cleanup.artefacts;

import java.util.BitSet;
import java.util.Collection;
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
import org.lectern.type.TranslationArtefact;

/**
 * Finds words that an article spinner or a word-by-word translator put in place of the intended one ("held a
 * telephone name" for "call", "the premier's workplace" for "office") and gives the intended word.
 * <p>
 * Every document gets the {@link ArtefactRules} and a {@link WordPairSweep}, which replaces a word by a WordNet
 * synonym that fits its context far better ({@link ContextFit}). A document that shows spinning (several findings)
 * is judged again word by word, with the masked language model ({@link LanguageModelSweep}) or, without it, by word
 * pairs from a smaller gain. Adjacent replaced words whose corrections form an attested pair are reported as one
 * phrase ({@link Corrections#phrases}). Capitalised words (names), quoted text, boilerplate and text in another
 * language than English are never flagged.
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

    private Synonyms synonyms;
    private ContextFit fit;
    private ArtefactRules rules;
    private WordPairSweep wordPairs;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        try {
            Collocations statistics = Collocations.load(statisticsLocation);
            synonyms = Synonyms.shared();
            fit = new ContextFit(statistics, synonyms);
            rules = new ArtefactRules(statistics);
            wordPairs = new WordPairSweep(fit);
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
        LanguageRegions regions = LanguageRegions.of(jcas);
        Collection<LanguageSpan> languages = JCasUtil.select(jcas, LanguageSpan.class);
        if (languages.isEmpty() && !regions.isEnglishOrUnknownAt(0)) {
            return;
        }
        for (LanguageSpan span : languages) {
            if (!regions.isEnglishOrUnknownAt(span.getBegin())) {
                excluded.set(span.getBegin(), span.getEnd());
            }
        }
        Corrections document = new Corrections(text, excluded, minConfidence, fit);
        rules.find(text).forEach(finding -> document.accept(finding, false));
        wordPairs.sweep(document, GAIN_AT_HALF);
        if (document.findingCount() >= spunEvidence) {
            if (languageModel) {
                new LanguageModelSweep(languageModel(), synonyms).sweep(document);
            } else {
                wordPairs.sweep(document, SPUN_GAIN_AT_HALF);
            }
        }
        for (Finding finding : document.phrases()) {
            TranslationArtefact artefact = new TranslationArtefact(jcas, finding.begin(), finding.end());
            artefact.setCorrection(finding.correction());
            artefact.setConfidence(finding.confidence());
            artefact.addToIndexes();
        }
    }

    private static MaskedLanguageModel languageModel() throws AnalysisEngineProcessException {
        try {
            return MaskedLanguageModel.shared();
        } catch (RuntimeException | LinkageError e) { // LinkageError: TensorFlow's native library failed to load
            throw new AnalysisEngineProcessException(new IllegalStateException(
                    "translation-artefacts: cannot load the masked language model (set " + PARAM_LANGUAGE_MODEL
                            + "=false to do without): " + e,
                    e));
        }
    }
}
