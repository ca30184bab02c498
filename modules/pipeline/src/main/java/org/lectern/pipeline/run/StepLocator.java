package org.lectern.pipeline.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceSpecifier;
import org.apache.uima.util.InvalidXMLException;

/**
 * Names the pipeline step a thread is in, or that threw, from a stack trace: the outermost frame whose class
 * implements one of the steps (nested aggregates such as the segmenter's count as their step). Used to name the
 * annotator of a timeout or a failure without wrapping the engines.
 */
public final class StepLocator {

    public static final String UNKNOWN = "unknown";

    private final Map<String, String> stepByClass = new HashMap<>();

    public StepLocator(AnalysisEngineDescription pipeline) {
        try {
            pipeline.getDelegateAnalysisEngineSpecifiers().forEach((step, specifier) -> collect(step, specifier));
        } catch (InvalidXMLException e) {
            // a delegate that cannot be resolved fails engine creation with its own message; names stay unknown
        }
    }

    private void collect(String step, ResourceSpecifier specifier) {
        if (!(specifier instanceof AnalysisEngineDescription description)) {
            return;
        }
        if (description.isPrimitive()) {
            stepByClass.putIfAbsent(description.getAnnotatorImplementationName(), step);
            return;
        }
        try {
            description.getDelegateAnalysisEngineSpecifiers().values().forEach(nested -> collect(step, nested));
        } catch (InvalidXMLException e) {
            // as above
        }
    }

    /** The step of the outermost frame of {@code stack} that belongs to one, or {@link #UNKNOWN}. */
    public String stepOf(StackTraceElement[] stack) {
        for (int i = stack.length - 1; i >= 0; i--) {
            String className = stack[i].getClassName();
            int nested = className.indexOf('$');
            String step = stepByClass.get(nested < 0 ? className : className.substring(0, nested));
            if (step != null) {
                return step;
            }
        }
        return UNKNOWN;
    }

    /** The step that threw {@code failure}: searched from the innermost cause outwards. */
    public String stepOf(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String step = stepOf(chain.get(i).getStackTrace());
            if (!UNKNOWN.equals(step)) {
                return step;
            }
        }
        return UNKNOWN;
    }
}
