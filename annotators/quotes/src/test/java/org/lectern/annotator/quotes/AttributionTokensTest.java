package org.lectern.annotator.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.quotes.AttributionTokens.Kind;
import org.lectern.annotator.quotes.AttributionTokens.Sentence;
import org.lectern.annotator.quotes.AttributionTokens.Token;
import org.lectern.api.text.Span;

class AttributionTokensTest {

    @Test
    void aQuoteIsOneTokenAndItsCommaEndsNoSentence() {
        String text = "“We won. It is over,” Mr. Hart said. He left.";
        AttributionTokens tokens = tokens(text);
        assertThat(tokens.tokens)
                .extracting(Token::kind, Token::begin, Token::end, Token::lower)
                .containsExactly(
                        tuple(Kind.QUOTE, 0, 21, ""),
                        tuple(Kind.WORD, 22, 25, "mr."),
                        tuple(Kind.WORD, 26, 30, "hart"),
                        tuple(Kind.WORD, 31, 35, "said"),
                        tuple(Kind.PUNCT, 35, 36, "."),
                        tuple(Kind.WORD, 37, 39, "he"),
                        tuple(Kind.WORD, 40, 44, "left"),
                        tuple(Kind.PUNCT, 44, 45, "."));
        assertThat(tokens.sentences).containsExactly(new Sentence(0, 5, 0), new Sentence(5, 8, 0));
    }

    @Test
    void aFullStopInsideAQuoteEndsItsSentenceWhenTheNextOneStarts() {
        String text = "“It is over.” Hart left.";
        AttributionTokens tokens = tokens(text);
        assertThat(tokens.sentences).containsExactly(new Sentence(0, 1, 0), new Sentence(1, 4, 0));
        assertThat(tokens.tokenAtOrAfter(13)).isEqualTo(1);
    }

    @Test
    void wordsKeepInnerHyphensApostrophesAndAbbreviationDots() {
        String text = "U.S. envoy al-Assad’s aide";
        assertThat(tokens(text).tokens)
                .extracting(Token::begin, Token::end, Token::lower)
                .containsExactly(
                        tuple(0, 4, "u.s."), tuple(5, 10, "envoy"), tuple(11, 21, "al-assad’s"), tuple(22, 26, "aide"));
    }

    private static AttributionTokens tokens(String text) {
        List<Span> paragraphs = List.of(new Span(0, text.length()));
        return new AttributionTokens(text, paragraphs, QuoteFinder.find(text, paragraphs));
    }
}
