package org.lectern.viewer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.lectern.review.ReviewStore;

/**
 * The viewer's HTTP surface: the JSON API under {@code /api/} and the web UI's static files, which are a fixed set
 * of classpath resources (no path from a request ever reaches the file system).
 *
 * <ul>
 * <li>{@code GET /api/documents}: the folder's documents with languages and counts per layer;</li>
 * <li>{@code GET /api/documents/{id}[?view=NAME]}: one document's text and annotations;</li>
 * <li>{@code GET /api/search?q=TEXT[&kind=all|entity|speaker|text]}: hits with snippets;</li>
 * <li>the review endpoints of {@link ReviewApi}, unless the viewer is read-only.</li>
 * </ul>
 */
final class ViewerHandler extends Handler.Abstract {

    private static final String API = "/api/";
    private static final String DOCUMENTS = API + "documents";
    private static final String SEARCH = API + "search";
    private static final String UI_RESOURCES = "/org/lectern/viewer/ui/";
    private static final int SEARCH_LIMIT = 200;
    private static final Set<String> SEARCH_KINDS = Set.of("all", "entity", "speaker", "text");

    /** The UI's files by URL path, with their content types. */
    private static final Map<String, String> STATIC_FILES = Map.ofEntries(
            Map.entry("/index.html", "text/html; charset=utf-8"),
            Map.entry("/app.js", "text/javascript; charset=utf-8"),
            Map.entry("/list.js", "text/javascript; charset=utf-8"),
            Map.entry("/document.js", "text/javascript; charset=utf-8"),
            Map.entry("/document-blocks.js", "text/javascript; charset=utf-8"),
            Map.entry("/document-model.js", "text/javascript; charset=utf-8"),
            Map.entry("/document-panels.js", "text/javascript; charset=utf-8"),
            Map.entry("/document-segments.js", "text/javascript; charset=utf-8"),
            Map.entry("/document-stream.js", "text/javascript; charset=utf-8"),
            Map.entry("/document-view.js", "text/javascript; charset=utf-8"),
            Map.entry("/attribution.js", "text/javascript; charset=utf-8"),
            Map.entry("/quotes-panel.js", "text/javascript; charset=utf-8"),
            Map.entry("/search.js", "text/javascript; charset=utf-8"),
            Map.entry("/dom.js", "text/javascript; charset=utf-8"),
            Map.entry("/login.html", "text/html; charset=utf-8"),
            Map.entry("/login.js", "text/javascript; charset=utf-8"),
            Map.entry("/keys.js", "text/javascript; charset=utf-8"),
            Map.entry("/review.js", "text/javascript; charset=utf-8"),
            Map.entry("/review-model.js", "text/javascript; charset=utf-8"),
            Map.entry("/review-anchors.js", "text/javascript; charset=utf-8"),
            Map.entry("/review-sync.js", "text/javascript; charset=utf-8"),
            Map.entry("/review-panel.js", "text/javascript; charset=utf-8"),
            Map.entry("/review-layers.js", "text/javascript; charset=utf-8"),
            Map.entry("/review-edits.js", "text/javascript; charset=utf-8"),
            Map.entry("/style.css", "text/css; charset=utf-8"));

    private static final String JSON = JsonResponses.JSON;

    /** Nothing but the page's own scripts and styles may run or load. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final DocumentIndex index;
    /** The review endpoints and their store, or null for a read-only viewer. */
    private final ReviewApi reviewApi;

    private final ReviewStore reviews;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, byte[]> staticContent = new LinkedHashMap<>();
    private volatile CachedListing listing;

    ViewerHandler(DocumentIndex index, ReviewStore reviews, AccessGuard guard) throws IOException {
        this.index = index;
        this.reviews = reviews;
        this.reviewApi = reviews == null ? null : new ReviewApi(index, reviews, guard);
        for (String path : STATIC_FILES.keySet()) {
            try (InputStream in = ViewerHandler.class.getResourceAsStream(UI_RESOURCES + path.substring(1))) {
                if (in == null) {
                    throw new IOException("viewer resource missing from the jar: " + path);
                }
                staticContent.put(path, in.readAllBytes());
            }
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var headers = response.getHeaders();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        if (reviewApi != null && reviewApi.handles(path)) {
            reviewApi.handle(request, response, callback, path);
            return true;
        }
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            headers.put(HttpHeader.ALLOW, "GET, HEAD");
            sendError(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "only GET and HEAD are supported");
            return true;
        }
        if (path.startsWith(API)) {
            handleApi(request, response, callback, path);
        } else {
            handleStatic(response, callback, path.equals("/") ? "/index.html" : path);
        }
        return true;
    }

    private void handleApi(Request request, Response response, Callback callback, String path) throws IOException {
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        if (path.equals(DOCUMENTS)) {
            send(response, callback, HttpStatus.OK_200, JSON, listing());
        } else if (path.startsWith(DOCUMENTS + "/")) {
            String id = path.substring(DOCUMENTS.length() + 1);
            String view = query.getValue("view");
            try {
                byte[] json = index.documentJson(id, view == null || view.isBlank() ? "_InitialView" : view);
                send(response, callback, HttpStatus.OK_200, JSON, json);
            } catch (DocumentJsonStore.NotFoundException e) {
                sendError(response, callback, HttpStatus.NOT_FOUND_404, e.getMessage());
            } catch (DocumentJsonStore.UnreadableException e) {
                sendError(response, callback, HttpStatus.UNPROCESSABLE_ENTITY_422, e.getMessage());
            }
        } else if (path.equals(SEARCH)) {
            String q = query.getValue("q");
            String kind = query.getValue("kind") == null ? "all" : query.getValue("kind");
            if (q == null || q.isBlank()) {
                sendError(response, callback, HttpStatus.BAD_REQUEST_400, "parameter 'q' is required");
            } else if (!SEARCH_KINDS.contains(kind)) {
                sendError(
                        response,
                        callback,
                        HttpStatus.BAD_REQUEST_400,
                        "parameter 'kind' must be one of all, entity, speaker, text; got '" + kind + "'");
            } else {
                List<DocumentSearch.SearchHit> hits =
                        DocumentSearch.search(index.summaries(), q, kind, SEARCH_LIMIT + 1);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("query", q);
                body.put("kind", kind);
                body.put("truncated", hits.size() > SEARCH_LIMIT);
                body.put("hits", hits.subList(0, Math.min(hits.size(), SEARCH_LIMIT)));
                send(response, callback, HttpStatus.OK_200, JSON, mapper.writeValueAsBytes(body));
            }
        } else {
            sendError(response, callback, HttpStatus.NOT_FOUND_404, "no such endpoint: " + path);
        }
    }

    /** The list's JSON, rebuilt only when the index has changed since the last request. */
    private byte[] listing() throws IOException {
        long version = index.version() * 1_000_003L + (reviews == null ? 0 : reviews.changes());
        boolean indexing = index.indexing();
        CachedListing cached = listing;
        if (cached != null && cached.version() == version && cached.indexing() == indexing) {
            return cached.json();
        }
        byte[] json = mapper.writeValueAsBytes(listingBody(indexing));
        listing = new CachedListing(version, indexing, json);
        return json;
    }

    private record CachedListing(long version, boolean indexing, byte[] json) {}

    private Map<String, Object> listingBody(boolean indexing) {
        List<Map<String, Object>> documents = index.summaries().stream()
                .map(doc -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", doc.id());
                    entry.put("languages", doc.languages());
                    entry.put("counts", doc.counts());
                    entry.put("characters", doc.characters());
                    entry.put("spinScore", doc.spinScore());
                    entry.put("error", doc.error());
                    if (reviews != null && doc.error() == null) {
                        entry.put("review", reviewStatus(doc));
                    }
                    return entry;
                })
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(
                "folder",
                index.root().getFileName() == null
                        ? "/"
                        : index.root().getFileName().toString());
        body.put("indexing", indexing);
        body.put("total", index.total());
        body.put("documents", documents);
        return body;
    }

    /** State and counts of reviewed / unreviewed predictions; a document without a review log is new. */
    private Object reviewStatus(DocumentSummary doc) {
        int predictions = doc.counts().entrySet().stream()
                .filter(count -> !count.getKey().equals("annotations"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        try {
            return reviews.status(doc.id(), index.file(doc.id()), predictions);
        } catch (IOException | RuntimeException e) {
            return Map.of("error", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void handleStatic(Response response, Callback callback, String path) throws IOException {
        byte[] content = staticContent.get(path);
        if (content == null) {
            sendError(response, callback, HttpStatus.NOT_FOUND_404, "not found");
            return;
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        send(response, callback, HttpStatus.OK_200, STATIC_FILES.get(path), content);
    }

    private void sendError(Response response, Callback callback, int status, String message) throws IOException {
        JsonResponses.error(response, callback, status, message);
    }

    private static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        JsonResponses.send(response, callback, status, contentType, body);
    }
}
