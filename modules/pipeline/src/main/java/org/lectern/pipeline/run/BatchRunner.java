package org.lectern.pipeline.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.analysis_engine.AnalysisEngineProcessException;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a pipeline over a folder: N worker threads, each with its own analysis engine and CAS created once,
 * pulling documents from a shared list. A document that cannot be read, annotated or written is recorded in
 * the run report and the others go on.
 */
public final class BatchRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);

    private final PipelineDefinition pipeline;
    private final AnnotatorRegistry registry;
    private final int threads;
    private final boolean force;

    public BatchRunner(PipelineDefinition pipeline, AnnotatorRegistry registry, int threads, boolean force) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        this.pipeline = pipeline;
        this.registry = registry;
        this.threads = threads;
        this.force = force;
    }

    /** One worker's engine and reusable CAS. */
    private record Worker(AnalysisEngine engine, CAS cas) {}

    public RunReport.Summary run(ProgressListener progress) throws IOException, ResourceInitializationException {
        long start = System.nanoTime();
        DocumentSource source = new DocumentSource(pipeline.reader());
        DocumentWriters writers = new DocumentWriters(pipeline.writers(), pipeline.name(), pipeline.sha256());
        List<InputDocument> documents = source.list();
        int threadCount = Math.max(1, Math.min(threads, documents.size()));
        List<Worker> workers = createWorkers(threadCount);
        writers.prepare(workers.get(0).cas());

        RunReport report = new RunReport();
        AtomicInteger next = new AtomicInteger();
        progress.started(documents.size());
        ExecutorService pool = Executors.newFixedThreadPool(threadCount, runnable -> {
            Thread thread = new Thread(runnable, "lectern-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Worker worker : workers) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                        process(documents.get(i), worker, source, writers, report);
                        progress.finished(documents.get(i));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("run interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            workers.forEach(w -> w.engine().destroy());
            progress.close();
        }
        RunReport.Summary summary = report.summary(
                pipeline.name(),
                pipeline.sha256(),
                documents.size(),
                Duration.ofNanos(System.nanoTime() - start),
                threadCount);
        for (var target : writers.targets()) {
            RunReport.write(summary, target);
        }
        return summary;
    }

    private List<Worker> createWorkers(int count) throws ResourceInitializationException {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            EngineInstance instance = EngineInstance.create(
                    pipeline.engineDescription(), registry.typeSystem(), registry.newResourceManager());
            workers.add(new Worker(instance.engine(), instance.cas()));
        }
        return workers;
    }

    private void process(
            InputDocument doc, Worker worker, DocumentSource source, DocumentWriters writers, RunReport report) {
        try {
            if (!force && writers.upToDate(doc)) {
                report.skipped(doc);
                return;
            }
            source.load(doc, worker.cas());
            try {
                worker.engine().process(worker.cas());
            } catch (AnalysisEngineProcessException | RuntimeException e) {
                throw new DocumentFailure("annotate", "annotator failed: " + rootMessage(e), e);
            }
            writers.write(doc, worker.cas());
            report.done(doc, countWords(worker.cas().getDocumentText()));
        } catch (DocumentFailure e) {
            LOG.warn("{}: {} failed: {}", doc.file(), e.stage(), e.getMessage());
            report.failed(doc, e);
        } catch (IOException e) {
            LOG.warn("{}: cannot check outputs: {}", doc.file(), e.toString());
            report.failed(doc, new DocumentFailure("read", e.toString(), e));
        }
    }

    /** The exception and, when it wraps others, its innermost cause: what a report says about a failure. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getClass().getSimpleName() + ": " + root;
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
