package org.lectern.viewer;

import java.util.LinkedHashMap;

/**
 * Recently served documents' JSON, least recently used evicted first once the byte budget is spent. One entry per
 * key, tagged with the file's stamp: a rewritten file replaces its entry instead of leaving a stale one behind.
 */
final class MemoryJsonCache {

    private record Entry(FileStamp stamp, byte[] json) {}

    private final long budget;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long used;

    MemoryJsonCache(long budget) {
        this.budget = budget;
    }

    /** The JSON cached for {@code key} if it was made from the file as {@code stamp} describes it, else null. */
    synchronized byte[] get(String key, FileStamp stamp) {
        Entry entry = entries.get(key);
        return entry != null && entry.stamp().equals(stamp) ? entry.json() : null;
    }

    synchronized void put(String key, FileStamp stamp, byte[] json) {
        Entry previous = entries.remove(key);
        used -= previous == null ? 0 : previous.json().length;
        if (json.length > budget) {
            return;
        }
        entries.put(key, new Entry(stamp, json));
        used += json.length;
        var eldest = entries.entrySet().iterator();
        while (used > budget && eldest.hasNext()) {
            used -= eldest.next().getValue().json().length;
            eldest.remove();
        }
    }
}
