package org.lectern.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.lectern.io.XmiFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review of one XMI folder {@code DIR}, kept in {@code DIR/review/}: per document {@code NAME.jsonl} (the
 * log, the only state) and {@code NAME.xmi} (the reviewed XMI, made from the log). Requests for one document are
 * serialised; different documents proceed in parallel. The reviewed XMI is rewritten when the document has had
 * no change for {@link #WRITE_DELAY_MILLIS}, at once on a state change, and on {@link #close}.
 */
public final class ReviewStore implements AutoCloseable {

    public static final String FOLDER = XmiFolder.REVIEW_FOLDER;
    public static final String LOG_EXTENSION = ".jsonl";
    static final long WRITE_DELAY_MILLIS = 2_000;
    /** Documents kept replayed in memory; the least recently used beyond this are dropped (written first). */
    private static final int OPEN_DOCUMENTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(ReviewStore.class);

    /** What GET answers. {@code dropped} reports a torn log end found when the document was opened, else null. */
    public record Snapshot(int version, String state, List<ObjectNode> ops, List<ObjectNode> orphans, String dropped) {}

    /** What a POST comes to. */
    public sealed interface Outcome {
        /** {@code ops}: the log entries made (with the reviewer and time logged). */
        record Saved(int version, List<ObjectNode> ops) implements Outcome {}

        record Stale(int version, List<ObjectNode> missed) implements Outcome {}

        record Invalid(String problem) implements Outcome {}
    }

    /** A document's state and its counted predictions, reviewed or not, for the document list. */
    public record Status(String state, int reviewed, int unreviewed) {}

    private final Path reviewRoot;
    private final XmiFolder predicted;
    private final Clock clock;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lectern-review-writer");
        thread.setDaemon(true);
        return thread;
    });

    public ReviewStore(Path folder) throws IOException {
        this(folder, Clock.systemUTC());
    }

    ReviewStore(Path folder, Clock clock) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        this.reviewRoot = root.resolve(FOLDER);
        this.predicted = new XmiFolder(root, ReviewTypes.description());
        this.clock = clock;
        Files.createDirectories(reviewRoot);
        Path mark = reviewRoot.resolve(XmiFolder.NOT_DOCUMENTS_MARK);
        if (!Files.exists(mark)) {
            Files.writeString(mark, "Review logs and reviewed XMI of the folder above; not documents of it.\n");
        }
    }

    /** Counts saved requests: a changed value means some document's review changed. */
    public long changes() {
        return changes.get();
    }

    public Path reviewRoot() {
        return reviewRoot;
    }

    /** The document {@code id} (stored in the predicted {@code xmi}) with its log replayed. */
    public Snapshot read(String id, Path xmi) throws IOException {
        Slot slot = slot(id);
        synchronized (slot) {
            ReviewDocument document = slot.open(xmi);
            return new Snapshot(
                    document.version(), document.state(), document.entries(), document.orphans(), slot.dropped);
        }
    }

    /**
     * Applies {@code ops} if the document is at {@code expectedVersion}: logged (on disk before this returns),
     * then applied; a stale version gets the entries the client missed, a bad op the problem and no change.
     */
    public Outcome write(String id, Path xmi, int expectedVersion, List<JsonNode> ops, String reviewer)
            throws IOException {
        Slot slot = slot(id);
        synchronized (slot) {
            ReviewDocument document = slot.open(xmi);
            if (expectedVersion != document.version()) {
                List<ObjectNode> entries = document.entries();
                return new Outcome.Stale(
                        document.version(),
                        entries.subList(Math.min(Math.max(expectedVersion, 0), entries.size()), entries.size()));
            }
            List<ObjectNode> made;
            try {
                made = document.apply(ops, reviewer, clock.instant());
            } catch (OpException e) {
                return new Outcome.Invalid(e.getMessage());
            }
            try {
                slot.log.append(made);
            } catch (IOException | RuntimeException e) {
                slot.document = null; // memory is ahead of the log: replay from the log next time
                throw e;
            }
            slot.dirty = true;
            if (made.stream().anyMatch(entry -> entry.path("op").asText().equals("state"))) {
                slot.writeReviewedXmi();
            } else {
                writer.schedule(() -> writeWhenIdle(slot), WRITE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            }
            slot.lastChange = System.currentTimeMillis();
            changes.incrementAndGet();
            return new Outcome.Saved(document.version(), made);
        }
    }

    /** The document's state and counts; a document without a log is new, with every prediction unreviewed. */
    public Status status(String id, Path xmi, int predictions) throws IOException {
        Slot slot = slot(id);
        synchronized (slot) {
            if (slot.document == null && !Files.exists(slot.log.file())) {
                return new Status(ReviewDocument.NEW, 0, predictions);
            }
            return Counts.status(slot.open(xmi));
        }
    }

    /** The replayed document, for reading only (statistics, tests); callers must not change it. */
    ReviewDocument document(String id, Path xmi) throws IOException {
        Slot slot = slot(id);
        synchronized (slot) {
            return slot.open(xmi);
        }
    }

    /** Whether the document has a review log. */
    public boolean hasLog(String id) {
        return Files.exists(logFile(id));
    }

    private Path logFile(String id) {
        return reviewRoot.resolve(id + LOG_EXTENSION);
    }

    private Slot slot(String id) {
        return slots.computeIfAbsent(id, Slot::new);
    }

    private void writeWhenIdle(Slot slot) {
        synchronized (slot) {
            if (!slot.dirty) {
                return;
            }
            long idle = System.currentTimeMillis() - slot.lastChange;
            if (idle < WRITE_DELAY_MILLIS) {
                writer.schedule(() -> writeWhenIdle(slot), WRITE_DELAY_MILLIS - idle, TimeUnit.MILLISECONDS);
                return;
            }
            try {
                slot.writeReviewedXmi();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot write the reviewed XMI of {}: {}", slot.id, e.toString());
            }
        }
    }

    /**
     * Keeps at most {@link #OPEN_DOCUMENTS} documents in memory, writing what a dropped one had not written. Runs on
     * the writer thread, which holds no other document's lock (so two requests cannot wait for each other).
     */
    private void closeIdleDocuments() {
        List<Slot> open = new ArrayList<>(
                slots.values().stream().filter(s -> s.document != null).toList());
        open.sort((a, b) -> Long.compare(a.lastUse, b.lastUse));
        for (int i = 0; i < open.size() - OPEN_DOCUMENTS; i++) {
            Slot idle = open.get(i);
            synchronized (idle) {
                try {
                    if (idle.dirty) {
                        idle.writeReviewedXmi();
                    }
                    idle.document = null;
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Cannot write the reviewed XMI of {}: {}", idle.id, e.toString());
                }
            }
        }
    }

    /** Writes every reviewed XMI not yet written. */
    public void flush() throws IOException {
        for (Slot slot : slots.values()) {
            synchronized (slot) {
                if (slot.dirty && slot.document != null) {
                    slot.writeReviewedXmi();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        writer.shutdownNow();
        flush();
    }

    /** One document's lock and state. */
    private final class Slot {
        final String id;
        final ReviewLog log;
        ReviewDocument document;
        long predictedStamp;
        String dropped;
        boolean dirty;
        long lastChange;
        long lastUse;

        Slot(String id) {
            this.id = id;
            this.log = new ReviewLog(logFile(id));
        }

        /** The document, replayed again when the predicted XMI has changed (a new pipeline run). */
        ReviewDocument open(Path xmi) throws IOException {
            lastUse = System.nanoTime();
            long stamp = Files.getLastModifiedTime(xmi).toMillis() ^ Files.size(xmi);
            if (document != null && stamp == predictedStamp) {
                return document;
            }
            writer.execute(ReviewStore.this::closeIdleDocuments);
            CAS cas = predicted.load(xmi);
            ReviewLog.Contents contents = log.read();
            if (contents.dropped() != null) {
                LOG.warn("{}", contents.dropped());
                dropped = contents.dropped();
            }
            document = new ReviewDocument(cas, pipelineSha256(cas), contents.entries());
            predictedStamp = stamp;
            Path reviewed = reviewRoot.resolve(id + ".xmi");
            if (!contents.entries().isEmpty()
                    && (!Files.exists(reviewed)
                            || Files.getLastModifiedTime(reviewed).compareTo(Files.getLastModifiedTime(log.file()))
                                    < 0)) {
                // killed before the reviewed XMI caught up with the log
                dirty = true;
                writer.schedule(() -> writeWhenIdle(this), 0, TimeUnit.MILLISECONDS);
            }
            if (!document.orphans().isEmpty()) {
                LOG.warn(
                        "{}: {} review entries no longer match the predicted XMI",
                        id,
                        document.orphans().size());
            }
            return document;
        }

        void writeReviewedXmi() throws IOException {
            ReviewedXmi.write(document, reviewRoot.resolve(id + ".xmi"));
            dirty = false;
        }
    }

    private static String pipelineSha256(CAS cas) {
        Type run = cas.getTypeSystem().getType("org.lectern.type.PipelineRun");
        if (run == null) {
            return null;
        }
        Feature sha = run.getFeatureByBaseName("pipelineSha256");
        for (FeatureStructure fs : cas.getIndexRepository().getIndexedFSs(run)) {
            return fs.getStringValue(sha);
        }
        return null;
    }
}
