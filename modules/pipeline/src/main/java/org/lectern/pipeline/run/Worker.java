package org.lectern.pipeline.run;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker thread with its own analysis engine and CAS, taking documents from the run's queue until it is
 * empty. The supervising {@link BatchRunner} may abandon a worker while it reads or annotates a document (time
 * limit, stop): from then on nothing the worker produces is recorded or written, and it ends, destroying its
 * engine, as soon as its annotator returns. A worker whose annotator threw an {@link Error} (out of memory,
 * stack overflow) ends after reporting the document, since its engine may be left half-way through a change;
 * the runner starts a fresh one.
 */
final class Worker implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(Worker.class);

    private enum State {
        IDLE,
        ANNOTATING,
        WRITING,
        ABANDONED,
        FINISHED
    }

    private final AnalysisEngine engine;
    private final CAS cas;
    private final WorkerContext run;
    private final Thread thread;

    private State state = State.IDLE;
    private InputDocument current;
    private long startedNanos;
    private volatile boolean broken;

    Worker(AnalysisEngine engine, CAS cas, WorkerContext run) {
        this.engine = engine;
        this.cas = cas;
        this.run = run;
        this.thread = new Thread(this, "lectern-worker");
        thread.setDaemon(true);
    }

    CAS cas() {
        return cas;
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        try {
            while (!broken) {
                InputDocument doc = run.queue().next();
                if (doc == null || !process(doc)) {
                    break;
                }
            }
        } finally {
            synchronized (this) {
                if (state != State.ABANDONED) {
                    state = State.FINISHED;
                }
            }
            destroyEngine();
            run.onWorkerEnd().run();
        }
    }

    /** Processes one document; false when the worker was abandoned meanwhile. */
    private boolean process(InputDocument doc) {
        begin(doc);
        DocumentFailure failure;
        try {
            if (!run.force() && run.writers().upToDate(doc)) {
                if (complete(doc)) {
                    run.report().skipped(doc);
                    run.progress().finished(doc);
                    return true;
                }
                return false;
            }
            checkSize(doc);
            run.source().load(doc, cas);
            annotate();
            if (!startWriting()) {
                return false;
            }
            run.writers().write(doc, cas);
            long words = BatchRunner.countWords(cas.getDocumentText());
            if (complete(doc)) {
                run.report().done(doc, words);
                run.progress().finished(doc);
            }
            return true;
        } catch (DocumentFailure e) {
            failure = e;
        } catch (IOException e) {
            failure = new DocumentFailure(DocumentFailure.READ, "cannot check outputs: " + e, e);
        }
        if (!complete(doc)) {
            return false;
        }
        LOG.warn("{}: {} failed: {}", doc.file(), failure.stage(), failure.getMessage());
        run.report().failed(doc, failure);
        run.progress().finished(doc);
        return true;
    }

    private void checkSize(InputDocument doc) throws DocumentFailure, IOException {
        RunLimits.checkSize(Files.size(doc.file()), run.maxDocumentBytes());
    }

    private void annotate() throws DocumentFailure {
        try {
            engine.process(cas);
        } catch (AnalysisEngineProcessException | RuntimeException e) {
            throw annotatorFailure(e);
        } catch (OutOfMemoryError | StackOverflowError e) {
            broken = true;
            throw annotatorFailure(e);
        }
    }

    private DocumentFailure annotatorFailure(Throwable e) {
        String step = run.steps().stepOf(e);
        return new DocumentFailure(
                DocumentFailure.ANNOTATE, step, "annotator '" + step + "' failed: " + rootMessage(e), e);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getClass().getSimpleName() + ": " + root;
    }

    private void destroyEngine() {
        try {
            engine.destroy();
        } catch (RuntimeException e) {
            LOG.warn("cannot release the engine of a worker: {}", e.toString());
        }
    }

    private synchronized void begin(InputDocument doc) {
        current = doc;
        startedNanos = System.nanoTime();
        state = State.ANNOTATING;
    }

    private synchronized boolean startWriting() {
        if (state != State.ANNOTATING) {
            return false;
        }
        state = State.WRITING;
        return true;
    }

    /** Ends the current document; false when it was abandoned, so its outcome must not be recorded. */
    private synchronized boolean complete(InputDocument doc) {
        if (state == State.ABANDONED || current != doc) {
            return false;
        }
        state = State.IDLE;
        current = null;
        return true;
    }

    /**
     * Abandons the document being read or annotated if it has taken longer than {@code limitNanos} (any time
     * when {@code limitNanos} is 0); returns it, or null when there is none. A document being written is let
     * finish: writes are short and atomic.
     */
    synchronized InputDocument abandonIfOver(long nowNanos, long limitNanos) {
        if (state != State.ANNOTATING || nowNanos - startedNanos < limitNanos) {
            return null;
        }
        state = State.ABANDONED;
        return current;
    }

    synchronized boolean finished() {
        return state == State.FINISHED;
    }

    boolean broken() {
        return broken;
    }

    boolean alive() {
        return thread.isAlive();
    }

    StackTraceElement[] stack() {
        return thread.getStackTrace();
    }

    void interrupt() {
        thread.interrupt();
    }

    /**
     * Last resort for an abandoned thread that ignored its interrupt (a loop that never checks it): stops it so
     * that it frees its core and memory. Its engine is discarded anyway; where the JVM no longer supports
     * stopping threads, the daemon thread is left to end with the JVM.
     */
    @SuppressWarnings({"deprecation", "removal"})
    void forceStop() {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            LOG.warn("an abandoned worker thread cannot be stopped on this JVM; it runs on until the run ends");
        }
    }
}
