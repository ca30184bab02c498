package org.lectern.pipeline.config;

import java.util.Optional;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineDescription;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.pipeline.registry.AnnotatorRegistry;

/**
 * Creates a step's engine once, as a run will, so that values an annotator itself rejects in
 * {@code initialize()} are found by {@code validate}; and turns UIMA's nested initialisation errors into one
 * line naming the annotator and the annotator's own message.
 */
public final class EngineTrial {

    private EngineTrial() {}

    /** Why {@code description} cannot be instantiated with the registry's classes, or empty if it can. */
    static Optional<String> failure(AnalysisEngineDescription description, AnnotatorRegistry registry) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(registry.classLoader());
        try {
            AnalysisEngine engine =
                    UIMAFramework.produceAnalysisEngine(description, registry.newResourceManager(), null);
            engine.destroy();
            return Optional.empty();
        } catch (ResourceInitializationException | RuntimeException | LinkageError e) {
            return Optional.of(rootMessage(e));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * One line for an engine that failed to initialise: the annotator (by registry name and source when UIMA
     * names its class) and the innermost message, e.g. {@code annotator 'money' (money.jar) failed to
     * initialize: minimum must be positive}.
     */
    public static String describe(Throwable error, AnnotatorRegistry registry) {
        return failedAnnotator(error, registry)
                .map(annotator -> annotator + " failed to initialize: " + rootMessage(error))
                .orElseGet(() -> "the pipeline failed to initialize: " + rootMessage(error));
    }

    /** Whether {@code error} or one of its causes is an engine initialisation failure. */
    public static boolean isInitializationFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ResourceInitializationException) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> failedAnnotator(Throwable error, AnnotatorRegistry registry) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ResourceInitializationException uima
                    && ResourceInitializationException.ANNOTATOR_INITIALIZATION_FAILED.equals(uima.getMessageKey())
                    && uima.getArguments() != null
                    && uima.getArguments().length > 0) {
                String className = String.valueOf(uima.getArguments()[0]);
                return Optional.of(registry.annotators().stream()
                        .filter(info -> info.provider().engineClass().getName().equals(className))
                        .findFirst()
                        .map(info -> "annotator '" + info.name() + "' (" + info.source() + ")")
                        .orElse("annotator class " + className));
            }
        }
        return Optional.empty();
    }

    /** The innermost cause's message (the annotator's own words), or its class name if it has none. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank()
                ? root.getClass().getName()
                : message.strip().replaceAll("\\s+", " ");
    }
}
