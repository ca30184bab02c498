package org.lectern.pipeline.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.uima.UimaContext;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.fit.component.JCasAnnotator_ImplBase;
import org.apache.uima.fit.descriptor.ConfigurationParameter;
import org.apache.uima.fit.descriptor.ResourceMetaData;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.ResourceInitializationException;

/** Test annotator that misbehaves on documents containing a word, in the way its parameter says. */
@ResourceMetaData(description = "Misbehaves on documents that contain a word (tests only)")
public class HostileAnnotator extends JCasAnnotator_ImplBase {

    public static final String PARAM_BEHAVIOUR = "behaviour";
    public static final String PARAM_WORD = "word";

    /** What goes wrong. */
    public enum Behaviour {
        /** throws in initialize, whatever the documents */
        FAIL_TO_INITIALIZE,
        /** never returns, ignoring interrupts, without using the processor */
        HANG,
        /** never returns, keeping a core busy */
        SPIN,
        /** keeps every array it allocates until memory runs out */
        ALLOCATE,
        /** takes a second, then annotates nothing (not hostile: a slow annotator) */
        SLOW
    }

    @ConfigurationParameter(name = PARAM_BEHAVIOUR)
    private Behaviour behaviour;

    @ConfigurationParameter(name = PARAM_WORD, defaultValue = "")
    private String word;

    /** Read by tests so that the spinning loop cannot be optimised away. */
    public static volatile long spins;

    @Override
    public void initialize(UimaContext context) throws ResourceInitializationException {
        super.initialize(context);
        if (behaviour == Behaviour.FAIL_TO_INITIALIZE) {
            throw new IllegalStateException("cannot find my model");
        }
    }

    @Override
    public void process(JCas jcas) throws AnalysisEngineProcessException {
        if (!jcas.getDocumentText().contains(word)) {
            return;
        }
        switch (behaviour) {
            case HANG -> hang();
            case SPIN -> {
                while (true) {
                    spins++;
                }
            }
            case ALLOCATE -> {
                List<long[]> kept = new ArrayList<>();
                while (true) {
                    kept.add(new long[1 << 17]);
                }
            }
            case SLOW -> sleep(1_000);
            default -> {}
        }
    }

    private static void hang() {
        while (true) {
            sleep(60_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // hostile: carries on as if nothing happened
        }
    }
}
