package org.lectern.annotator.nlp4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lectern.api.text.Span;

class SpanTrimmingTest {

    private static String trimmed(String text) {
        Span span = SpanTrimming.trim(text, 0, text.length());
        return span == null ? null : text.substring(span.begin(), span.end());
    }

    @Test
    void determinersHonorificsPossessivesAndPunctuationLeaveTheSpan() {
        assertThat(trimmed("the United Nations")).isEqualTo("United Nations");
        assertThat(trimmed("Mr Okafor")).isEqualTo("Okafor");
        assertThat(trimmed("Dr. Ann Lee")).isEqualTo("Ann Lee");
        assertThat(trimmed("the Mr Okafor’s")).isEqualTo("Okafor");
        assertThat(trimmed("Kenya's")).isEqualTo("Kenya");
        assertThat(trimmed("Reynolds'")).isEqualTo("Reynolds");
        assertThat(trimmed("Mikhail Petrov.")).isEqualTo("Mikhail Petrov");
        assertThat(trimmed("-General Lee")).isEqualTo("General Lee");
    }

    @Test
    void abbreviationsAndNamesAreKept() {
        assertThat(trimmed("U.S.")).isEqualTo("U.S.");
        assertThat(trimmed("O'Brien")).isEqualTo("O'Brien");
        assertThat(trimmed("Theresa May")).isEqualTo("Theresa May");
        assertThat(trimmed("Lordship Lane")).isEqualTo("Lordship Lane");
    }

    @Test
    void nothingNameLikeLeftIsNoSpan() {
        assertThat(trimmed("…")).isNull();
        assertThat(trimmed("the")).isEqualTo("the");
    }

    @Test
    void offsetsAreThoseOfTheDocument() {
        assertThat(SpanTrimming.trim("He met the Acme board.", 7, 15)).isEqualTo(new Span(11, 15));
    }
}
