package org.lectern.pipeline.run;

/** What every worker of one run shares. */
record WorkerContext(
        DocumentQueue queue,
        DocumentSource source,
        DocumentWriters writers,
        RunReport report,
        ProgressListener progress,
        StepLocator steps,
        boolean force,
        long maxDocumentBytes,
        Runnable onWorkerEnd) {}
