package org.lectern.pipeline.run;

import java.io.PrintStream;

/**
 * The end-of-run summary both engines print (the local runner and Spark, from the command line or {@code
 * spark-submit}): the counts, each failure, the limits in force and, after a stop, what is left.
 */
public final class SummaryText {

    private SummaryText() {}

    /** Prints {@code summary}; {@code workers} names what ran in parallel, e.g. "threads" or "task slots". */
    public static void print(PrintStream out, RunReport.Summary summary, String workers) {
        out.printf(
                "%d documents: %d annotated, %d skipped (up to date), %d failed; %,d words in %.1f s"
                        + " (%,.0f words/s, %d %s)%n",
                summary.documents(),
                summary.done(),
                summary.skipped(),
                summary.failed().size(),
                summary.words(),
                summary.seconds(),
                summary.wordsPerSecond(),
                summary.threads(),
                workers);
        summary.failed().forEach(f -> out.printf("  FAILED %s (%s): %s%n", f.file(), f.stage(), f.cause()));
        long tooLarge = summary.failed().stream()
                .filter(f -> DocumentFailure.SIZE.equals(f.stage()))
                .count();
        out.printf(
                "limits: %s per document (--doc-timeout), files over %s not annotated (--max-doc-size): %d%n",
                summary.documentTimeoutSeconds() == 0 ? "no time limit" : summary.documentTimeoutSeconds() + " s",
                summary.maxDocumentBytes() == 0 ? "any size" : String.format("%,d bytes", summary.maxDocumentBytes()),
                tooLarge);
        if (summary.stopped()) {
            out.printf(
                    "stopped: %d documents left for the next run%n",
                    summary.unfinished().size());
        }
    }
}
