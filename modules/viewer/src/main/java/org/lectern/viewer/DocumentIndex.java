package org.lectern.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.uima.cas.CAS;
import org.lectern.io.XmiFolder;
import org.lectern.viewer.DocumentJsonStore.NotFoundException;
import org.lectern.viewer.DocumentJsonStore.UnreadableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XMI folder as the viewer sees it: a summary of every document, kept up to date by a background thread that
 * re-reads only new or changed files, and the documents' JSON through a {@link DocumentJsonStore}. Only files the
 * folder scan found are ever read, so a request cannot name a file outside the folder.
 */
final class DocumentIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentIndex.class);

    /** A folder listing older than this is refreshed in the background on the next request. */
    private static final long RESCAN_MILLIS = 2_000;

    private final XmiFolder folder;
    private final Path root;
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, DocumentSummary> summaries = new ConcurrentHashMap<>();
    private final DocumentJsonStore store;
    private final ExecutorService indexer;
    private final AtomicBoolean scanPending = new AtomicBoolean();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicLong version = new AtomicLong();

    private volatile long lastScan;

    DocumentIndex(Path root, long cacheBytes) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.folder = new XmiFolder(this.root);
        this.store = new DocumentJsonStore(this.root, folder, cacheBytes);
        this.indexer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "lectern-viewer-index");
            thread.setDaemon(true);
            return thread;
        });
    }

    Path root() {
        return root;
    }

    /** Starts reading the folder in the background; the list fills as documents are read. */
    void start() {
        requestScan();
    }

    /** Blocks until the current scan has read every document (for tests, benchmarks and the demo). */
    void awaitIndexed(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (indexing() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
    }

    int total() {
        return total.get();
    }

    /** Changes whenever a summary is added, replaced or removed (so derived answers can be cached). */
    long version() {
        return version.get();
    }

    /** True until the folder has been scanned once and every document found has been read. */
    boolean indexing() {
        return lastScan == 0 || summaries.size() < total.get();
    }

    /** Every summary read so far, by id; schedules a re-scan when the last one is stale. */
    List<DocumentSummary> summaries() {
        if (System.currentTimeMillis() - lastScan > RESCAN_MILLIS) {
            requestScan();
        }
        List<DocumentSummary> list = new ArrayList<>(summaries.values());
        list.sort(Comparator.comparing(DocumentSummary::id));
        return list;
    }

    /** The JSON of one view of a document. */
    byte[] documentJson(String id, String viewName) throws NotFoundException, UnreadableException, IOException {
        Path xmi = files.get(id);
        if (xmi == null) {
            throw new NotFoundException("no document '" + id + "'");
        }
        return store.json(id, xmi, viewName);
    }

    private void requestScan() {
        if (scanPending.compareAndSet(false, true)) {
            indexer.execute(this::scan);
        }
    }

    private void scan() {
        try {
            Map<String, Path> found = new LinkedHashMap<>();
            for (Path xmi : folder.xmiFiles()) {
                found.put(folder.relativeStem(xmi).toString().replace('\\', '/'), xmi);
            }
            files.keySet().retainAll(found.keySet());
            if (summaries.keySet().retainAll(found.keySet()) | total.getAndSet(found.size()) != found.size()) {
                version.incrementAndGet();
            }
            files.putAll(found);
            List<String> stale = new ArrayList<>();
            for (Map.Entry<String, Path> entry : found.entrySet()) {
                DocumentSummary known = summaries.get(entry.getKey());
                FileStamp stamp = FileStamp.of(entry.getValue());
                if (known == null || known.lastModified() != stamp.lastModified() || known.size() != stamp.size()) {
                    stale.add(entry.getKey());
                }
            }
            stale.parallelStream().forEach(id -> {
                summaries.put(id, summarize(id, found.get(id)));
                version.incrementAndGet();
            });
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot scan {}: {}", root, e.toString());
        } finally {
            lastScan = System.currentTimeMillis();
            scanPending.set(false);
        }
    }

    private DocumentSummary summarize(String id, Path xmi) {
        FileStamp stamp = FileStamp.of(xmi);
        try {
            CAS cas = folder.load(xmi);
            store.prepare(id, stamp, cas);
            return Summaries.of(id, stamp.lastModified(), stamp.size(), cas);
        } catch (IOException | NotFoundException | RuntimeException e) {
            LOG.warn("{}", e.getMessage());
            return DocumentSummary.failed(id, stamp.lastModified(), stamp.size(), store.relativeMessage(e));
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        indexer.shutdownNow();
        indexer.awaitTermination(5, TimeUnit.SECONDS);
        store.close();
    }
}
