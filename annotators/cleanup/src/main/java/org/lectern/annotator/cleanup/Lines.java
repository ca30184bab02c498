package org.lectern.annotator.cleanup;

import java.util.ArrayList;
import java.util.List;

/** The non-blank lines of a text, trimmed, with their offsets: the unit boilerplate is judged in. */
final class Lines {

    /** One trimmed, non-blank line; {@code blankBefore} tells whether an empty line separates it from the previous. */
    record Line(int index, int begin, int end, String text, boolean blankBefore) {

        int words() {
            String trimmed = text.trim();
            return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        }
    }

    private Lines() {}

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        boolean blank = false;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 ? text.length() : newline;
            int b = start;
            int e = stop;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (b < e) {
                lines.add(new Line(lines.size(), b, e, text.substring(b, e), blank && !lines.isEmpty()));
                blank = false;
            } else {
                blank = true;
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }
}
