package org.lectern.annotator.cleanup.cleaned;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;
import static org.apache.uima.fit.util.JCasUtil.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.lectern.annotator.cleanup.artefacts.TranslationArtefactAnnotator;
import org.lectern.annotator.cleanup.boilerplate.BoilerplateAnnotator;
import org.lectern.api.testing.TestDocuments;
import org.lectern.type.AlignedSegment;
import org.lectern.type.TranslationArtefact;

class CleanedViewAnnotatorTest {

    @Test
    void removesBoilerplateAppliesCorrectionsAndMapsOffsetsBack() throws Exception {
        String text = "By Jane Doe\n\nThe ministry stated that each Paris and Rome agreed.\n";
        JCas jcas = TestDocuments.annotate(
                text,
                "en",
                createEngineDescription(BoilerplateAnnotator.class),
                createEngineDescription(TranslationArtefactAnnotator.class),
                createEngineDescription(CleanedViewAnnotator.class));

        assertThat(select(jcas, TranslationArtefact.class))
                .extracting(TranslationArtefact::getCoveredText, TranslationArtefact::getCorrection)
                .containsExactly(tuple("stated", "said"), tuple("each Paris and Rome", "both Paris and Rome"));

        JCas clean = jcas.getView(CleanedViewAnnotator.VIEW);
        assertThat(clean.getDocumentText()).isEqualTo("The ministry said that both Paris and Rome agreed.\n");
        assertThat(select(clean, AlignedSegment.class))
                .extracting(
                        AlignedSegment::getBegin,
                        AlignedSegment::getEnd,
                        AlignedSegment::getSourceBegin,
                        AlignedSegment::getSourceEnd)
                .containsExactly(
                        tuple(0, 13, 13, 26),
                        tuple(13, 17, 26, 32),
                        tuple(17, 23, 32, 38),
                        tuple(23, 42, 38, 57),
                        tuple(42, 51, 57, 66));
        // "ministry" in clean text is "ministry" in the original; the correction maps to the replaced word
        assertThat(CleanedViewAnnotator.toSource(clean, 4)).isEqualTo(17);
        assertThat(text.substring(CleanedViewAnnotator.toSource(clean, 13))).startsWith("stated");
        assertThat(CleanedViewAnnotator.toSource(clean, 51)).isEqualTo(text.length());
    }

    @Test
    void documentWithoutFindingsIsCopiedWhole() throws Exception {
        JCas jcas = TestDocuments.annotate("Plain text.", "en", createEngineDescription(CleanedViewAnnotator.class));
        JCas clean = jcas.getView(CleanedViewAnnotator.VIEW);
        assertThat(clean.getDocumentText()).isEqualTo("Plain text.");
        assertThat(select(clean, AlignedSegment.class))
                .extracting(AlignedSegment::getSourceEnd)
                .containsExactly(11);
    }
}
