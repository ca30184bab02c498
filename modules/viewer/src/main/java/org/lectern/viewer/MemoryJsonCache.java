package org.lectern.viewer;

import java.util.LinkedHashMap;

/** Recently served documents' JSON, least recently used evicted first once the byte budget is spent. */
final class MemoryJsonCache {

    private final long budget;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long used;

    MemoryJsonCache(long budget) {
        this.budget = budget;
    }

    synchronized byte[] get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, byte[] value) {
        if (value.length > budget) {
            return;
        }
        byte[] previous = entries.put(key, value);
        used += value.length - (previous == null ? 0 : previous.length);
        var eldest = entries.entrySet().iterator();
        while (used > budget && eldest.hasNext()) {
            used -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
