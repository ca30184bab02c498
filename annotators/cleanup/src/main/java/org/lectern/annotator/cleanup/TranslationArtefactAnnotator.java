package org.lectern.annotator.cleanup;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.jcas.JCas;
import org.lectern.type.TranslationArtefact;

/**
 * Finds constructions that article spinners and word-by-word machine translation produce and that edited English
 * does not: correlative "both … and" rendered as "each X and Y", and "said" rendered as "stated" in reporting
 * clauses ("the ministry stated", "his office additionally stated"). These are rules about English, not lists
 * of phrases from any article. Quoted text is never flagged: spinners leave it alone.
 */
@ResourceMetaData(name = "translation-artefacts", description = "Marks spinning and machine-translation artefacts "
        + "(wrong-sense reporting verbs, broken correlatives) with corrections")
@TypeCapability(outputs = { "org.lectern.type.TranslationArtefact",
        "org.lectern.type.TranslationArtefact:correction", "org.lectern.type.TranslationArtefact:confidence" })
public class TranslationArtefactAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_MIN_CONFIDENCE = "minConfidence";
    @ConfigurationParameter(name = PARAM_MIN_CONFIDENCE, mandatory = false, defaultValue = "0.5",
            description = "Findings scoring below this (0..1) are not annotated")
    private double minConfidence;

    /** "each Russia and Ukraine": "each" before two coordinated proper nouns is a mistranslated "both". */
    private static final Pattern EACH_AND = Pattern.compile(
            "\\b([Ee])ach (\\p{Lu}[\\p{L}.-]*(?: \\p{Lu}[\\p{L}.-]*)? and \\p{Lu}[\\p{L}.-]*)");
    /** A reporting "stated" after its subject or before "that"/a time, as spinners substitute for "said". */
    private static final Pattern STATED = Pattern.compile("\\b(?:(additionally|also) )?stated\\b"
            + "(?=(?: that| on| in| at| after| before| last| this| late| earlier| later)?[ ,.;:]|$)");

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null || text.isEmpty()) {
            return;
        }
        BitSet quoted = QuotedRegions.of(text);
        Matcher each = EACH_AND.matcher(text);
        while (each.find()) {
            add(jcas, quoted, each.start(), each.end(), (each.group(1).equals("E") ? "Both " : "both ")
                    + each.group(2), 0.8);
        }
        Matcher stated = STATED.matcher(text);
        while (stated.find()) {
            // "additionally stated" is "also said": one substitution each, so two spans
            if (stated.group(1) != null && stated.group(1).equals("additionally")) {
                add(jcas, quoted, stated.start(1), stated.end(1), "also", 0.7);
            }
            int verb = stated.end() - "stated".length();
            add(jcas, quoted, verb, stated.end(), "said", 0.6);
        }
    }

    private void add(JCas jcas, BitSet quoted, int begin, int end, String correction, double confidence) {
        if (confidence < minConfidence || quoted.get(begin, end).cardinality() > 0) {
            return;
        }
        TranslationArtefact artefact = new TranslationArtefact(jcas, begin, end);
        artefact.setCorrection(correction);
        artefact.setConfidence(confidence);
        artefact.addToIndexes();
    }
}
