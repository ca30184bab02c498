package org.lectern.annotator.cleanup.artefacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelOrderTest {

    @Test
    void putsTheWidestChannelsLastAndReordersBothSidesOfAProductAlike() {
        ChannelOrder order = ChannelOrder.widestLast(new float[] {1, 150, 2, 30}, 2);
        assertThat(order.channels()).containsExactly(0, 2, 1, 3);

        // x (one row, 2 inputs) times a (2 × 4) gives h; h times b (4 × 1) gives y
        float[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        float[] b = {1, 10, 100, 1000};
        float[] reorderedA = order.columns(a);
        float[] reorderedB = order.rows(b, 1);
        assertThat(reorderedA).containsExactly(1, 3, 2, 4, 5, 7, 6, 8);
        assertThat(reorderedB).containsExactly(1, 100, 10, 1000);
        float[] x = {2, -1};
        assertThat(product(x, reorderedA, reorderedB)).isEqualTo(product(x, a, b));
    }

    private static float product(float[] x, float[] a, float[] b) {
        float y = 0;
        for (int channel = 0; channel < b.length; channel++) {
            y += (x[0] * a[channel] + x[1] * a[b.length + channel]) * b[channel];
        }
        return y;
    }
}
