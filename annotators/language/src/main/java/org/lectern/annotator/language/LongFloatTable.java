package org.lectern.annotator.language;

/**
 * An immutable open-addressing hash table from non-zero {@code long} keys to {@code float} values: two primitive
 * arrays, linear probing, about 12 bytes per entry at its load factor of {@value #LOAD_FACTOR}, against the ~100
 * bytes of a boxed map entry with a {@code String} key. Filled through {@link #put} while it is built by one
 * thread, then only read, by any number of threads (publish it safely, e.g. through a final field).
 */
final class LongFloatTable {

    static final double LOAD_FACTOR = 0.75;
    /** Returned by {@link #get} for absent keys. */
    static final float ABSENT = Float.NaN;
    private static final long EMPTY = 0L;

    private final long[] keys;
    private final float[] values;
    private int size;

    /** A table for up to {@code expectedSize} entries. */
    LongFloatTable(int expectedSize) {
        int capacity = Math.max(2, (int) Math.ceil(expectedSize / LOAD_FACTOR) + 1);
        keys = new long[capacity];
        values = new float[capacity];
    }

    /** Adds or replaces the value of {@code key}, which must not be 0. */
    void put(long key, float value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("key 0 marks empty slots");
        }
        int slot = slot(key);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = next(slot);
        }
        if (keys[slot] == EMPTY) {
            if (size + 1 >= keys.length) {
                throw new IllegalStateException("table full: " + size + " entries");
            }
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
    }

    /** The value of {@code key}, or {@link #ABSENT} (NaN: test with {@code value == value} or isNaN). */
    float get(long key) {
        int slot = slot(key);
        long found;
        while ((found = keys[slot]) != EMPTY) {
            if (found == key) {
                return values[slot];
            }
            slot = next(slot);
        }
        return ABSENT;
    }

    int size() {
        return size;
    }

    /** Bytes held by the two arrays. */
    long bytes() {
        return (long) keys.length * (Long.BYTES + Float.BYTES);
    }

    private int slot(long key) {
        long hash = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads the packed characters over the high bits
        return (int) (((hash >>> 32) * keys.length) >>> 32); // maps the high 32 bits onto 0..capacity-1
    }

    private int next(int slot) {
        return slot + 1 == keys.length ? 0 : slot + 1;
    }
}
