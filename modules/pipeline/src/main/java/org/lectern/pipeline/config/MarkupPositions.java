package org.lectern.pipeline.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the positions SAX reports (just after a tag) back to the {@code <} that opens the tag, so that messages
 * point where an editor shows the element. Attribute values cannot contain {@code <}, so the nearest one before
 * the reported position is the tag's start.
 */
final class MarkupPositions {

    record Position(int line, int column) {}

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    MarkupPositions(byte[] content) {
        // pipeline files are UTF-8 (or ASCII); other encodings only shift columns of non-ASCII lines
        text = new String(content, StandardCharsets.UTF_8);
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    /** The position of the last {@code <} before line/column (1-based), or line/column itself if none. */
    Position markupStart(int line, int column) {
        if (line < 1 || line > lineStarts.size() || column < 1) {
            return new Position(line, column);
        }
        int offset = Math.min(lineStarts.get(line - 1) + column - 1, text.length());
        int start = text.lastIndexOf('<', offset - 1);
        if (start < 0) {
            return new Position(line, column);
        }
        int startLine = line;
        while (lineStarts.get(startLine - 1) > start) {
            startLine--;
        }
        return new Position(startLine, start - lineStarts.get(startLine - 1) + 1);
    }
}
