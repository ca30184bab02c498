package org.lectern.api.testing;

import static org.apache.uima.fit.pipeline.SimplePipeline.runPipeline;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.jcas.JCas;

/**
 * Helpers for annotator tests, used by the built-in annotators and by plugins alike: build a JCas the way
 * the batch runner does (text, language, {@link DocumentMetaData}) and run engines over it.
 */
public final class TestDocuments {

    private TestDocuments() {}

    /** A JCas holding {@code text} in {@code language} (ISO 639-1, may be null), with document metadata. */
    public static JCas document(String text, String language) throws Exception {
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText(text);
        if (language != null) {
            jcas.setDocumentLanguage(language);
        }
        DocumentMetaData meta = DocumentMetaData.create(jcas);
        meta.setDocumentId("test");
        meta.setDocumentTitle("test");
        if (language != null) {
            meta.setLanguage(language);
        }
        return jcas;
    }

    /** Runs {@code engines} in order over {@code text} and returns the annotated JCas. */
    public static JCas annotate(String text, String language, AnalysisEngineDescription... engines) throws Exception {
        JCas jcas = document(text, language);
        runPipeline(jcas, engines);
        return jcas;
    }
}
