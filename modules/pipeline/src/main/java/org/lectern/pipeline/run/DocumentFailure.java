package org.lectern.pipeline.run;

/** Thrown when one document cannot go through a stage; the run records it and goes on with the others. */
public class DocumentFailure extends Exception {

    private final String stage;

    public DocumentFailure(String stage, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
    }

    /** {@code read}, {@code annotate} or {@code write}. */
    public String stage() {
        return stage;
    }
}
