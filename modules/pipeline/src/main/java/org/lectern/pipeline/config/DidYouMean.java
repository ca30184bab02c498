package org.lectern.pipeline.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the known name nearest to a misspelt one. */
final class DidYouMean {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code given} by edit distance, if close enough to be a plausible typo: at most
     * a third of the length (at least 2) edits away, or containing the given text (an abbreviation).
     */
    static Optional<String> nearest(String given, Collection<String> candidates) {
        String typed = given.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> DISTANCE.apply(typed, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(c -> DISTANCE.apply(typed, c.toLowerCase(Locale.ROOT)) <= Math.max(2, typed.length() / 3)
                        || (!typed.isEmpty() && c.toLowerCase(Locale.ROOT).contains(typed)));
    }

    /** "; did you mean 'x'?" or "; known WHAT: a, b, c" (or "; there are no WHAT") for a message tail. */
    static String hint(String given, Collection<String> candidates, String what) {
        if (candidates.isEmpty()) {
            return "; there are no " + what;
        }
        return nearest(given, candidates).map(n -> "; did you mean '" + n + "'?")
                .orElseGet(() -> "; known " + what + ": " + String.join(", ", candidates.stream().sorted().toList()));
    }
}
