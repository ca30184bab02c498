package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskPlanTest {

    /** Ten one-piece words (ids 100..109) and one of three pieces (ids 200..202) at word 4. */
    private static List<int[]> sentence() {
        List<int[]> words = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            words.add(w == 4 ? new int[] {200, 201, 202} : new int[] {100 + w});
        }
        return words;
    }

    @Test
    void masksWordsAtLeastAGapApartInOneQuery() {
        MaskPlan plan = new MaskPlan(sentence());
        int first = plan.add(0, -1, new int[] {7});
        int second = plan.add(1, -1, new int[] {8});
        int third = plan.add(3, -1, new int[] {9});

        List<MaskedLanguageModel.Query> queries = plan.queries();

        assertThat(queries).hasSize(2);
        // words 0 and 3 share a query; word 1 is too near either
        assertThat(queries.get(0).masked()).containsExactly(0, 3);
        assertThat(queries.get(0).pieces()).containsExactly(100, 101, 102, 103, 200, 201, 202, 105, 106, 107, 108, 109);
        assertThat(queries.get(1).masked()).containsExactly(1);
        float[][][] answers = {{{-1f}, {-3f}}, {{-2f}}};
        assertThat(plan.scores(answers, first)).containsExactly(-1f);
        assertThat(plan.scores(answers, third)).containsExactly(-3f);
        assertThat(plan.scores(answers, second)).containsExactly(-2f);
    }

    @Test
    void putsAWholeWordInOneMaskAndEachOfItsPiecesInItsOwnQuery() {
        MaskPlan plan = new MaskPlan(sentence());
        plan.add(4, -1, new int[] {7, 8});
        plan.add(4, 0, new int[] {200});
        plan.add(4, 1, new int[] {201});
        plan.add(8, -1, new int[] {9});

        List<MaskedLanguageModel.Query> queries = plan.queries();

        assertThat(queries).hasSize(3);
        // the whole word is one place (its first piece stands for it; the model masks it), word 8 joins that query
        assertThat(queries.get(0).pieces()).containsExactly(100, 101, 102, 103, 200, 105, 106, 107, 108, 109);
        assertThat(queries.get(0).masked()).containsExactly(4, 8);
        assertThat(queries.get(0).choices()[0]).containsExactly(7, 8);
        assertThat(queries.get(1).pieces()).hasSize(12);
        assertThat(queries.get(1).masked()).containsExactly(4);
        assertThat(queries.get(2).masked()).containsExactly(5);
    }
}
