package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnsweredQueriesTest {

    private final MaskedLanguageModel model = MaskedLanguageModel.shared(true);

    @Test
    void answersARepeatedQueryFromMemoryAsTheModelWould() {
        int[] pieces = Arrays.stream("he made a telephone name to his counterpart .".split(" "))
                .mapToInt(model::id)
                .toArray();
        int[] choices = {model.id("name"), model.id("call")};
        MaskedLanguageModel.Query name = new MaskedLanguageModel.Query(pieces, 4, choices);
        MaskedLanguageModel.Query made = new MaskedLanguageModel.Query(pieces, 1, choices);
        AnsweredQueries answers = new AnsweredQueries(model);

        float[][][] first = answers.logProbabilities(
                List.of(name, made, new MaskedLanguageModel.Query(pieces.clone(), 4, choices.clone())));
        float[][][] again = answers.logProbabilities(List.of(made));

        assertThat(first[2]).as("the same query in one batch").isSameAs(first[0]);
        assertThat(again[0]).as("asked before").isSameAs(first[1]);
        float[][][] alone = model.logProbabilities(List.of(name, made));
        assertThat(first[0][0]).containsExactly(alone[0][0], offset(1e-3f));
        assertThat(first[1][0]).containsExactly(alone[1][0], offset(1e-3f));
        assertThat(first[0][0][1]).as("call fits better than name").isGreaterThan(first[0][0][0]);
    }
}
