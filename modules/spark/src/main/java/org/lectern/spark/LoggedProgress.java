package org.lectern.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.lectern.pipeline.run.InputDocument;
import org.lectern.pipeline.run.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress of a submitted job in the driver's log: documents done / total, at most every ten seconds. */
final class LoggedProgress implements ProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedProgress.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final AtomicInteger finished = new AtomicInteger();
    private volatile int total;
    private volatile long lastLog;

    @Override
    public void started(int documents) {
        total = documents;
        lastLog = System.nanoTime();
        LOG.info("annotating {} documents", documents);
    }

    @Override
    public void finished(InputDocument doc) {
        int done = finished.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastLog >= INTERVAL_NANOS || done == total) {
            lastLog = now;
            LOG.info("{}/{} documents", done, total);
        }
    }

    @Override
    public void close() {}
}
