package org.lectern.annotator.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.api.SharedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP CRF classifiers, loaded once per JVM and location ({@link SharedModels}) and shared by all engine instances (classification
 * does not modify the classifier, so threads may share it).
 */
final class CrfModels {

    /** Tokens {@code start..end} (exclusive) of a sentence carry the same entity label. */
    record LabelledSpan(int start, int end, String label) {}

    private static final Logger LOG = LoggerFactory.getLogger(CrfModels.class);
    private static final String OUTSIDE = "O";

    private CrfModels() {}

    static CRFClassifier<CoreLabel> get(String location) throws ResourceInitializationException {
        try {
            @SuppressWarnings("unchecked")
            CRFClassifier<CoreLabel> classifier =
                    SharedModels.get("entities:crf:" + location, CRFClassifier.class, () -> load(location));
            return classifier;
        } catch (IllegalStateException e) {
            throw new ResourceInitializationException(e);
        }
    }

    private static CRFClassifier<CoreLabel> load(String location) {
        long start = System.nanoTime();
        try {
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(location);
            LOG.info("Loaded CRF {} in {} ms", location, (System.nanoTime() - start) / 1_000_000);
            return classifier;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot load CoreNLP CRF model '" + location + "' (parameter "
                            + CrfEntityAnnotator.PARAM_MODEL_LOCATION + "): " + e.getMessage(),
                    e);
        }
    }

    /** Runs the CRF on one tokenized sentence and merges consecutive tokens with the same label into spans. */
    static List<LabelledSpan> labelledSpans(CRFClassifier<CoreLabel> classifier, List<CoreLabel> sentence) {
        List<CoreLabel> labelled = classifier.classifySentence(sentence);
        List<LabelledSpan> spans = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= labelled.size(); i++) {
            String label = labelled.get(start).get(CoreAnnotations.AnswerAnnotation.class);
            if (i == labelled.size() || !label.equals(labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class))) {
                if (!OUTSIDE.equals(label)) {
                    spans.add(new LabelledSpan(start, i, label));
                }
                start = i;
            }
        }
        return spans;
    }
}
