package org.lectern.annotator.segmenter;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.lectern.api.testing.TestDocuments;

class GuardedSegmenterTest {

    @Test
    // without the guard, OpenNLP spends over ten minutes on the million-character run
    @Timeout(120)
    void overlongRunGetsNoTokenAndTheTextAroundItIsSegmented() throws Exception {
        String blob = "x".repeat(1_000_000);
        String text = "The minister spoke. " + blob + " She said it was fine.\nNext line.";
        JCas jcas = TestDocuments.annotate(text, "en", new SegmenterProvider().createDescription());

        int blobBegin = 20;
        int blobEnd = blobBegin + blob.length();
        assertThat(select(jcas, Token.class))
                .allSatisfy(t -> assertThat(t.getEnd() <= blobBegin || t.getBegin() >= blobEnd)
                        .isTrue())
                .extracting(Annotation::getCoveredText)
                .containsExactly(
                        "The", "minister", "spoke", ".", "She", "said", "it", "was", "fine", ".", "Next", "line", ".");
        assertThat(select(jcas, Sentence.class))
                .extracting(Annotation::getCoveredText)
                .containsExactly("The minister spoke.", "She said it was fine.", "Next line.");
        // paragraphs are untouched: the first line is still one paragraph
        assertThat(select(jcas, Paragraph.class))
                .extracting(Annotation::getBegin, Annotation::getEnd)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, blobEnd + 22),
                        org.assertj.core.groups.Tuple.tuple(blobEnd + 23, text.length()));
    }

    @Test
    void runsUpToTheLimitAreOrdinaryTokens() throws Exception {
        String url = "https://example.org/" + "a".repeat(80); // exactly 100 characters
        JCas jcas = TestDocuments.annotate("See " + url + " now.", "en", new SegmenterProvider().createDescription());
        assertThat(select(jcas, Token.class))
                .extracting(Annotation::getCoveredText)
                .contains("See", "now");
        assertThat(select(jcas, Token.class))
                .extracting(Annotation::getEnd)
                .last()
                .isEqualTo(4 + url.length() + 5);

        JCas limited = TestDocuments.annotate(
                "See " + url + " now.",
                "en",
                new SegmenterProvider().createDescription(GuardedSegmenter.PARAM_MAX_TOKEN_LENGTH, 50));
        assertThat(select(limited, Token.class))
                .extracting(Annotation::getCoveredText)
                .containsExactly("See", "now", ".");
    }
}
