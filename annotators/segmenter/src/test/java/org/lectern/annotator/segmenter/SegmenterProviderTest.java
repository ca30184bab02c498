package org.lectern.annotator.segmenter;

import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.junit.jupiter.api.Test;
import org.lectern.api.testing.TestDocuments;

class SegmenterProviderTest {

    @Test
    void paragraphsPerLineSentencesInsideParagraphsAndTokens() throws Exception {
        String text = "Headline without a stop\n\nThe minister spoke. She said it was fine.\nBy A. Writer";
        JCas jcas = TestDocuments.annotate(text, "en", new SegmenterProvider().createDescription());

        assertThat(select(jcas, Paragraph.class))
                .extracting(Annotation::getBegin, Annotation::getEnd)
                .containsExactly(tuple(0, 23), tuple(25, 66), tuple(67, 79));
        // the headline has no full stop but must not run into the next paragraph
        assertThat(select(jcas, Sentence.class))
                .extracting(Annotation::getCoveredText)
                .containsExactly(
                        "Headline without a stop", "The minister spoke.", "She said it was fine.", "By A. Writer");
        assertThat(select(jcas, Token.class))
                .extracting(Annotation::getCoveredText)
                .startsWith("Headline", "without", "a", "stop", "The", "minister", "spoke", ".");
    }

    @Test
    void userParametersOverrideDefaults() throws Exception {
        JCas jcas = TestDocuments.annotate(
                "One. Two.", "en", new SegmenterProvider().createDescription("writeToken", false));
        assertThat(select(jcas, Sentence.class)).hasSize(2);
        assertThat(select(jcas, Token.class)).isEmpty();
    }
}
