package org.lectern.annotator.language;

import static org.lectern.annotator.language.CompactNgramModels.BITS_PER_CHAR;
import static org.lectern.annotator.language.CompactNgramModels.HASH_MULTIPLIER;
import static org.lectern.annotator.language.CompactNgramModels.MAX_ORDER;
import static org.lectern.annotator.language.CompactNgramModels.ORDER_SHIFT;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One language's models as read: tagged keys and {@code ln} probabilities, in small arrays per hash bucket
 * (which the collector can move, and which are freed bucket by bucket while the index is built).
 */
final class ParsedNgramModel {
    /** Buckets by the top bits of the hash, so by stretches of table slots. */
    static final int BUCKETS = 256;

    private static final String[] FILE_NAMES = {null, "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
    private static final byte[] MARKER = "\"ngrams\":{".getBytes(StandardCharsets.US_ASCII);

    final Language language;
    final long[][] keys = new long[BUCKETS][];
    final float[][] lnProbabilities = new float[BUCKETS][];
    /** The keys' slots in the finished table. */
    final int[][] slots = new int[BUCKETS][];

    private final int[] sizes = new int[BUCKETS];
    int entries;

    /** Room for about {@code expectedEntries}: hashing spreads them evenly, 15 % more leaves room for chance. */
    private ParsedNgramModel(Language language, int expectedEntries) {
        this.language = language;
        int perBucket = expectedEntries / BUCKETS * 115 / 100 + 8;
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            keys[bucket] = new long[perBucket];
            lnProbabilities[bucket] = new float[perBucket];
        }
    }

    int size(int bucket) {
        return sizes[bucket];
    }

    private void add(long key, float lnProbability) {
        int bucket = (int) ((key * HASH_MULTIPLIER) >>> 56); // the top bits: one stretch of table slots
        int size = sizes[bucket]++;
        if (size == keys[bucket].length) {
            keys[bucket] = Arrays.copyOf(keys[bucket], 2 * size);
            lnProbabilities[bucket] = Arrays.copyOf(lnProbabilities[bucket], 2 * size);
        }
        keys[bucket][size] = key;
        lnProbabilities[bucket][size] = lnProbability;
        entries++;
    }

    /** Reads the language's model files into the buffers (one per order, grown as needed). */
    static ParsedNgramModel read(Language language, NgramIndexBuilder.Codes codes, byte[][] buffers) {
        int[] lengths = new int[MAX_ORDER + 1];
        int[] ngramsStarts = new int[MAX_ORDER + 1];
        int entries = 0;
        for (int order = 1; order <= MAX_ORDER; order++) {
            String path = "/language-models/" + language.getIsoCode639_1() + "/" + FILE_NAMES[order] + ".json";
            URL resource = Language.class.getResource(path);
            if (resource == null) { // Lingua has only unigram models for languages with a script of their own
                continue;
            }
            try {
                URLConnection connection = resource.openConnection();
                long size = connection.getContentLengthLong(); // a jar entry's size
                try (InputStream in = connection.getInputStream()) {
                    if (size < 0) {
                        buffers[order] = in.readAllBytes();
                        lengths[order] = buffers[order].length;
                    } else {
                        if (buffers[order].length < size) {
                            buffers[order] = new byte[(int) (size * 5 / 4)];
                        }
                        lengths[order] = in.readNBytes(buffers[order], 0, (int) size);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Lingua's model " + path, e);
            }
            ngramsStarts[order] = indexOf(buffers[order], lengths[order], MARKER) + MARKER.length;
            if (ngramsStarts[order] < MARKER.length) {
                throw new IllegalStateException(path + ": no \"ngrams\" object");
            }
            for (int i = ngramsStarts[order]; i < lengths[order]; i++) {
                if (buffers[order][i] == ' ' || buffers[order][i] == ':') { // one per further n-gram, one per list
                    entries++;
                }
            }
        }
        if (lengths[2] > 0) { // the characters of a language's n-grams are its unigrams
            codes.assign(buffers[1], ngramsStarts[1], lengths[1], language + " unigrams");
        }
        ParsedNgramModel model = new ParsedNgramModel(language, entries);
        for (int order = 1; order <= MAX_ORDER; order++) {
            if (lengths[order] > 0) {
                model.parse(buffers[order], ngramsStarts[order], order, codes, language + " " + FILE_NAMES[order]);
            }
        }
        return model;
    }

    /**
     * Parses {@code "3/98":"onysi pallg …", …}. The n-grams are letters (a few unigrams other characters), so
     * the strings carry no escapes; a backslash is rejected.
     */
    private void parse(byte[] json, int position, int order, NgramIndexBuilder.Codes codes, String name) {
        long orderTag = (long) order << ORDER_SHIFT;
        Utf8 reader = new Utf8(json, position);
        while (json[reader.position] == '"') {
            int slash = reader.position;
            while (json[slash] != '/') {
                slash++;
            }
            int fractionEnd = slash;
            while (json[fractionEnd] != '"') {
                fractionEnd++;
            }
            // as Lingua: numerator.toFloat() / denominator.toInt(), then ln(Float)
            float probability = Float.parseFloat(ascii(json, reader.position + 1, slash))
                    / Integer.parseInt(ascii(json, slash + 1, fractionEnd));
            float lnProbability = (float) Math.log(probability);
            reader.position = fractionEnd + 3; // after ":"
            do {
                long key = 0;
                for (int i = 0; i < order; i++) {
                    char character = reader.next();
                    int code = order == 1 ? character : codes.codes[character];
                    if (code == 0 || character == ' ' || character == '"' || character == '\\') {
                        throw new IllegalStateException(name + ": n-gram of other than " + order + " characters "
                                + "(longer ones: letters of the language's unigrams) before byte "
                                + reader.position);
                    }
                    key = key << BITS_PER_CHAR | code;
                }
                add(orderTag | key, lnProbability);
            } while (json[reader.position++] == ' ');
            if (json[reader.position] == ',') {
                reader.position++;
            }
        }
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }

    private static int indexOf(byte[] bytes, int length, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Decodes UTF-8 (the Basic Multilingual Plane: 1 to 3 bytes per character) from a position on. */
    static final class Utf8 {
        final byte[] bytes;
        int position;

        Utf8(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        char next() {
            int first = bytes[position++] & 0xFF;
            if (first < 0x80) {
                return (char) first;
            }
            if (first < 0xE0) {
                return (char) ((first & 0x1F) << 6 | bytes[position++] & 0x3F);
            }
            if (first < 0xF0) {
                int second = bytes[position++] & 0x3F;
                return (char) ((first & 0x0F) << 12 | second << 6 | bytes[position++] & 0x3F);
            }
            throw new IllegalStateException("character outside the Basic Multilingual Plane at byte " + position);
        }
    }
}
