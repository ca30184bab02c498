package org.lectern.annotator.entities;

/**
 * A candidate entity mention over document tokens {@code start..end} (exclusive); {@code canonical} is null until
 * a pass names it.
 */
record Mention(int start, int end, EntityType type, String canonical, Source source) {

    /** Where a mention came from; later passes trust the gazetteer's type and canonical name most. */
    enum Source {
        MODEL,
        GAZETTEER,
        PROPAGATED
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

    boolean is(EntityType other) {
        return type == other;
    }

    Mention withType(EntityType newType) {
        return new Mention(start, end, newType, canonical, source);
    }

    Mention withCanonical(String newCanonical) {
        return new Mention(start, end, type, newCanonical, source);
    }

    Mention named(EntityType newType, String newCanonical) {
        return new Mention(start, end, newType, newCanonical, source);
    }

    /** The same kind of mention over other tokens, not yet named. */
    Mention over(int newStart, int newEnd) {
        return new Mention(newStart, newEnd, type, null, source);
    }
}
