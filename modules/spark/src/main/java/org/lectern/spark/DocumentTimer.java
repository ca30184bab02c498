package org.lectern.spark;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.lectern.pipeline.run.DocumentFailure;
import org.lectern.pipeline.run.RunLimits;
import org.lectern.pipeline.run.StepLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and annotates the documents of a task on a thread of its own, so that one over the time limit ({@code
 * --doc-timeout}) can be left behind, as the local runner leaves behind the worker of such a document: it is
 * reported with stage {@code timeout} and the step it was in, and the task goes on with a fresh thread (and,
 * the caller's part, a fresh engine). The abandoned thread is interrupted, then stopped if it ignores that for a
 * few seconds (where the JVM still can stop threads). Without a time limit the task's own thread does the work.
 */
final class DocumentTimer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentTimer.class);

    private static final long INTERRUPT_GRACE_MILLIS = 5_000;

    private final RunLimits limits;
    private final StepLocator steps;
    private final ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private ExecutorService executor;
    private Thread thread;

    DocumentTimer(RunLimits limits, StepLocator steps) {
        this.limits = limits;
        this.steps = steps;
    }

    /**
     * What {@code work} returns for {@code doc}, or, past the time limit, the document's {@code timeout} failure;
     * {@code afterAbandoned} then runs once the abandoned thread has ended (it may still use the engine until
     * then). An {@link Error} of the work is thrown here, on the task's thread.
     */
    DocumentResult run(DocumentRef doc, Supplier<DocumentResult> work, Runnable afterAbandoned) {
        if (!limits.hasTimeout()) {
            return work.get();
        }
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(this::newThread);
        }
        Future<DocumentResult> outcome = executor.submit(work::get);
        try {
            return outcome.get(limits.documentTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return abandon(doc, outcome, afterAbandoned);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading or annotating " + doc.uri() + " failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            // the task is being killed: let the thread go with it
            outcome.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating " + doc.uri(), e);
        }
    }

    private DocumentResult abandon(DocumentRef doc, Future<DocumentResult> outcome, Runnable afterAbandoned) {
        Thread stuck = thread;
        String step = steps.stepOf(stuck.getStackTrace());
        String where = StepLocator.UNKNOWN.equals(step) ? "while reading" : "in annotator '" + step + "'";
        String message = "over the time limit of " + limits.documentTimeout().toSeconds() + " s " + where
                + " (--doc-timeout); its engine was replaced";
        LOG.warn("{}: {}", doc.uri(), message);
        outcome.cancel(true);
        executor.shutdownNow();
        executor = null;
        reap(stuck, afterAbandoned);
        return DocumentResult.failed(doc, new DocumentFailure(DocumentFailure.TIMEOUT, step, message, null));
    }

    /** Waits, off the task's thread, for the abandoned thread to end; stops it if it ignores its interrupt. */
    private static void reap(Thread stuck, Runnable afterEnd) {
        Thread reaper = new Thread(
                () -> {
                    try {
                        stuck.join(INTERRUPT_GRACE_MILLIS);
                        if (stuck.isAlive()) {
                            stop(stuck);
                            stuck.join(INTERRUPT_GRACE_MILLIS);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (!stuck.isAlive()) {
                        afterEnd.run();
                    }
                },
                "lectern-reaper");
        reaper.setDaemon(true);
        reaper.start();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread stuck) {
        try {
            stuck.stop();
        } catch (UnsupportedOperationException e) {
            LOG.warn("an abandoned annotation thread cannot be stopped on this JVM; it runs on until the JVM ends");
        }
    }

    private Thread newThread(Runnable work) {
        // engines resolve annotator and JCas classes through the context class loader (job jar, --jars plugins)
        Thread created = new Thread(work, "lectern-annotate");
        created.setDaemon(true);
        created.setContextClassLoader(classLoader);
        thread = created;
        return created;
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
