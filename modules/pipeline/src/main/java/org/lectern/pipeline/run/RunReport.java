package org.lectern.pipeline.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lectern.io.AtomicFiles;

/**
 * What a run did, written as {@code run-report.json} into every output folder. Thread-safe: workers record as
 * they go.
 */
public final class RunReport {

    public static final String FILE_NAME = "run-report.json";

    /** A document that failed, with the stage, the annotator involved (or null) and the cause. */
    public record Failure(String file, String stage, String annotator, String cause) {}

    /**
     * The content of {@code run-report.json}.
     *
     * @param stopped    the run was stopped (SIGTERM, Ctrl+C) before every document was handled
     * @param unfinished documents not handled because of the stop; the next run does them
     */
    public record Summary(
            String pipeline,
            String pipelineSha256,
            int documents,
            int done,
            int skipped,
            List<String> skippedFiles,
            List<Failure> failed,
            long words,
            double seconds,
            double wordsPerSecond,
            int threads,
            long documentTimeoutSeconds,
            long maxDocumentBytes,
            boolean stopped,
            List<String> unfinished) {}

    private final List<String> done = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<Failure> failed = new ArrayList<>();
    private long words;

    void done(InputDocument doc, long documentWords) {
        done(doc.relative().toString(), documentWords);
    }

    void skipped(InputDocument doc) {
        skipped(doc.relative().toString());
    }

    void failed(InputDocument doc, DocumentFailure failure) {
        failed(new Failure(doc.file().toString(), failure.stage(), failure.annotator(), failure.getMessage()));
    }

    /** A document annotated and written; {@code relative} is its path relative to the input root. */
    public synchronized void done(String relative, long documentWords) {
        done.add(relative);
        words += documentWords;
    }

    /** A document whose outputs were up to date. */
    public synchronized void skipped(String relative) {
        skipped.add(relative);
    }

    public synchronized void failed(Failure failure) {
        failed.add(failure);
    }

    public synchronized int failures() {
        return failed.size();
    }

    public synchronized Summary summary(
            String pipeline,
            String sha256,
            int documents,
            Duration elapsed,
            int threads,
            RunLimits limits,
            boolean stopped,
            List<InputDocument> unfinished) {
        double seconds = elapsed.toNanos() / 1e9;
        List<Failure> sortedFailures = new ArrayList<>(failed);
        sortedFailures.sort(Comparator.comparing(Failure::file));
        return new Summary(
                pipeline,
                sha256,
                documents,
                done.size(),
                skipped.size(),
                sorted(skipped),
                List.copyOf(sortedFailures),
                words,
                seconds,
                seconds > 0 ? words / seconds : 0,
                threads,
                limits.documentTimeout().toSeconds(),
                limits.maxDocumentBytes(),
                stopped,
                sorted(unfinished.stream().map(doc -> doc.relative().toString()).toList()));
    }

    private static List<String> sorted(List<String> files) {
        List<String> copy = new ArrayList<>(files);
        copy.sort(null);
        return List.copyOf(copy);
    }

    static void write(Summary summary, Path folder) throws IOException {
        byte[] json = json(summary);
        AtomicFiles.write(folder.resolve(FILE_NAME), out -> out.write(json));
    }

    /** The content of {@code run-report.json}. */
    public static byte[] json(Summary summary) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(summary);
    }
}
