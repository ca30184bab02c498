package org.lectern.annotator.entities;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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

    /**
     * Starts loading the classifier at {@code location} on a thread of its own, so that other models load
     * meanwhile; {@link #get} then waits for it (and reports a failure). A null location does nothing.
     */
    static void startLoading(String location) {
        if (location == null) {
            return;
        }
        Thread loader = new Thread(
                () -> {
                    try {
                        get(location);
                    } catch (ResourceInitializationException | RuntimeException e) {
                        // get() on the engine's thread tries again and reports the failure
                    }
                },
                "crf-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static CRFClassifier<CoreLabel> load(String location) {
        long start = System.nanoTime();
        try {
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(location);
            if (classifier.flags.wordFunction != null) {
                classifier.flags.wordFunction = new RememberedWords(classifier.flags.wordFunction);
            }
            LOG.info("Loaded CRF {} in {} ms", location, (System.nanoTime() - start) / 1_000_000);
            return classifier;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException(
                    "Cannot load CoreNLP CRF model '" + location + "' (parameter "
                            + CrfEntityAnnotator.PARAM_MODEL_LOCATION + "): " + e.getMessage(),
                    e);
        }
    }

    /**
     * The model's word function (Americanize for the English models), remembered per word: the CRF applies it to a
     * token each time a feature reads the token's word, about an eighth of the entities step (issue 18); it is a
     * pure function, so remembering its results changes nothing. Shared by the threads that share the classifier;
     * once {@value #MAX_REMEMBERED} words are remembered, further ones are computed each time.
     */
    private record RememberedWords(Function<String, String> function, Map<String, String> remembered)
            implements Function<String, String> {

        private static final int MAX_REMEMBERED = 500_000;

        RememberedWords(Function<String, String> function) {
            this(function, new ConcurrentHashMap<>());
        }

        @Override
        public String apply(String word) {
            String result = word == null ? null : remembered.get(word);
            if (result == null) {
                result = function.apply(word);
                if (word != null && result != null && remembered.size() < MAX_REMEMBERED) {
                    remembered.put(word, result);
                }
            }
            return result;
        }
    }

    /**
     * Whether the CRF may find a name in the sentence: a word after the first has a capital letter, or the first
     * word is not one the model knows in lower case (a capital that only starts the sentence: "Shares fell"). The
     * CRF labels (next to) no token of the other sentences, so they are not run through it (issue 18: the CRF
     * takes most of the default pipeline's time). A model without known lower-case words runs on every sentence.
     */
    static boolean mayHoldName(CRFClassifier<CoreLabel> classifier, List<CoreLabel> sentence) {
        Set<String> knownLowerCase = classifier.getKnownLCWords();
        if (knownLowerCase == null || knownLowerCase.isEmpty()) {
            return true;
        }
        for (int i = 1; i < sentence.size(); i++) {
            if (hasUpperCase(sentence.get(i).word())) {
                return true;
            }
        }
        String first = sentence.get(0).word();
        return hasUpperCase(first.substring(1))
                || hasUpperCase(first) && !knownLowerCase.contains(first.toLowerCase(Locale.ROOT));
    }

    private static boolean hasUpperCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
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
