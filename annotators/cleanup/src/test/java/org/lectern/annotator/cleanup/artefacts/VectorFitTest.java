package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VectorFitTest {

    private static final String CLEAN = "The finance minister told reporters that the plan would help pay for new "
            + "schools and hospitals, and business leaders warned that the move could cost jobs.";
    /** {@link #CLEAN} with a few content words replaced by WordNet synonyms, as a spinner does. */
    private static final String SPUN = "The finance minister told newsmen that the design would aid pay for fresh "
            + "schools and hospitals, and business leaders warned that the motion could price jobs.";

    private final VectorFit fit = new VectorFit(WordVectors.load(WordVectors.DEFAULT_LOCATION), Synonyms.shared());

    @Test
    void aReplacedWordHasASynonymCloserToTheTopicThanTheWordItReplaced() {
        assertThat(gain(SPUN, "design")).isGreaterThan(gain(CLEAN, "plan") + 0.1);
        assertThat(gain(SPUN, "motion")).isGreaterThan(gain(CLEAN, "move") + 0.1);
        assertThat(gain(SPUN, "price")).isGreaterThan(gain(CLEAN, "cost") + 0.1);
    }

    @Test
    void aSpunSentenceGainsMoreOnAverageThanItsOriginal() {
        assertThat(meanGain(SPUN)).isGreaterThan(meanGain(CLEAN) + 0.05);
    }

    @Test
    void hasNoGainForAWordWithoutAVector() {
        assertThat(gain("The minister met the xqzvw on Tuesday.", "xqzvw")).isNaN();
    }

    private double gain(String text, String word) {
        String[] context = context(text);
        return fit.synonymGain(context, List.of(context).indexOf(word));
    }

    private double meanGain(String text) {
        String[] context = context(text);
        return IntStream.range(0, context.length)
                .mapToDouble(i -> fit.synonymGain(context, i))
                .filter(gain -> !Double.isNaN(gain))
                .average()
                .orElseThrow();
    }

    private static String[] context(String text) {
        return StatisticsTokens.of(text).stream()
                .map(StatisticsTokens.Token::norm)
                .toArray(String[]::new);
    }
}
