package org.lectern.annotator.quotes;

import org.lectern.api.text.Span;

/**
 * A speaker found from an attribution cue, with the attribution as written (PARC's source and cue): the
 * {@code source} is the phrase or name the speaker was resolved from ("she", "the spokesman", "Mr Burton"), the
 * {@code cue} the words that attribute ("said", "told reporters", "according to"). Character offsets.
 */
record Resolution(Speaker speaker, Span source, Span cue) {

    /** The resolution of {@code speaker} from {@code source}, or null when no speaker was found. */
    static Resolution of(Speaker speaker, Span source) {
        return speaker == null ? null : new Resolution(speaker, source, null);
    }

    Resolution withCue(Span cueSpan) {
        return new Resolution(speaker, source, cueSpan);
    }
}
