package org.lectern.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.uima.UimaContext;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.api.AnnotatorProvider;

/**
 * Throws on documents containing a word (a document failure), refuses to start when told to (a task failure),
 * and counts its initialisations in this JVM (one per engine).
 */
@ResourceMetaData(description = "Fails on documents that contain a word (tests only)")
public class ThrowOnWordAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_WORD = "word";
    public static final String PARAM_REFUSE_TO_START = "refuseToStart";

    static final AtomicInteger INITIALISED = new AtomicInteger();

    @ConfigurationParameter(name = PARAM_WORD)
    private String word;

    @ConfigurationParameter(name = PARAM_REFUSE_TO_START, defaultValue = "false")
    private boolean refuseToStart;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (refuseToStart) {
            throw new ResourceInitializationException(new IllegalStateException("this engine refuses to start"));
        }
        INITIALISED.incrementAndGet();
    }

    @Override
    public void process(JCas jcas) {
        if (jcas.getDocumentText().contains(word)) {
            throw new IllegalStateException("refusing a document that contains '" + word + "'");
        }
    }

    public static final class Provider implements AnnotatorProvider {
        @Override
        public String name() {
            return "test-throw-on-word";
        }

        @Override
        public Class<ThrowOnWordAnnotator> engineClass() {
            return ThrowOnWordAnnotator.class;
        }
    }
}
