package org.lectern.annotator.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.quotes.QuoteFinder.QuoteSpan;
import org.lectern.api.text.Span;

class QuoteFinderTest {

    @Test
    void everyKindOfMarkAndMixedPairs() {
        String text = "A \"straight\" b “curly” c \"mixed” d «guillemets» e „low“ f ‘single’ g.";
        assertThat(QuoteFinder.find(text, List.of(new Span(0, text.length()))))
                .extracting(QuoteSpan::begin, QuoteSpan::end)
                .containsExactly(
                        tuple(3, 11), tuple(16, 21), tuple(26, 31), tuple(36, 46), tuple(51, 54), tuple(59, 65));
    }

    @Test
    void inchMarksAndApostrophesOpenNothing() {
        String text = "The 5\" screen isn’t the workers’ choice, it’s 1990s' taste.";
        assertThat(QuoteFinder.find(text, List.of(new Span(0, text.length())))).isEmpty();
    }

    @Test
    void continuationOnlyWhenTheNextParagraphOpensWithAMark() {
        String text = "He said “one\nand then two\n“three”";
        List<Span> paragraphs = List.of(new Span(0, 12), new Span(13, 25), new Span(26, 33));
        assertThat(QuoteFinder.find(text, paragraphs))
                .extracting(QuoteSpan::begin, QuoteSpan::end, QuoteSpan::continuation)
                .containsExactly(tuple(9, 12, false), tuple(27, 32, false));
    }
}
