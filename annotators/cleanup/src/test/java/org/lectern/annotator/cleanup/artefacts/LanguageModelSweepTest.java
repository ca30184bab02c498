package org.lectern.annotator.cleanup.artefacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageModelSweepTest {

    @Test
    void rechecksACorrectionAfterEveryEarlierOneInItsSentenceOrOfTheSameWord() {
        List<StatisticsTokens.Token> tokens =
                List.of(token(0, "firm"), token(5, "rise"), token(10, "firm"), token(15, "say"), token(20, "rise"));
        int[] sentenceOf = {0, 0, 1, 2, 3};
        // corrected in this order: 1 "rise" (sentence 0), 0 "firm" (sentence 0), 2 "firm" (sentence 1),
        // 3 "say" (sentence 2), 4 "rise" (sentence 3)
        List<List<Integer>> rounds = LanguageModelSweep.rounds(tokens, sentenceOf, List.of(1, 0, 2, 3, 4));
        // 0 follows 1 (same sentence), 2 follows 0 (same word), 4 follows 1 (same word); 3 reads none of them
        assertEquals(List.of(List.of(1, 3), List.of(0, 4), List.of(2)), rounds);
    }

    private static StatisticsTokens.Token token(int begin, String norm) {
        return new StatisticsTokens.Token(begin, begin + norm.length(), norm, false);
    }
}
