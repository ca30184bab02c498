package org.lectern.annotator.cleanup.boilerplate;

import java.util.ArrayList;
import java.util.List;
import org.lectern.api.text.Span;
import org.lectern.api.text.TextBlocks;

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
        int previousEnd = -1;
        for (Span line : TextBlocks.nonBlankLines(text)) {
            int begin = line.begin();
            int end = line.end();
            while (Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            while (Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            // a line starting past the character after the previous line's break follows a blank line
            boolean blankBefore = previousEnd >= 0 && line.begin() > previousEnd + 1;
            lines.add(new Line(lines.size(), begin, end, text.substring(begin, end), blankBefore));
            previousEnd = line.end();
        }
        return lines;
    }
}
