package org.lectern.annotator.cleanup.artefacts;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.lectern.api.SharedModels;

/**
 * Word counts, adjacent-word-pair counts and near-pair counts (two content words at most {@link #WINDOW} tokens
 * apart in one clause, either order) from reference English, read-only and shared by all threads. Words are the
 * {@link StatisticsTokens} forms; a pair is kept as a 32-bit hash of its two words (a colliding unseen pair is taken for
 * a seen one about once in 1,000 look-ups, harmless for a ratio test), so the counts fit in a few megabytes. The file is written
 * by {@link CollocationCounter}, which {@code tools/regenerate.sh} runs over the reference corpora.
 */
public final class Collocations {

    /** The statistics shipped with the module. */
    public static final String DEFAULT_LOCATION = "classpath:/org/lectern/annotator/cleanup/collocations.bin.gz";

    /** Greatest distance, in tokens, between the two words of a near pair. */
    static final int WINDOW = 3;

    static final int MAGIC = 0x4C434F32; // "LCO2"

    private final long total;
    private final Map<String, Integer> words;
    private final int[] pairKeys;
    private final int[] pairCounts;
    /** Content-word tokens, and near pairs, counted. */
    private final long contentTotal;

    private final long nearTotal;
    private final int[] nearKeys;
    private final int[] nearCounts;

    private Collocations(
            long total,
            Map<String, Integer> words,
            int[] pairKeys,
            int[] pairCounts,
            long contentTotal,
            long nearTotal,
            int[] nearKeys,
            int[] nearCounts) {
        this.total = total;
        this.words = words;
        this.pairKeys = pairKeys;
        this.pairCounts = pairCounts;
        this.contentTotal = contentTotal;
        this.nearTotal = nearTotal;
        this.nearKeys = nearKeys;
        this.nearCounts = nearCounts;
    }

    /** The statistics at {@code location} ({@code classpath:/…} or a file path), read once per JVM. */
    public static Collocations load(String location) {
        return SharedModels.get("collocations:" + location, Collocations.class, () -> read(location));
    }

    /** Number of tokens counted. */
    long total() {
        return total;
    }

    int count(String word) {
        return words.getOrDefault(word, 0);
    }

    int count(String first, String second) {
        return lookUp(pairKeys, pairCounts, pairKey(first, second));
    }

    /** How often the two content words occur near each other. */
    int nearCount(String one, String other) {
        return lookUp(nearKeys, nearCounts, nearKey(one, other));
    }

    private static int lookUp(int[] keys, int[] counts, int key) {
        int i = Arrays.binarySearch(keys, key);
        return i < 0 ? 0 : counts[i];
    }

    /**
     * Smoothed pointwise mutual information of the pair, in nats: positive when the pair is seen more often than its
     * words' frequencies predict, negative when a pair that should be common if the words were unrelated is missing.
     * {@code prior} is the pseudo-count added to both observed and expected counts.
     */
    double association(String first, String second, double prior) {
        double expected = (double) count(first) * count(second) / total;
        return Math.log((count(first, second) + prior) / (expected + prior));
    }

    /** Like {@link #association} for two content words occurring near each other. */
    double nearAssociation(String one, String other, double prior) {
        double expected = 2.0 * nearTotal * count(one) / contentTotal * count(other) / contentTotal;
        return Math.log((nearCount(one, other) + prior) / (expected + prior));
    }

    static int pairKey(String first, String second) {
        return hash(first, ' ', second);
    }

    static int nearKey(String one, String other) {
        return one.compareTo(other) <= 0 ? hash(one, '\t', other) : hash(other, '\t', one);
    }

    private static int hash(String first, char separator, String second) {
        long h = 0xcbf29ce484222325L; // FNV-1a over both words and the separator
        for (int i = 0; i < first.length(); i++) {
            h = (h ^ first.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ separator) * 0x100000001b3L;
        for (int i = 0; i < second.length(); i++) {
            h = (h ^ second.charAt(i)) * 0x100000001b3L;
        }
        return (int) (h ^ (h >>> 32));
    }

    private static Collocations read(String location) {
        try (InputStream raw = open(location);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw), 1 << 16))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a collocation file: " + location);
            }
            long total = in.readLong();
            int wordCount = in.readInt();
            Map<String, Integer> words = new HashMap<>(wordCount * 2);
            for (int i = 0; i < wordCount; i++) {
                words.put(in.readUTF(), (int) readVarLong(in));
            }
            int[][] pairs = readCounts(in);
            long contentTotal = in.readLong();
            long nearTotal = in.readLong();
            int[][] near = readCounts(in);
            return new Collocations(
                    total, Map.copyOf(words), pairs[0], pairs[1], contentTotal, nearTotal, near[0], near[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read collocation statistics " + location, e);
        }
    }

    /** Sorted hash keys (delta-coded) and their counts. */
    private static int[][] readCounts(DataInputStream in) throws IOException {
        int size = in.readInt();
        int[] keys = new int[size];
        int[] counts = new int[size];
        long key = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            key += readVarLong(in);
            keys[i] = (int) key;
            counts[i] = (int) readVarLong(in);
        }
        return new int[][] {keys, counts};
    }

    static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            InputStream in = Collocations.class.getResourceAsStream(location.substring("classpath:".length()));
            if (in == null) {
                throw new FileNotFoundException(location);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }
}
