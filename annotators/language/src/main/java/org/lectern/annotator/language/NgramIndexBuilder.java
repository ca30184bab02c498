package org.lectern.annotator.language;

import static org.lectern.annotator.language.CompactNgramModels.FIRST_TEXT_CODE;
import static org.lectern.annotator.language.CompactNgramModels.MAX_ORDER;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link CompactNgramModels} index from Lingua's JSON models ({@link ParsedNgramModel}): seconds of all
 * cores with a heap peak of about 400 MB (it fits in {@code -Xmx512m}), which is why {@link NgramIndexFile} keeps
 * the result.
 */
final class NgramIndexBuilder {

    private static final double LOAD_FACTOR = 0.7;
    private static final Logger LOG = LoggerFactory.getLogger(NgramIndexBuilder.class);

    private NgramIndexBuilder() {}

    /** The index of all of Lingua's languages (seconds of all cores; {@link NgramIndexFile} keeps a copy). */
    static CompactNgramModels build() {
        long start = System.nanoTime();
        List<Language> languages = Language.all();
        Codes codes = new Codes();
        // one task per core, each reading its languages' files into buffers of its own: few large allocations
        int tasks = Math.min(languages.size(), Runtime.getRuntime().availableProcessors());
        List<ParsedNgramModel> parsed = IntStream.range(0, tasks)
                .parallel()
                .boxed()
                .flatMap(task -> {
                    byte[][] buffers = new byte[MAX_ORDER + 1][0];
                    List<ParsedNgramModel> models = new ArrayList<>();
                    for (int i = task; i < languages.size(); i += tasks) {
                        models.add(ParsedNgramModel.read(languages.get(i), codes, buffers));
                    }
                    return models.stream();
                })
                .toList();
        long parsedAt = System.nanoTime();

        int entries = parsed.stream().mapToInt(model -> model.entries).sum();
        // Bucket by bucket, as each bucket's keys fall into one stretch of the table, which then stays in cache.
        // Lingua 1.2.2: 7.6 million distinct n-grams in 19.7 million entries; the table grows if there are more
        KeyTable table = new KeyTable((int) (entries * 0.4));
        for (int bucket = 0; bucket < ParsedNgramModel.BUCKETS; bucket++) {
            for (ParsedNgramModel model : parsed) {
                for (int i = 0; i < model.size(bucket); i++) {
                    table.add(model.keys[bucket][i]);
                }
            }
        }
        // the parsed keys give way to their slots (half the size) before the postings are allocated
        for (int bucket = 0; bucket < ParsedNgramModel.BUCKETS; bucket++) {
            for (ParsedNgramModel model : parsed) {
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
        for (int bucket = 0; bucket < ParsedNgramModel.BUCKETS; bucket++) {
            for (ParsedNgramModel model : parsed) {
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
        CompactNgramModels models = CompactNgramModels.onHeap(
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
    static final class Codes {
        final short[] codes = new short[Character.MAX_VALUE + 1];
        final char[] characters = new char[FIRST_TEXT_CODE];
        int lastCode;

        /** Gives every letter of a unigram list that has none a code. */
        void assign(byte[] json, int from, int length, String path) {
            BitSet letters = new BitSet(Character.MAX_VALUE + 1);
            ParsedNgramModel.Utf8 reader = new ParsedNgramModel.Utf8(json, from);
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
            int slot = CompactNgramModels.slot(key, keys.length);
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
            int slot = CompactNgramModels.slot(key, keys.length);
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
                    int slot = CompactNgramModels.slot(oldKeys[i], keys.length);
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
