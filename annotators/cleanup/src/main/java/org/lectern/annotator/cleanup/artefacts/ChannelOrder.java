package org.lectern.annotator.cleanup.artefacts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * An order of a layer's channels, and the matrices that write or read them put in that order: reordering a layer's
 * output columns and the next layer's input rows alike leaves the product unchanged.
 *
 * @param channels the channel at each place
 */
record ChannelOrder(int[] channels) {

    /** The channels as they are. */
    static ChannelOrder identity(int size) {
        return new ChannelOrder(IntStream.range(0, size).toArray());
    }

    /** The {@code widest} channels of largest range put last, in their order; the rest as they were. */
    static ChannelOrder widestLast(float[] ranges, int widest) {
        int[] byRange = IntStream.range(0, ranges.length)
                .boxed()
                .sorted(Comparator.comparingDouble(c -> -ranges[c]))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] last = Arrays.copyOf(byRange, widest);
        Arrays.sort(last);
        return new ChannelOrder(IntStream.concat(
                        IntStream.range(0, ranges.length).filter(c -> Arrays.binarySearch(last, c) < 0),
                        Arrays.stream(last))
                .toArray());
    }

    /** A matrix with one column per channel (or a vector of one value per channel), its columns in this order. */
    float[] columns(float[] matrix) {
        int width = channels.length;
        float[] reordered = new float[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            reordered[i] = matrix[i - i % width + channels[i % width]];
        }
        return reordered;
    }

    /** A matrix of {@code width} columns with one row per channel, its rows in this order. */
    float[] rows(float[] matrix, int width) {
        float[] reordered = new float[matrix.length];
        for (int row = 0; row < channels.length; row++) {
            System.arraycopy(matrix, channels[row] * width, reordered, row * width, width);
        }
        return reordered;
    }
}
