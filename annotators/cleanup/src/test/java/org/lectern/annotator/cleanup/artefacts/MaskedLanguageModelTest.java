package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MaskedLanguageModelTest {

    private final MaskedLanguageModel model = MaskedLanguageModel.shared(false);

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

    @Test
    void scoresAPlaceNotNormalizedAsItsLogProbabilitiesPlusOneConstant() {
        String[] words = "he made a telephone name to his counterpart .".split(" ");
        int[] pieces = Arrays.stream(words).mapToInt(model::id).toArray();
        int[] choices = {model.id("name"), model.id("call"), model.id("label"), model.id("the")};
        float[] logProbabilities =
                model.logProbabilities(List.of(new MaskedLanguageModel.Query(pieces, 4, choices)))[0][0];
        MaskedLanguageModel.Query notNormalized =
                new MaskedLanguageModel.Query(pieces, new int[] {4}, new int[][] {choices}, new boolean[] {false});
        float[] scores = model.logProbabilities(List.of(notNormalized))[0][0];

        float constant = scores[0] - logProbabilities[0];
        assertThat(constant).as("BERT's logits are not log-probabilities").isNotCloseTo(0f, offset(1f));
        for (int c = 0; c < choices.length; c++) {
            assertThat(scores[c] - constant).isCloseTo(logProbabilities[c], offset(1e-3f));
        }
        assertThat(Math.exp(logProbabilities[1])).as("P(call)").isBetween(0.0, 1.0);
    }

    @Test
    void answersQueriesOfManyLengthsTogetherAsEachAlone() {
        String[] words = "the minister said on monday that talks with the unions would resume next week .".split(" ");
        int[] all = Arrays.stream(words).mapToInt(model::id).toArray();
        // more queries than one call takes, of mixed lengths, each asking about its last word but one
        List<MaskedLanguageModel.Query> queries = IntStream.rangeClosed(3, all.length)
                .map(length -> length % 2 == 0 ? length : all.length + 3 - length)
                .mapToObj(length -> new MaskedLanguageModel.Query(
                        Arrays.copyOf(all, length), length - 2, new int[] {all[length - 2], model.id("week")}))
                .toList();
        float[][][] together = model.logProbabilities(queries);

        for (int q = 0; q < queries.size(); q++) {
            float[] alone = model.logProbabilities(List.of(queries.get(q)))[0][0];
            assertThat(together[q][0]).containsExactly(alone, offset(1e-3f));
        }
        float[][][] unmasked = model.unmaskedScores(
                List.of(new MaskedLanguageModel.Query(all, 4, new int[] {model.id("monday"), model.id("week")})));
        assertThat(unmasked[0][0][0])
                .as("a word seen is far more probable than another")
                .isGreaterThan(unmasked[0][0][1] + 5);
    }

    @Test
    void answersRowsOfManyPlacesBesideRowsOfOneAsEachAlone() {
        String[] words = "the minister said on monday that talks with the unions would resume next week .".split(" ");
        int[] pieces = Arrays.stream(words).mapToInt(model::id).toArray();
        // the last layer computes only the places asked about: a row of one place is padded to the others' three
        MaskedLanguageModel.Query three = new MaskedLanguageModel.Query(
                pieces,
                new int[] {1, 4, 9},
                new int[][] {{pieces[1]}, {pieces[4], model.id("friday")}, {pieces[9]}},
                new boolean[] {true, false, true});
        MaskedLanguageModel.Query one = new MaskedLanguageModel.Query(pieces, 12, new int[] {pieces[12]});
        float[][][] together = model.logProbabilities(List.of(one, three));

        assertThat(together[0]).hasDimensions(1, 1);
        assertThat(together[0][0]).containsExactly(model.logProbabilities(List.of(one))[0][0], offset(1e-3f));
        float[][] alone = model.logProbabilities(List.of(three))[0];
        for (int place = 0; place < 3; place++) {
            assertThat(together[1][place]).containsExactly(alone[place], offset(1e-3f));
        }
        assertThat(together[1][0][0]).as("a log-probability").isNegative();
    }

    @Test
    void cutsCallsWherePaddingWouldCostMoreThanACall() {
        // three short rows and a long one: the long one alone (8 + 30 + 8 + 60 pieces, against 8 + 240 together)
        int[] starts = MaskedLanguageModel.callStarts(new int[] {10, 10, 10, 60});
        assertThat(starts[4]).isEqualTo(3);
        assertThat(starts[3]).isZero();
        // rows of one length: as few calls as the rows a call takes allow
        int[] even = MaskedLanguageModel.callStarts(new int[] {30, 30, 30, 30, 30, 30, 30, 30, 30, 30});
        assertThat(even[10]).isEqualTo(2);
        assertThat(even[2]).isZero();
    }

    @Test
    void scoresIn8BitsCloseTo32BitsAndTheSameTogetherAsAlone() {
        MaskedLanguageModel quantized = MaskedLanguageModel.shared(true);
        String[] words = "the minister said on monday that talks with the unions would resume next week .".split(" ");
        int[] pieces = Arrays.stream(words).mapToInt(model::id).toArray();
        int[] choices = {model.id("monday"), model.id("friday"), model.id("week"), model.id("the")};
        List<MaskedLanguageModel.Query> queries = List.of(
                new MaskedLanguageModel.Query(pieces, 4, choices),
                new MaskedLanguageModel.Query(Arrays.copyOf(pieces, 9), 8, new int[] {model.id("unions")}));
        float[] exact = model.logProbabilities(queries)[0][0];
        float[] together = quantized.logProbabilities(queries)[0][0];
        float[] alone = quantized.logProbabilities(List.of(queries.get(0)))[0][0];

        assertThat(together).containsExactly(exact, offset(0.5f));
        for (int c = 1; c < choices.length; c++) {
            assertThat(together[c] - together[0])
                    .as("gain of choice %d over the written word", c)
                    .isCloseTo(exact[c] - exact[0], offset(0.3f));
        }
        // each row's activations are quantized on its own scale; only the zero point spans the call's rows, so a
        // row's company in the call could move its scores a little (measured here: not at all, to 3 decimals)
        assertThat(together).containsExactly(alone, offset(0.05f));
    }
}
