package org.lectern.annotator.entities;

import java.util.Arrays;
import java.util.List;

/**
 * The document tokens that mentions cover, so that a pass asks "is this token part of a mention?" in constant time
 * instead of going through all mentions (which made those passes quadratic in the document's length, issue 19).
 */
final class CoveredTokens {

    private final boolean[] covered;

    CoveredTokens(DocumentTokens doc, List<Mention> mentions) {
        covered = new boolean[doc.size()];
        mentions.forEach(this::add);
    }

    void add(Mention mention) {
        Arrays.fill(covered, mention.start(), mention.end(), true);
    }

    boolean at(int token) {
        return covered[token];
    }

    /** Whether a token of {@code start..end} (exclusive) is covered, i.e. a mention overlaps that range. */
    boolean any(int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }
}
