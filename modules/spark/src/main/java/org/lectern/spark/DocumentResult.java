package org.lectern.spark;

import java.io.Serializable;
import org.lectern.pipeline.run.DocumentFailure;

/**
 * What happened to one document in a task: the data the driver's run report is counted from (never from
 * accumulators, which count a retried task twice).
 *
 * @param relative the document's path relative to the input root
 * @param file     its URI (named in failures)
 * @param status   done, skipped (outputs up to date) or failed
 * @param stage     for a failure: read, size, annotate, timeout or write
 * @param annotator for a failure in an annotator or over the time limit: its pipeline step, else null
 * @param cause     for a failure: the message
 * @param words     for a done document: its whitespace-separated words
 */
record DocumentResult(
        String relative, String file, Status status, String stage, String annotator, String cause, long words)
        implements Serializable {

    enum Status {
        DONE,
        SKIPPED,
        FAILED
    }

    static DocumentResult done(DocumentRef doc, long words) {
        return new DocumentResult(doc.relative(), doc.uri(), Status.DONE, null, null, null, words);
    }

    static DocumentResult skipped(DocumentRef doc) {
        return new DocumentResult(doc.relative(), doc.uri(), Status.SKIPPED, null, null, null, 0);
    }

    static DocumentResult failed(DocumentRef doc, DocumentFailure failure) {
        return new DocumentResult(
                doc.relative(),
                doc.uri(),
                Status.FAILED,
                failure.stage(),
                failure.annotator(),
                failure.getMessage(),
                0);
    }
}
