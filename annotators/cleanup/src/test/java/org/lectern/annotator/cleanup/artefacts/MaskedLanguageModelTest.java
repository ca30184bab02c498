package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MaskedLanguageModelTest {

    private final MaskedLanguageModel model = MaskedLanguageModel.shared();

    @Test
    void splitsWordsIntoWordPieces() {
        assertThat(model.pieces("call")).containsExactly(model.id("call"));
        assertThat(model.pieces("unbelievableness")).hasSizeGreaterThan(1);
        assertThat(model.pieces("\u2603")).isNull(); // a snowman is not in the vocabulary
        assertThat(model.id("unbelievableness")).isEqualTo(-1);
    }

    @Test
    void findsTheIntendedWordFarMoreProbableThanAWrongSenseSynonym() {
        String[] words = "he made a telephone name to his counterpart .".split(" ");
        int[] pieces = Arrays.stream(words).mapToInt(model::id).toArray();
        assertThat(pieces).doesNotContain(-1);
        int name = Arrays.asList(words).indexOf("name");
        float[][] scores = model.logProbabilities(List.of(new MaskedLanguageModel.Query(
                pieces, name, new int[] {model.id("name"), model.id("call"), model.id("label")})))[0];

        assertThat(scores).hasDimensions(1, 3);
        assertThat(IntStream.range(0, 3).mapToDouble(i -> scores[0][i])).allMatch(p -> p < 0);
        assertThat(scores[0][1] - scores[0][0]).as("log P(call) - log P(name)").isGreaterThan(4f);
        assertThat(scores[0][1]).isGreaterThan(scores[0][2]);
    }
}
