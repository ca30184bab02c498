package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SpunRegionsTest {

    @Test
    void firstStageIsTheFirstSentencesHoldingTwoFifthsOfARegion() {
        List<int[]> tenEven = IntStream.range(0, 10)
                .mapToObj(s -> new int[] {100 + 10 * s, 110 + 10 * s})
                .toList();
        assertThat(SpunRegions.firstStage(tenEven)).isEqualTo(4);
        // a long last sentence: the whole region is the first stage
        assertThat(SpunRegions.firstStage(List.of(new int[] {0, 10}, new int[] {10, 20}, new int[] {20, 100})))
                .isEqualTo(3);
        assertThat(SpunRegions.firstStage(List.of(new int[] {0, 50}, new int[] {50, 60})))
                .isEqualTo(1);
    }
}
