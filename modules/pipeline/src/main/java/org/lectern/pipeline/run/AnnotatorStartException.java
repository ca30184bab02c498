package org.lectern.pipeline.run;

import org.apache.uima.resource.ResourceInitializationException;

/** A pipeline step could not be initialized; the message names it and the root cause. */
public final class AnnotatorStartException extends ResourceInitializationException {

    private static final long serialVersionUID = 1L;

    private final String message;

    AnnotatorStartException(String step, Throwable cause) {
        super(cause);
        this.message = "annotator '" + step + "' failed to initialize: " + Worker.rootMessage(cause);
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getLocalizedMessage() {
        return message;
    }
}
