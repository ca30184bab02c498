package org.lectern.annotator.cleanup.artefacts;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.lectern.api.SharedModels;

/**
 * Word vectors of common lower-case words, unit length, read-only and shared by all threads: NLP4J's English word
 * embeddings (word2vec, 50 dimensions, trained on a large general corpus; Emory NLP4J 1.1.3, Apache-2.0), kept to the
 * words the statistics count at least {@link #MIN_COUNT} times and stored as one byte per dimension (the cosines
 * they give differ from the full vectors' by under 0.01). {@code tools/regenerate.sh} writes the file.
 */
public final class WordVectors {

    /** The vectors shipped with the module. */
    public static final String DEFAULT_LOCATION = "classpath:/org/lectern/annotator/cleanup/word-vectors.bin.gz";

    static final int DIMENSIONS = 50;

    private static final int MAGIC = 0x4C575631; // "LWV1"
    /** Rarer words are never judged (see {@link ContextFit}) and add little to a context. */
    private static final int MIN_COUNT = 3;

    private final Map<String, float[]> vectors;

    private WordVectors(Map<String, float[]> vectors) {
        this.vectors = vectors;
    }

    /** The vectors at {@code location} ({@code classpath:/…} or a file path), read once per JVM. */
    public static WordVectors load(String location) {
        return SharedModels.get("word-vectors:" + location, WordVectors.class, () -> read(location));
    }

    /** The word's unit vector, or null when it has none. */
    float[] of(String word) {
        return vectors.get(word);
    }

    /**
     * Writes the vectors of the lower-case words that {@code statistics} counts at least {@link #MIN_COUNT} times,
     * in sorted order so that the file is the same for the same input.
     */
    public static void write(Map<String, float[]> embeddings, Collocations statistics, Path out) throws IOException {
        Map<String, float[]> kept = new TreeMap<>();
        embeddings.forEach((word, vector) -> {
            if (vector.length == DIMENSIONS
                    && word.equals(word.toLowerCase(Locale.ROOT))
                    && statistics.count(word) >= MIN_COUNT) {
                kept.put(word, vector);
            }
        });
        try (DataOutputStream data =
                new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(out))))) {
            data.writeInt(MAGIC);
            data.writeInt(kept.size());
            for (Map.Entry<String, float[]> entry : kept.entrySet()) {
                data.writeUTF(entry.getKey());
                float largest = 0;
                for (float value : entry.getValue()) {
                    largest = Math.max(largest, Math.abs(value));
                }
                for (float value : entry.getValue()) {
                    data.writeByte(Math.round(value * 127 / largest));
                }
            }
        }
    }

    private static WordVectors read(String location) {
        try (DataInputStream data =
                new DataInputStream(new BufferedInputStream(new GZIPInputStream(Collocations.open(location))))) {
            if (data.readInt() != MAGIC) {
                throw new IOException(location + " is not a word-vector file of this version");
            }
            int size = data.readInt();
            Map<String, float[]> vectors = new HashMap<>(size * 2);
            byte[] bytes = new byte[DIMENSIONS];
            for (int w = 0; w < size; w++) {
                String word = data.readUTF();
                data.readFully(bytes);
                float[] vector = new float[DIMENSIONS];
                double norm = 0;
                for (int d = 0; d < DIMENSIONS; d++) {
                    vector[d] = bytes[d];
                    norm += vector[d] * vector[d];
                }
                for (int d = 0; d < DIMENSIONS; d++) {
                    vector[d] /= (float) Math.sqrt(norm);
                }
                vectors.put(word, vector);
            }
            return new WordVectors(vectors);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word vectors " + location + ": " + e.getMessage(), e);
        }
    }
}
