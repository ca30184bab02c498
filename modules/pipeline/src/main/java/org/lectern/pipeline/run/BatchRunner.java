package org.lectern.pipeline.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pipeline over a folder: N worker threads, each with its own analysis engine and CAS created once,
 * pulling documents from a shared queue, watched by the calling thread. A document that cannot be read,
 * annotated or written is recorded in the run report and the others go on; one over the time limit is
 * abandoned with its worker, whose engine is discarded and replaced. {@link #stop()} (the command line calls it
 * on SIGTERM and Ctrl+C) lets in-flight documents finish for a few seconds, abandons the rest and still writes
 * the report, so that the next run resumes where this one stopped.
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    /** How long in-flight documents may still finish after {@link #stop()}. */
    static final Duration STOP_GRACE = Duration.ofSeconds(2);

    /** How long an abandoned worker gets to notice its interrupt before its thread is stopped. */
    static final Duration INTERRUPT_GRACE = Duration.ofSeconds(2);

    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final PipelineDefinition pipeline;
    private final AnnotatorRegistry registry;
    private final int threads;
    private final boolean force;
    private final RunLimits limits;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile Thread supervisor;

    public BatchRunner(PipelineDefinition pipeline, AnnotatorRegistry registry, int threads, boolean force) {
        this(pipeline, registry, threads, force, RunLimits.DEFAULT);
    }

    public BatchRunner(
            PipelineDefinition pipeline, AnnotatorRegistry registry, int threads, boolean force, RunLimits limits) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.registry = registry;
        this.threads = threads;
        this.force = force;
        this.limits = limits;
    }

    public RunReport.Summary run(ProgressListener progress) throws IOException, ResourceInitializationException {
        try {
            return runAll(progress);
        } finally {
            finished.countDown();
        }
    }

    /** Asks a running {@link #run} to stop soon; it still writes the report. Callable from any thread. */
    public void stop() {
        stopRequested = true;
        Thread watching = supervisor;
        if (watching != null) {
            LockSupport.unpark(watching);
        }
    }

    /** Waits until {@link #run} has returned (report written) or failed; true if it did within {@code timeout}. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private RunReport.Summary runAll(ProgressListener progress) throws IOException, ResourceInitializationException {
        long start = System.nanoTime();
        supervisor = Thread.currentThread();
        DocumentSource source = new DocumentSource(pipeline.reader());
        DocumentWriters writers = new DocumentWriters(pipeline.writers(), pipeline.name(), pipeline.sha256());
        List<InputDocument> documents = source.list();
        StepLocator steps = new StepLocator(pipeline.engineDescription());
        RunReport report = new RunReport();
        Thread watching = Thread.currentThread();
        WorkerContext context = new WorkerContext(
                new DocumentQueue(documents),
                source,
                writers,
                report,
                progress,
                steps,
                force,
                limits.maxDocumentBytes(),
                () -> LockSupport.unpark(watching));
        int threadCount = Math.max(1, Math.min(threads, documents.size()));
        // in parallel: with two threads start-up takes about as long as with one (issue 18)
        List<Worker> workers = ParallelStart.create(threadCount, () -> newWorker(context));
        writers.prepare(workers.get(0).cas());

        List<InputDocument> unfinished;
        progress.started(documents.size());
        try {
            workers.forEach(Worker::start);
            unfinished = supervise(context, workers);
        } finally {
            progress.close();
        }
        RunReport.Summary summary = report.summary(
                pipeline.name(),
                pipeline.sha256(),
                documents.size(),
                Duration.ofNanos(System.nanoTime() - start),
                threadCount,
                limits,
                stopRequested,
                unfinished);
        for (var target : writers.targets()) {
            RunReport.write(summary, target);
        }
        return summary;
    }

    /**
     * Watches the workers until all have ended: abandons documents over the time limit and replaces their
     * workers, replaces broken workers, and after a stop abandons what is still running once the grace period
     * is over. Returns the documents left undone by a stop.
     */
    private List<InputDocument> supervise(WorkerContext context, List<Worker> live) {
        long timeoutNanos = limits.hasTimeout() ? limits.documentTimeout().toNanos() : Long.MAX_VALUE;
        Map<Worker, Long> abandoned = new HashMap<>();
        List<InputDocument> unfinished = new ArrayList<>();
        long stopDeadline = 0;
        while (!live.isEmpty()) {
            long now = System.nanoTime();
            if (stopRequested && stopDeadline == 0) {
                LOG.warn("stopping: in-flight documents get {} s to finish", STOP_GRACE.toSeconds());
                context.queue().close();
                stopDeadline = now + STOP_GRACE.toNanos();
            }
            try {
                for (Worker worker : List.copyOf(live)) {
                    InputDocument overdue = worker.abandonIfOver(now, timeoutNanos);
                    InputDocument stopped =
                            stopDeadline != 0 && now > stopDeadline ? worker.abandonIfOver(now, 0) : null;
                    if (overdue != null) {
                        reportTimeout(context, worker, overdue);
                    } else if (stopped != null) {
                        unfinished.add(stopped);
                    }
                    if (overdue != null || stopped != null) {
                        worker.interrupt();
                        abandoned.put(worker, now);
                    }
                    if (overdue != null || stopped != null || worker.finished()) {
                        live.remove(worker);
                        if ((overdue != null || worker.broken())
                                && !context.queue().exhausted()) {
                            replace(context, live);
                        }
                    }
                }
                stopUnresponsive(abandoned, now, false);
            } catch (OutOfMemoryError e) {
                // an annotator allocating without bound exhausted the heap and this thread met it first: that
                // worker fails its document and frees the memory, so look again at the next tick
            }
            LockSupport.parkNanos(TICK_NANOS);
        }
        stopUnresponsive(abandoned, System.nanoTime(), true);
        unfinished.addAll(context.queue().untaken());
        return unfinished;
    }

    private void reportTimeout(WorkerContext context, Worker worker, InputDocument doc) {
        String step = context.steps().stepOf(worker.stack());
        String where = StepLocator.UNKNOWN.equals(step) ? "while reading" : "in annotator '" + step + "'";
        String message = "over the time limit of " + limits.documentTimeout().toSeconds() + " s " + where
                + " (--doc-timeout); its worker was replaced";
        LOG.warn("{}: {}", doc.file(), message);
        context.report().failed(doc, new DocumentFailure(DocumentFailure.TIMEOUT, step, message, null));
        context.progress().finished(doc);
    }

    private void replace(WorkerContext context, List<Worker> live) {
        try {
            Worker fresh = newWorker(context);
            live.add(fresh);
            fresh.start();
        } catch (ResourceInitializationException | RuntimeException e) {
            LOG.error("cannot start a replacement worker; going on with {}: {}", live.size(), e.toString());
        }
    }

    /** Stops the threads of abandoned workers that ignored their interrupt for too long (all of them at the end). */
    private static void stopUnresponsive(Map<Worker, Long> abandoned, long now, boolean all) {
        abandoned.entrySet().removeIf(entry -> {
            Worker worker = entry.getKey();
            if (!worker.alive()) {
                return true;
            }
            if (all || now - entry.getValue() > INTERRUPT_GRACE.toNanos()) {
                worker.forceStop();
                return true;
            }
            return false;
        });
    }

    private Worker newWorker(WorkerContext context) throws ResourceInitializationException {
        EngineInstance instance;
        try {
            instance = EngineInstance.create(
                    pipeline.engineDescription(), registry.typeSystem(), registry.newResourceManager());
        } catch (ResourceInitializationException | RuntimeException e) {
            throw new AnnotatorStartException(context.steps().stepOf(e), e);
        }
        return new Worker(instance.engine(), instance.cas(), context);
    }

    /** The exception and, when it wraps others, its innermost cause: what a report says about a failure. */
    public static String rootMessage(Throwable e) {
        return Worker.rootMessage(e);
    }

    /** Whitespace-separated words: the unit of the speed figures. */
    public static long countWords(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
