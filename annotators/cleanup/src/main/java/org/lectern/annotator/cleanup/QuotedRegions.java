package org.lectern.annotator.cleanup;

import java.util.BitSet;

/**
 * Which characters lie inside quotation marks on their line; a quote still open at the end of a line runs to it
 * (a quotation continued in the next paragraph reopens there). Spinners leave quoted words alone, so nothing
 * inside a quote is taken for an artefact.
 */
final class QuotedRegions {

    private QuotedRegions() {
    }

    static BitSet of(String text) {
        BitSet quoted = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    quoted.set(open, i);
                }
                open = -1;
            } else if (c == '“' || c == '«' || c == '„' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '”' || c == '»' || c == '"') && open >= 0) {
                quoted.set(open, i + 1);
                open = -1;
            }
        }
        if (open >= 0) {
            quoted.set(open, text.length());
        }
        return quoted;
    }
}
