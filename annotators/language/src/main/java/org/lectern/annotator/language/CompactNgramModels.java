package org.lectern.annotator.language;

import com.github.pemistahl.lingua.api.Language;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import org.lectern.api.SharedModels;

/**
 * Lingua 1.2.2's n-gram models of all its languages in one compact, immutable, primitive index, built once per
 * JVM on first use ({@link SharedModels}) and shared by all threads.
 *
 * <p>Lingua's jar carries, per language, five JSON resources {@code /language-models/<iso>/<order>s.json} mapping
 * each relative frequency (a fraction) to the 1- to 5-grams that have it; Lingua holds them as
 * {@code String → float} hash maps, 19.7 million entries and about 2.4 GB for its 75 languages. Here:
 * <ul>
 *   <li>every n-gram is a {@code long} key: its order, and for a unigram its {@code char}, for a longer n-gram
 *       its {@value #BITS_PER_CHAR}-bit character codes, first character highest, so that a prefix's key is the
 *       key shifted right. The codes number the letters of the languages with 2- to 5-gram models (their
 *       unigrams, which hold every letter of their n-grams: 770), below {@value #FIRST_TEXT_CODE}; codes from
 *       {@value #FIRST_TEXT_CODE} on are free for letters of an input text that have none (see
 *       {@link NgramLanguageDetector});</li>
 *   <li>the 7.6 million distinct keys sit in one open-addressing hash table, each with its <em>postings</em>: the
 *       languages whose model has the n-gram (a {@code byte}, the {@link Language} ordinal) and the natural
 *       logarithm of its probability there, computed exactly as Lingua does (the fraction as {@code float}, its
 *       {@code ln} as {@code float}).</li>
 * </ul>
 * One look-up thus serves all candidate languages at once. About 240 MB in all, built by {@link NgramIndexBuilder}.
 * With a model cache folder ({@link NgramIndexFile}) the four large arrays are read in place from a memory-mapped
 * file, outside the heap and shared by all threads (issue 18: the heap of the default pipeline was half this
 * index); without one they are arrays on the heap.
 */
final class CompactNgramModels {

    static final int MAX_ORDER = 5;
    static final int BITS_PER_CHAR = 11;
    /** Model letters get codes 1..{@value}-1; 0 means "no code". */
    static final int FIRST_TEXT_CODE = 1 << (BITS_PER_CHAR - 1);

    static final int MAX_CODE = (1 << BITS_PER_CHAR) - 1;
    /** The order sits above the 55 bits of five character codes. */
    static final int ORDER_SHIFT = 5 * BITS_PER_CHAR + 1;

    static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

    // package-private for NgramIndexFile, which stores and reads them as they are; read by absolute index only
    /** Code of each model character (0: none). */
    final short[] codes;
    /** The character of each code below {@link #FIRST_TEXT_CODE}. */
    final char[] characters;
    /** Open addressing, linear probing; 0 marks an empty slot. */
    final LongBuffer keys;
    /** The postings of slot {@code s} are {@code postingStarts[s]} to {@code postingStarts[s + 1]} (exclusive). */
    final IntBuffer postingStarts;

    final ByteBuffer postingLanguages;
    final FloatBuffer postingLnProbabilities;

    private final int capacity;

    CompactNgramModels(
            short[] codes,
            char[] characters,
            LongBuffer keys,
            IntBuffer postingStarts,
            ByteBuffer postingLanguages,
            FloatBuffer postingLnProbabilities) {
        this.codes = codes;
        this.characters = characters;
        this.keys = keys;
        this.postingStarts = postingStarts;
        this.postingLanguages = postingLanguages;
        this.postingLnProbabilities = postingLnProbabilities;
        this.capacity = keys.capacity();
    }

    /** The index over arrays on the heap. */
    static CompactNgramModels onHeap(
            short[] codes,
            char[] characters,
            long[] keys,
            int[] postingStarts,
            byte[] postingLanguages,
            float[] postingLnProbabilities) {
        return new CompactNgramModels(
                codes,
                characters,
                LongBuffer.wrap(keys),
                IntBuffer.wrap(postingStarts),
                ByteBuffer.wrap(postingLanguages),
                FloatBuffer.wrap(postingLnProbabilities));
    }

    /** The models of all of Lingua's languages, built on first use and shared by all engines of the JVM. */
    static CompactNgramModels get() {
        return SharedModels.get(
                "lingua-compact-ngrams",
                CompactNgramModels.class,
                () -> NgramIndexFile.readOrBuild(NgramIndexBuilder::build));
    }

    /** The code of a letter of the languages with 2- to 5-gram models, 0 for any other character. */
    int code(char character) {
        return codes[character];
    }

    /** The character of a code below {@link #FIRST_TEXT_CODE}. */
    char character(int code) {
        return characters[code];
    }

    /**
     * The slot of an n-gram, or -1 if no language has it: for a unigram {@code key} is its character, for a
     * longer n-gram its packed character codes.
     */
    int find(int order, long key) {
        long tagged = (long) order << ORDER_SHIFT | key;
        int slot = slot(tagged, capacity);
        long found;
        while ((found = keys.get(slot)) != 0) {
            if (found == tagged) {
                return slot;
            }
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        return -1;
    }

    int postingsStart(int slot) {
        return postingStarts.get(slot);
    }

    int postingsEnd(int slot) {
        return postingStarts.get(slot + 1);
    }

    /** The {@link Language#ordinal()} of a posting's language. */
    int language(int posting) {
        return postingLanguages.get(posting);
    }

    float lnProbability(int posting) {
        return postingLnProbabilities.get(posting);
    }

    static int slot(long key, int capacity) {
        long hash = key * HASH_MULTIPLIER; // Fibonacci hashing spreads the packed characters over the high bits
        return (int) (((hash >>> 32) * capacity) >>> 32); // maps the high 32 bits onto 0..capacity-1
    }
}
