package org.lectern.pipeline.run;

/** Thrown when one document cannot go through a stage; the run records it and goes on with the others. */
public class DocumentFailure extends Exception {

    public static final String READ = "read";
    public static final String SIZE = "size";
    public static final String ANNOTATE = "annotate";
    public static final String TIMEOUT = "timeout";
    public static final String WRITE = "write";

    private final String stage;
    private final String annotator;

    public DocumentFailure(String stage, String message, Throwable cause) {
        this(stage, null, message, cause);
    }

    public DocumentFailure(String stage, String annotator, String message, Throwable cause) {
        super(message, cause);
        this.stage = stage;
        this.annotator = annotator;
    }

    /** {@link #READ}, {@link #SIZE}, {@link #ANNOTATE}, {@link #TIMEOUT} or {@link #WRITE}. */
    public String stage() {
        return stage;
    }

    /** The pipeline step that failed or ran out of time, or null when no annotator was involved. */
    public String annotator() {
        return annotator;
    }
}
