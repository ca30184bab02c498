package org.lectern.cli;

import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lectern.pipeline.run.InputDocument;
import org.lectern.pipeline.run.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A live progress bar (done/total, docs/s, ETA) on a terminal; plain log lines every ten seconds otherwise, so
 * that CI logs and redirected output stay readable.
 */
final class ConsoleProgress implements ProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);
    private static final long LOG_INTERVAL_NANOS = 10_000_000_000L;

    private final boolean terminal = System.console() != null;
    private final AtomicInteger finished = new AtomicInteger();
    private ProgressBar bar;
    private int total;
    private long start;
    private volatile long lastLog;

    @Override
    public void started(int documents) {
        total = documents;
        start = System.nanoTime();
        lastLog = start;
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName("Annotating")
                    .setInitialMax(documents)
                    .setUnit(" docs", 1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .showSpeed()
                    .build();
        } else {
            LOG.info("annotating {} documents", documents);
        }
    }

    @Override
    public void finished(InputDocument doc) {
        int done = finished.incrementAndGet();
        if (bar != null) {
            bar.step();
            return;
        }
        long now = System.nanoTime();
        if (now - lastLog >= LOG_INTERVAL_NANOS) {
            lastLog = now;
            double seconds = (now - start) / 1e9;
            double rate = done / seconds;
            LOG.info(
                    "{}/{} documents, {} docs/s, about {} s left",
                    done,
                    total,
                    String.format("%.1f", rate),
                    Math.round((total - done) / Math.max(rate, 1e-9)));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
