package org.lectern.annotator.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lectern.api.text.Span;

class SpeakerPhrasesTest {

    @Test
    void subjectBeforeTheVerbSkipsAdverbsAndStartsAtItsDeterminer() {
        // tokens: On(0) Monday(1) the(2) finance(3) ministry(4) also(5) said(6) .(7)
        SpeakerPhrases phrases = phrases("On Monday the finance ministry also said.");
        assertThat(phrases.before(6, 0)).isEqualTo(new Phrase(2, 5));
    }

    @Test
    void phraseAfterTheVerbKeepsOfAndStopsAtPunctuation() {
        // tokens: said(0) the(1) head(2) of(3) the(4) bank(5) ,(6) Tom(7)
        SpeakerPhrases phrases = phrases("said the head of the bank, Tom");
        assertThat(phrases.after(0, 8)).isEqualTo(new Phrase(1, 6));
    }

    @Test
    void auxiliaryBeforeTheVerbMakesItPassive() {
        // tokens: France(0) have(1) been(2) sharply(3) criticised(4)
        SpeakerPhrases phrases = phrases("France have been sharply criticised");
        assertThat(phrases.isPassive(4, 0)).isTrue();
        assertThat(phrases.isPassive(1, 0)).isFalse();
    }

    private static SpeakerPhrases phrases(String text) {
        List<Span> paragraphs = List.of(new Span(0, text.length()));
        return new SpeakerPhrases(text, new AttributionTokens(text, paragraphs, QuoteFinder.find(text, paragraphs)));
    }
}
