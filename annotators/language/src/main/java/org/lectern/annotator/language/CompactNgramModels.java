package org.lectern.annotator.language;

import com.github.pemistahl.lingua.api.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.lectern.api.SharedModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * One look-up thus serves all candidate languages at once. About 240 MB in all; built in a few seconds with a
 * heap peak of about 400 MB (it fits in {@code -Xmx512m}).
 */
final class CompactNgramModels {

    static final int MAX_ORDER = 5;
    static final int BITS_PER_CHAR = 11;
    /** Model letters get codes 1..{@value}-1; 0 means "no code". */
    static final int FIRST_TEXT_CODE = 1 << (BITS_PER_CHAR - 1);

    static final int MAX_CODE = (1 << BITS_PER_CHAR) - 1;
    /** The order sits above the 55 bits of five character codes. */
    private static final int ORDER_SHIFT = 5 * BITS_PER_CHAR + 1;

    private static final double LOAD_FACTOR = 0.7;
    private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final String[] FILE_NAMES = {null, "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"};
    private static final Logger LOG = LoggerFactory.getLogger(CompactNgramModels.class);

    // package-private for NgramIndexFile, which stores and reads them as they are
    /** Code of each model character (0: none). */
    final short[] codes;
    /** The character of each code below {@link #FIRST_TEXT_CODE}. */
    final char[] characters;
    /** Open addressing, linear probing; 0 marks an empty slot. */
    final long[] keys;
    /** The postings of slot {@code s} are {@code postingStarts[s]} to {@code postingStarts[s + 1]} (exclusive). */
    final int[] postingStarts;

    final byte[] postingLanguages;
    final float[] postingLnProbabilities;

    CompactNgramModels(
            short[] codes,
            char[] characters,
            long[] keys,
            int[] postingStarts,
            byte[] postingLanguages,
            float[] postingLnProbabilities) {
        this.codes = codes;
        this.characters = characters;
        this.keys = keys;
        this.postingStarts = postingStarts;
        this.postingLanguages = postingLanguages;
        this.postingLnProbabilities = postingLnProbabilities;
    }

    /** The models of all of Lingua's languages, built on first use and shared by all engines of the JVM. */
    static CompactNgramModels get() {
        return SharedModels.get(
                "lingua-compact-ngrams",
                CompactNgramModels.class,
                () -> NgramIndexFile.readOrBuild(CompactNgramModels::load));
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
        int slot = slot(tagged, keys.length);
        long found;
        while ((found = keys[slot]) != 0) {
            if (found == tagged) {
                return slot;
            }
            slot = slot + 1 == keys.length ? 0 : slot + 1;
        }
        return -1;
    }

    int postingsStart(int slot) {
        return postingStarts[slot];
    }

    int postingsEnd(int slot) {
        return postingStarts[slot + 1];
    }

    /** The {@link Language#ordinal()} of a posting's language. */
    int language(int posting) {
        return postingLanguages[posting];
    }

    float lnProbability(int posting) {
        return postingLnProbabilities[posting];
    }

    private static int slot(long key, int capacity) {
        long hash = key * HASH_MULTIPLIER; // Fibonacci hashing spreads the packed characters over the high bits
        return (int) (((hash >>> 32) * capacity) >>> 32); // maps the high 32 bits onto 0..capacity-1
    }

    /** Builds the index from Lingua's JSON models (seconds of all cores; {@link NgramIndexFile} keeps a copy). */
    private static CompactNgramModels load() {
        long start = System.nanoTime();
        List<Language> languages = Language.all();
        Codes codes = new Codes();
        // one task per core, each reading its languages' files into buffers of its own: few large allocations
        int tasks = Math.min(languages.size(), Runtime.getRuntime().availableProcessors());
        List<ParsedModel> parsed = IntStream.range(0, tasks)
                .parallel()
                .boxed()
                .flatMap(task -> {
                    byte[][] buffers = new byte[MAX_ORDER + 1][0];
                    List<ParsedModel> models = new ArrayList<>();
                    for (int i = task; i < languages.size(); i += tasks) {
                        models.add(ParsedModel.read(languages.get(i), codes, buffers));
                    }
                    return models.stream();
                })
                .toList();
        long parsedAt = System.nanoTime();

        int entries = parsed.stream().mapToInt(model -> model.entries).sum();
        // Bucket by bucket, as each bucket's keys fall into one stretch of the table, which then stays in cache.
        // Lingua 1.2.2: 7.6 million distinct n-grams in 19.7 million entries; the table grows if there are more
        KeyTable table = new KeyTable((int) (entries * 0.4));
        for (int bucket = 0; bucket < ParsedModel.BUCKETS; bucket++) {
            for (ParsedModel model : parsed) {
                for (int i = 0; i < model.size(bucket); i++) {
                    table.add(model.keys[bucket][i]);
                }
            }
        }
        // the parsed keys give way to their slots (half the size) before the postings are allocated
        for (int bucket = 0; bucket < ParsedModel.BUCKETS; bucket++) {
            for (ParsedModel model : parsed) {
                long[] keys = model.keys[bucket];
                int[] slots = new int[model.size(bucket)];
                for (int i = 0; i < slots.length; i++) {
                    slots[i] = table.slotOf(keys[i]);
                }
                model.slots[bucket] = slots;
                model.keys[bucket] = null;
            }
        }
        // in place: counts become ends, filling moves each end back to its start, which is the previous slot's end
        int[] postingStarts = table.counts;
        for (int slot = 1; slot <= table.keys.length; slot++) {
            postingStarts[slot] += postingStarts[slot - 1];
        }
        byte[] postingLanguages = new byte[entries];
        float[] postingLnProbabilities = new float[entries];
        for (int bucket = 0; bucket < ParsedModel.BUCKETS; bucket++) {
            for (ParsedModel model : parsed) {
                int[] slots = model.slots[bucket];
                for (int i = 0; i < slots.length; i++) {
                    int posting = --postingStarts[slots[i]];
                    postingLanguages[posting] = (byte) model.language.ordinal();
                    postingLnProbabilities[posting] = model.lnProbabilities[bucket][i];
                }
                model.slots[bucket] = null;
                model.lnProbabilities[bucket] = null;
            }
        }
        CompactNgramModels models = new CompactNgramModels(
                codes.codes, codes.characters, table.keys, postingStarts, postingLanguages, postingLnProbabilities);
        LOG.info(
                "Lingua's n-gram models of {} languages: {} n-grams, {} entries, {} character codes; "
                        + "parsed in {} ms, indexed in {} ms",
                languages.size(),
                table.size,
                entries,
                codes.lastCode,
                (parsedAt - start) / 1_000_000,
                (System.nanoTime() - parsedAt) / 1_000_000);
        return models;
    }

    /** The character codes, assigned while the models are parsed in parallel. */
    private static final class Codes {
        final short[] codes = new short[Character.MAX_VALUE + 1];
        final char[] characters = new char[FIRST_TEXT_CODE];
        int lastCode;

        /** Gives every letter of a unigram list that has none a code. */
        void assign(byte[] json, int from, int length, String path) {
            BitSet letters = new BitSet(Character.MAX_VALUE + 1);
            Utf8 reader = new Utf8(json, from);
            while (reader.position < length) {
                char character = reader.next();
                if (Character.isLetter(character)) {
                    letters.set(character);
                }
            }
            synchronized (this) {
                for (int character = letters.nextSetBit(0);
                        character >= 0;
                        character = letters.nextSetBit(character + 1)) {
                    if (codes[character] == 0) {
                        if (lastCode + 1 >= FIRST_TEXT_CODE) {
                            throw new IllegalStateException(path + ": more than " + (FIRST_TEXT_CODE - 1)
                                    + " distinct characters in the models");
                        }
                        characters[++lastCode] = (char) character;
                        codes[character] = (short) lastCode;
                    }
                }
            }
        }
    }

    /**
     * One language's models as read: tagged keys and {@code ln} probabilities, in small arrays per hash bucket
     * (which the collector can move, and which are freed bucket by bucket while the index is built).
     */
    private static final class ParsedModel {
        /** Buckets by the top bits of the hash, so by stretches of table slots. */
        static final int BUCKETS = 256;

        private static final byte[] MARKER = "\"ngrams\":{".getBytes(StandardCharsets.US_ASCII);

        final Language language;
        final long[][] keys = new long[BUCKETS][];
        final float[][] lnProbabilities = new float[BUCKETS][];
        /** The keys' slots in the finished table. */
        final int[][] slots = new int[BUCKETS][];

        private final int[] sizes = new int[BUCKETS];
        int entries;

        /** Room for about {@code expectedEntries}: hashing spreads them evenly, 15 % more leaves room for chance. */
        private ParsedModel(Language language, int expectedEntries) {
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
        static ParsedModel read(Language language, Codes codes, byte[][] buffers) {
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
            ParsedModel model = new ParsedModel(language, entries);
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
        private void parse(byte[] json, int position, int order, Codes codes, String name) {
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
    }

    /** Decodes UTF-8 (the Basic Multilingual Plane: 1 to 3 bytes per character) from a position on. */
    private static final class Utf8 {
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

    /** The distinct keys, with how many languages have each (and a spare count); grows by doubling. */
    private static final class KeyTable {
        long[] keys;
        int[] counts;
        int size;

        KeyTable(int expectedSize) {
            keys = new long[(int) (expectedSize / LOAD_FACTOR) + 1];
            counts = new int[keys.length + 1]; // one more for the end of the last slot's postings
        }

        void add(long key) {
            int slot = slot(key, keys.length);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = slot + 1 == keys.length ? 0 : slot + 1;
            }
            if (keys[slot] == 0) {
                if (size + 1 > keys.length * LOAD_FACTOR) {
                    grow();
                    add(key);
                    return;
                }
                keys[slot] = key;
                size++;
            }
            counts[slot]++;
        }

        int slotOf(long key) {
            int slot = slot(key, keys.length);
            while (keys[slot] != key) {
                slot = slot + 1 == keys.length ? 0 : slot + 1;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = new long[oldKeys.length * 2];
            counts = new int[keys.length + 1];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int slot = slot(oldKeys[i], keys.length);
                    while (keys[slot] != 0) {
                        slot = slot + 1 == keys.length ? 0 : slot + 1;
                    }
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }
}
