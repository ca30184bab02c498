package org.lectern.api.text;

import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;

/**
 * The blocks of text annotators judge one by one: the segmenter's {@link Paragraph}s, or, in a pipeline without
 * the segmenter, the non-blank lines (scraped news puts one paragraph on a line).
 */
public final class TextBlocks {

    private TextBlocks() {}

    /** The document's {@link Paragraph} annotations in text order, else its {@link #nonBlankLines non-blank lines}. */
    public static List<Span> paragraphsOrLines(JCas jcas) {
        List<Span> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : JCasUtil.select(jcas, Paragraph.class)) {
            paragraphs.add(new Span(paragraph.getBegin(), paragraph.getEnd()));
        }
        return paragraphs.isEmpty() ? nonBlankLines(jcas.getDocumentText()) : paragraphs;
    }

    /** The lines of a text (without their line break, whitespace kept) that hold more than whitespace. */
    public static List<Span> nonBlankLines(String text) {
        List<Span> lines = new ArrayList<>();
        int lineBegin = 0;
        while (lineBegin <= text.length()) {
            int lineBreak = text.indexOf('\n', lineBegin);
            int lineEnd = lineBreak < 0 ? text.length() : lineBreak;
            if (!text.substring(lineBegin, lineEnd).isBlank()) {
                lines.add(new Span(lineBegin, lineEnd));
            }
            lineBegin = lineEnd + 1;
        }
        return lines;
    }
}
