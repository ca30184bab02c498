package org.lectern.pipeline.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Outcomes of a fuzzing run: results, named errors by kind, and anything else (the bugs), with examples. */
final class FuzzTally {

    private int results;
    private final Map<String, Integer> namedErrors = new TreeMap<>();
    private final List<String> unexpected = new ArrayList<>();

    synchronized void result() {
        results++;
    }

    synchronized void namedError(String kind) {
        namedErrors.merge(kind, 1, Integer::sum);
    }

    synchronized void unexpected(String description) {
        unexpected.add(description);
    }

    synchronized int results() {
        return results;
    }

    synchronized int namedErrors() {
        return namedErrors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    synchronized String summary(String what) {
        return String.format(
                "%s: %d results, %d named errors %s, %d unexpected (uncaught exception, hang or OutOfMemoryError)",
                what, results, namedErrors(), namedErrors, unexpected.size());
    }
}
