package org.lectern.annotator.entities;

/** A candidate entity mention over document tokens {@code start..end} (exclusive). */
final class Mention {

    /** Where a mention came from; later stages trust the gazetteer's type and canonical name most. */
    enum Source {
        MODEL,
        GAZETTEER,
        PROPAGATED
    }

    final int start;
    final int end;
    final Source source;
    String type;
    String canonical;

    Mention(int start, int end, String type, String canonical, Source source) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.canonical = canonical;
        this.source = source;
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }

    boolean contains(Mention other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")=" + canonical;
    }
}
