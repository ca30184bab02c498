package org.lectern.spark;

import java.nio.file.Path;
import org.lectern.pipeline.run.InputDocument;
import org.lectern.pipeline.run.ProgressListener;
import org.lectern.pipeline.run.RunReport;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Receives each partition's results on the driver as its task succeeds (exactly once per partition, whatever the
 * retries and speculative attempts): counts them into the run report, reports progress and stops the job past
 * {@code --max-failures}.
 */
final class ResultCollector extends AbstractFunction2<Object, PartitionResult, BoxedUnit> {

    /** Thrown from the result handler, which makes Spark fail the job. */
    static final class TooManyFailures extends RuntimeException {
        TooManyFailures(String message) {
            super(message);
        }
    }

    private final int maxFailures;
    private final ProgressListener progress;
    private final RunReport report = new RunReport();
    private int enginesCreated;
    private String typeSystemXml;

    ResultCollector(int maxFailures, ProgressListener progress) {
        this.maxFailures = maxFailures;
        this.progress = progress;
    }

    @Override
    public BoxedUnit apply(Object partition, PartitionResult result) {
        enginesCreated += result.enginesCreated();
        if (result.typeSystemXml() != null) {
            typeSystemXml = result.typeSystemXml();
        }
        for (DocumentResult doc : result.documents()) {
            switch (doc.status()) {
                case DONE -> report.done(doc.relative(), doc.words());
                case SKIPPED -> report.skipped(doc.relative());
                case FAILED ->
                    report.failed(new RunReport.Failure(doc.file(), doc.stage(), doc.annotator(), doc.cause()));
            }
            progress.finished(new InputDocument(Path.of(doc.relative()), Path.of(doc.relative())));
        }
        if (maxFailures >= 0 && report.failures() > maxFailures) {
            throw new TooManyFailures(report.failures() + " documents failed, more than --max-failures " + maxFailures);
        }
        return BoxedUnit.UNIT;
    }

    RunReport report() {
        return report;
    }

    int enginesCreated() {
        return enginesCreated;
    }

    String typeSystemXml() {
        return typeSystemXml;
    }

    /** The {@link TooManyFailures} behind a failed job, or null. */
    static Throwable tooManyFailures(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooManyFailures) {
                return cause;
            }
        }
        return null;
    }
}
