package org.lectern.annotator.quotes;

/**
 * A noun phrase as attribution reads it: tokens {@code first} to {@code end} (exclusive) of
 * {@link AttributionTokens}, its head the last token. Token indexes, not character offsets: the phrase rules
 * look at neighbouring tokens.
 */
record Phrase(int first, int end) {

    Phrase {
        if (first < 0 || end <= first) {
            throw new IllegalArgumentException("not a phrase: tokens [" + first + ", " + end + ")");
        }
    }

    int head() {
        return end - 1;
    }

    int length() {
        return end - first;
    }
}
