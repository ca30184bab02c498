package org.lectern.viewer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.CASRuntimeException;
import org.lectern.io.XmiFolder;
import org.lectern.viewer.DocumentSummary.Mention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XMI folder as the viewer sees it: a summary of every document, kept up to date by a background thread that
 * re-reads only new or changed files, and the documents' JSON, built on demand and kept in a bounded cache. Only
 * files the folder scan found are ever read, so a request cannot name a file outside the folder.
 */
final class DocumentIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentIndex.class);

    /** A folder listing older than this is refreshed in the background on the next request. */
    private static final long RESCAN_MILLIS = 2_000;

    private static final int SNIPPET_CONTEXT = 60;
    private static final int HITS_PER_DOCUMENT = 10;

    /** A document or view that does not exist. */
    static final class NotFoundException extends Exception {
        NotFoundException(String message) {
            super(message);
        }
    }

    /** A document that exists but cannot be loaded. */
    static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }

    /** One search result with a snippet around it. */
    record SearchHit(
            String id, String kind, String label, int begin, int end, String before, String match, String after) {}

    private final XmiFolder folder;
    private final Path root;
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    private final Map<String, DocumentSummary> summaries = new ConcurrentHashMap<>();
    private final JsonCache cache;
    private final ExecutorService indexer;
    private final AtomicBoolean scanPending = new AtomicBoolean();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicLong version = new AtomicLong();
    private final JsonFactory jsonFactory = new JsonFactory();
    /** Documents' JSON on disk, outside the served folder, written when the index first reads each document. */
    private final Path diskCache;

    private volatile long lastScan;

    DocumentIndex(Path root, long cacheBytes) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.folder = new XmiFolder(this.root);
        this.cache = new JsonCache(cacheBytes);
        this.diskCache = Files.createTempDirectory("lectern-viewer-cache");
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
                if (known == null
                        || known.lastModified() != lastModified(entry.getValue())
                        || known.size() != size(entry.getValue())) {
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
        long modified = lastModified(xmi);
        long size = size(xmi);
        try {
            CAS cas = folder.load(xmi);
            // the JSON is written now, while the document is loaded anyway: opening it later costs a file read
            byte[] json = toJson(id, cas, CAS.NAME_DEFAULT_SOFA);
            writeDiskCache(cacheKey(id, CAS.NAME_DEFAULT_SOFA, modified, size), json);
            return Summaries.of(id, modified, size, cas);
        } catch (IOException | NotFoundException | RuntimeException e) {
            LOG.warn("{}", e.getMessage());
            return DocumentSummary.failed(id, modified, size, relativeMessage(e));
        }
    }

    /** The error without the folder's absolute path, which the browser has no business knowing. */
    private String relativeMessage(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.replace(root.toString() + java.io.File.separator, "");
    }

    /** The JSON of one view of a document. */
    byte[] documentJson(String id, String viewName) throws NotFoundException, UnreadableException, IOException {
        Path xmi = files.get(id);
        if (xmi == null) {
            throw new NotFoundException("no document '" + id + "'");
        }
        String key = cacheKey(id, viewName, lastModified(xmi), size(xmi));
        byte[] json = cache.get(key);
        if (json != null) {
            return json;
        }
        json = readDiskCache(key);
        if (json == null) {
            CAS cas;
            try {
                cas = folder.load(xmi);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableException(relativeMessage(e));
            }
            json = toJson(id, cas, viewName);
            writeDiskCache(key, json);
        }
        cache.put(key, json);
        return json;
    }

    private byte[] toJson(String id, CAS cas, String viewName) throws NotFoundException, IOException {
        List<String> views = DocumentJson.textViews(cas);
        CAS view;
        try {
            view = cas.getView(viewName);
        } catch (CASRuntimeException e) {
            throw new NotFoundException("document '" + id + "' has no view '" + viewName + "'; it has " + views);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator json = jsonFactory.createGenerator(out)) {
            DocumentJson.write(json, id, view, views);
        }
        return out.toByteArray();
    }

    private static String cacheKey(String id, String viewName, long lastModified, long size) {
        return id + '\u0000' + viewName + '\u0000' + lastModified + '\u0000' + size;
    }

    private Path diskCacheFile(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return diskCache.resolve(HexFormat.of().formatHex(digest) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] readDiskCache(String key) {
        try {
            return Files.readAllBytes(diskCacheFile(key));
        } catch (IOException e) {
            return null;
        }
    }

    private void writeDiskCache(String key, byte[] json) {
        try {
            Path target = diskCacheFile(key);
            Path temp = Files.createTempFile(diskCache, "part-", ".tmp");
            Files.write(temp, json);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot cache a document's JSON in {}: {}", diskCache, e.toString());
        }
    }

    /**
     * Documents matching {@code query}: by entity canonical name or mention, by quote speaker, or by the text.
     *
     * @param kind {@code entity}, {@code speaker}, {@code text} or {@code all}
     */
    List<SearchHit> search(String query, String kind, int limit) {
        Pattern pattern =
                Pattern.compile(Pattern.quote(query.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        boolean all = kind.equals("all");
        List<SearchHit> hits = new ArrayList<>();
        for (DocumentSummary doc : summaries()) {
            if (doc.error() != null) {
                continue;
            }
            int before = hits.size();
            if (all || kind.equals("entity")) {
                addMentionHits(doc, doc.entities(), "entity", pattern, hits, true);
            }
            if (all || kind.equals("speaker")) {
                addMentionHits(doc, doc.quotes(), "speaker", pattern, hits, false);
            }
            if (all || kind.equals("text")) {
                addTextHits(doc, query.strip(), pattern, hits, before);
            }
            if (hits.size() >= limit) {
                return hits.subList(0, limit);
            }
        }
        return hits;
    }

    /**
     * Text hits: a plain search of the lower-cased query in the lower-cased text, which is many times faster than
     * a case-insensitive pattern; the pattern only where lower-casing changes the text's length (offsets would
     * drift).
     */
    private static void addTextHits(
            DocumentSummary doc, String query, Pattern pattern, List<SearchHit> hits, int before) {
        String lowerQuery = query.toLowerCase(Locale.ROOT);
        if (doc.lowerText() != null && lowerQuery.length() == query.length()) {
            for (int at = doc.lowerText().indexOf(lowerQuery);
                    at >= 0 && hits.size() - before < HITS_PER_DOCUMENT;
                    at = doc.lowerText().indexOf(lowerQuery, at + 1)) {
                hits.add(hit(doc, "text", null, at, at + query.length()));
            }
            return;
        }
        Matcher matcher = pattern.matcher(doc.text());
        while (hits.size() - before < HITS_PER_DOCUMENT && matcher.find()) {
            hits.add(hit(doc, "text", null, matcher.start(), matcher.end()));
        }
    }

    private void addMentionHits(
            DocumentSummary doc,
            List<Mention> mentions,
            String kind,
            Pattern pattern,
            List<SearchHit> hits,
            boolean matchCoveredText) {
        Set<String> seen = new HashSet<>();
        int added = 0;
        for (Mention mention : mentions) {
            boolean matches = pattern.matcher(mention.label()).find()
                    || (matchCoveredText
                            && pattern.matcher(mention.coveredText()).find());
            if (matches && added < HITS_PER_DOCUMENT && seen.add(mention.label() + "@" + mention.begin())) {
                hits.add(hit(doc, kind, mention.label(), mention.begin(), mention.end()));
                added++;
            }
        }
    }

    private static SearchHit hit(DocumentSummary doc, String kind, String label, int begin, int end) {
        String text = doc.text();
        int from = Math.max(0, begin - SNIPPET_CONTEXT);
        int to = Math.min(text.length(), end + SNIPPET_CONTEXT);
        int matchEnd = Math.min(end, text.length());
        return new SearchHit(
                doc.id(),
                kind,
                label,
                begin,
                end,
                oneLine(text.substring(from, begin)),
                oneLine(text.substring(begin, matchEnd)),
                oneLine(text.substring(matchEnd, to)));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        indexer.shutdownNow();
        indexer.awaitTermination(5, TimeUnit.SECONDS);
        try (Stream<Path> cached = Files.list(diskCache)) {
            for (Path file : cached.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(diskCache);
    }

    /** Recently served documents' JSON, least recently used evicted first once the byte budget is spent. */
    private static final class JsonCache {
        private final long budget;
        private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
        private long used;

        JsonCache(long budget) {
            this.budget = budget;
        }

        synchronized byte[] get(String key) {
            return entries.get(key);
        }

        synchronized void put(String key, byte[] value) {
            if (value.length > budget) {
                return;
            }
            byte[] previous = entries.put(key, value);
            used += value.length - (previous == null ? 0 : previous.length);
            var eldest = entries.entrySet().iterator();
            while (used > budget && eldest.hasNext()) {
                used -= eldest.next().getValue().length;
                eldest.remove();
            }
        }
    }
}
