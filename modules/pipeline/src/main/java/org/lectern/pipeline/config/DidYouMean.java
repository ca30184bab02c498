package org.lectern.pipeline.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the known name nearest to a misspelt one. */
final class DidYouMean {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {}

    /**
     * The candidate the user most plausibly meant: the shortest one containing what was typed (an abbreviation
     * or part of a compound name, at least 3 letters), else the nearest by edit distance if at most a third of
     * the length (at least 2) edits away. Case is ignored.
     */
    static Optional<String> nearest(String given, Collection<String> candidates) {
        String typed = given.toLowerCase(Locale.ROOT);
        Optional<String> containing = typed.length() < 3
                ? Optional.empty()
                : candidates.stream()
                        .filter(c -> c.toLowerCase(Locale.ROOT).contains(typed))
                        .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return containing.or(() -> candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(Comparator.naturalOrder()))
                .filter(c -> distance(typed, c) <= Math.max(2, typed.length() / 3)));
    }

    private static int distance(String typed, String candidate) {
        return DISTANCE.apply(typed, candidate.toLowerCase(Locale.ROOT));
    }

    /** "; did you mean 'x'?" or "; known WHAT: a, b, c" (or "; there are no WHAT") for a message tail. */
    static String hint(String given, Collection<String> candidates, String what) {
        if (candidates.isEmpty()) {
            return "; there are no " + what;
        }
        return nearest(given, candidates)
                .map(n -> "; did you mean '" + n + "'?")
                .orElseGet(() -> "; known " + what + ": "
                        + String.join(", ", candidates.stream().sorted().toList()));
    }
}
