package org.lectern.pipeline.run;

import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;

/** Test annotator that throws on documents containing a word, to check failure isolation. */
@ResourceMetaData(description = "Fails on documents that contain a word (tests only)")
public class FailOnWordAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_WORD = "word";

    @ConfigurationParameter(name = PARAM_WORD)
    private String word;

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (jcas.getDocumentText().contains(word)) {
            throw new IllegalStateException("refusing a document that contains '" + word + "'");
        }
    }
}
