package org.lectern.annotator.entities;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.AmericanizeFunction;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrfModelsTest {

    private static final CRFClassifier<CoreLabel> CLASSIFIER = classifier();

    @Test
    void aSentenceWhoseOnlyCapitalStartsItWithACommonWordIsNotRun() {
        assertThat(mayHoldName("Shares fell sharply on the news.")).isFalse();
    }

    @Test
    void aCapitalAfterTheFirstWordOrAnUnknownFirstWordIsRun() {
        assertThat(mayHoldName("Profits at the group fell, Tesco said.")).isTrue();
        assertThat(mayHoldName("Tesco said profits fell.")).isTrue();
        assertThat(mayHoldName("IBM said profits fell.")).isTrue();
    }

    @Test
    void theRememberedWordFunctionGivesWhatTheModelsOwnGivesEachTime() {
        AmericanizeFunction americanize = new AmericanizeFunction();
        for (int round = 0; round < 2; round++) {
            for (String word : List.of("colour", "Colour", "organisation", "Labour", "theatre", "Tesco", "")) {
                assertThat(CLASSIFIER.flags.wordFunction.apply(word)).isEqualTo(americanize.apply(word));
            }
        }
        assertThat(CLASSIFIER.flags.wordFunction.apply("colour")).isEqualTo("color");
    }

    private static boolean mayHoldName(String sentence) {
        return CrfModels.mayHoldName(CLASSIFIER, CrfTokenization.tokenize(sentence, 0));
    }

    private static CRFClassifier<CoreLabel> classifier() {
        try {
            return CrfModels.get(CrfEntityAnnotator.DEFAULT_MODEL);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
