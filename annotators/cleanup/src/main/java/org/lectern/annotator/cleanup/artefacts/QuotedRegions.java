package org.lectern.annotator.cleanup.artefacts;

import java.util.BitSet;

/**
 * Which characters lie inside quotation marks within their paragraph (lines up to a blank line, so hard-wrapped
 * quotes count); a quote still open at the end of a paragraph runs to it (a quotation continued in the next
 * paragraph reopens there). Spinners leave quoted words alone, so nothing inside a quote is taken for an artefact.
 */
final class QuotedRegions {

    private QuotedRegions() {}

    static BitSet of(String text) {
        BitSet quoted = new BitSet(text.length());
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open >= 0 && blankLineFollows(text, i)) {
                quoted.set(open, i);
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

    /** Whether the line after the line break at {@code newline} is blank or the text ends. */
    private static boolean blankLineFollows(String text, int newline) {
        for (int i = newline + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
