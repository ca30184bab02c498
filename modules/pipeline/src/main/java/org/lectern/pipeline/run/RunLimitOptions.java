package org.lectern.pipeline.run;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The per-document limit options of both engines' command lines ({@code lectern run} and the Spark job's {@code
 * SparkRun}), as a picocli mixin. Not given, they fall back on the pipeline's, then on the defaults.
 */
public final class RunLimitOptions {

    @Option(
            names = "--doc-timeout",
            paramLabel = "SECONDS",
            description = "Abandon a document after this long (0: no limit; default: the pipeline's docTimeout,"
                    + " else 600).")
    Long docTimeoutSeconds;

    @Option(
            names = "--max-doc-size",
            paramLabel = "SIZE",
            description = "Do not annotate input files larger than this, e.g. 10MB, 800k (0: no limit; default 10MB).")
    String maxDocSize;

    /**
     * The limits of a run of a pipeline whose own time limit is {@code pipelineTimeout} (null: none set).
     *
     * @throws IllegalArgumentException for a negative time or an unreadable size
     */
    public RunLimits resolve(Duration pipelineTimeout) {
        return RunLimits.resolve(docTimeoutSeconds, maxDocSize, pipelineTimeout);
    }
}
