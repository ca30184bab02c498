package org.lectern.annotator.cleanup.cleaned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CASException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.fit.descriptor.TypeCapability;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.type.AlignedSegment;
import org.lectern.type.Boilerplate;
import org.lectern.type.TranslationArtefact;

/**
 * Creates the view {@value #VIEW} holding the article as a reader should get it: boilerplate lines removed (with
 * their line break) and artefacts replaced by their corrections. {@link AlignedSegment}s in that view map every
 * stretch of clean text back to the original: see {@link #toSource(JCas, int)}.
 */
@ResourceMetaData(
        name = "cleaned-view",
        description = "Adds the view 'cleaned': text without boilerplate and with "
                + "artefacts corrected, aligned to the original by AlignedSegment annotations")
@TypeCapability(
        inputs = {"org.lectern.type.Boilerplate", "org.lectern.type.TranslationArtefact"},
        outputs = {"org.lectern.type.AlignedSegment"})
public class CleanedViewAnnotator extends JCasAnnotator_ImplBase {

    public static final String VIEW = "cleaned";

    /** Replace source [begin, end) by {@code replacement}. */
    private record Edit(int begin, int end, String replacement) {}

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        String text = jcas.getDocumentText();
        if (text == null) {
            return;
        }
        List<Edit> edits = new ArrayList<>();
        for (Boilerplate b : JCasUtil.select(jcas, Boilerplate.class)) {
            int end = b.getEnd();
            // take the line break with a whole removed line, so no empty lines pile up
            boolean wholeLine = (b.getBegin() == 0 || text.charAt(b.getBegin() - 1) == '\n');
            while (wholeLine
                    && end < text.length()
                    && (text.charAt(end) == '\n' || text.charAt(end) == '\r' || text.charAt(end) == ' ')) {
                end++;
            }
            if (!wholeLine) {
                // a stamp glued in front of a sentence: drop the following space too
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
            }
            edits.add(new Edit(b.getBegin(), end, ""));
        }
        for (TranslationArtefact a : JCasUtil.select(jcas, TranslationArtefact.class)) {
            edits.add(new Edit(a.getBegin(), a.getEnd(), a.getCorrection() == null ? "" : a.getCorrection()));
        }
        edits.sort(Comparator.comparingInt(Edit::begin).thenComparing(e -> -e.end()));

        JCas view;
        try {
            view = jcas.createView(VIEW);
        } catch (CASException e) {
            throw new AnalysisEngineProcessException(e);
        }
        StringBuilder clean = new StringBuilder(text.length());
        List<int[]> segments = new ArrayList<>(); // cleanBegin, cleanEnd, sourceBegin, sourceEnd
        int position = 0;
        for (Edit edit : edits) {
            if (edit.begin() < position) {
                continue; // inside an earlier edit (e.g. an artefact in a removed boilerplate line)
            }
            copy(text, position, edit.begin(), clean, segments);
            if (!edit.replacement().isEmpty()) {
                segments.add(new int[] {
                    clean.length(), clean.length() + edit.replacement().length(), edit.begin(), edit.end()
                });
                clean.append(edit.replacement());
            }
            position = edit.end();
        }
        copy(text, position, text.length(), clean, segments);
        view.setDocumentText(clean.toString());
        view.setDocumentLanguage(jcas.getDocumentLanguage());
        for (int[] s : segments) {
            AlignedSegment segment = new AlignedSegment(view, s[0], s[1]);
            segment.setSourceBegin(s[2]);
            segment.setSourceEnd(s[3]);
            segment.addToIndexes();
        }
    }

    private static void copy(String text, int from, int to, StringBuilder clean, List<int[]> segments) {
        if (from < to) {
            segments.add(new int[] {clean.length(), clean.length() + to - from, from, to});
            clean.append(text, from, to);
        }
    }

    /**
     * The original-text offset of {@code cleanOffset} in the cleaned view: exact inside copied text, the start of
     * the replaced words inside a correction, the end of the text for the end offset.
     */
    public static int toSource(JCas cleanedView, int cleanOffset) {
        AlignedSegment last = null;
        for (AlignedSegment segment : JCasUtil.select(cleanedView, AlignedSegment.class)) {
            if (cleanOffset >= segment.getBegin() && cleanOffset < segment.getEnd()) {
                boolean copied =
                        segment.getEnd() - segment.getBegin() == segment.getSourceEnd() - segment.getSourceBegin();
                return copied ? segment.getSourceBegin() + cleanOffset - segment.getBegin() : segment.getSourceBegin();
            }
            last = segment;
        }
        if (last == null) {
            throw new IllegalArgumentException("the cleaned view has no aligned text");
        }
        if (cleanOffset == last.getEnd()) {
            return last.getSourceEnd();
        }
        throw new IndexOutOfBoundsException("offset " + cleanOffset + " is outside the cleaned text");
    }
}
