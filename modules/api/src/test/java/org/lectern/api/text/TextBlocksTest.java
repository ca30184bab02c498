package org.lectern.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void nonBlankLinesSkipBlankAndWhitespaceLinesAndKeepOffsets() {
        assertThat(TextBlocks.nonBlankLines("One.\n\n  \nTwo two.\nThree"))
                .containsExactly(new Span(0, 4), new Span(9, 17), new Span(18, 23));
    }

    @Test
    void paragraphsWinOverLines() throws Exception {
        JCas jcas = JCasFactory.createText("First line\nsecond line\n\nNext.");
        new Paragraph(jcas, 0, 22).addToIndexes();
        new Paragraph(jcas, 24, 29).addToIndexes();
        assertThat(TextBlocks.paragraphsOrLines(jcas)).containsExactly(new Span(0, 22), new Span(24, 29));
    }

    @Test
    void withoutParagraphsTheLinesAreTheBlocks() throws Exception {
        JCas jcas = JCasFactory.createText("First line\nsecond line\n");
        assertThat(TextBlocks.paragraphsOrLines(jcas)).containsExactly(new Span(0, 10), new Span(11, 22));
    }
}
