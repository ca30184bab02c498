package org.lectern.api.text;

/** A half-open character range {@code [begin, end)} of a document's text. */
public record Span(int begin, int end) {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("not a span: [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    public String coveredText(String text) {
        return text.substring(begin, end);
    }
}
