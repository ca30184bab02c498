package org.lectern.viewer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.lectern.review.ReviewStore;

/**
 * The review endpoints: {@code GET|POST /api/documents/{id}/review} (versioned by ETag / If-Match),
 * {@code POST /api/login} and {@code GET /api/session}. The review itself is {@link ReviewStore}'s; this class
 * only checks who asks and translates to HTTP.
 */
final class ReviewApi {

    static final String LOGIN = "/api/login";
    static final String SESSION = "/api/session";
    private static final String DOCUMENTS = "/api/documents/";
    private static final String REVIEW = "/review";
    private static final long MAX_BODY_BYTES = 16L * 1024 * 1024;

    private final DocumentIndex index;
    private final ReviewStore store;
    private final AccessGuard guard;
    private final ObjectMapper mapper = new ObjectMapper();

    ReviewApi(DocumentIndex index, ReviewStore store, AccessGuard guard) {
        this.index = index;
        this.store = store;
        this.guard = guard;
    }

    boolean handles(String path) {
        return path.equals(LOGIN)
                || path.equals(SESSION)
                || (path.startsWith(DOCUMENTS) && path.endsWith(REVIEW) && path.length() > DOCUMENTS.length() + 7);
    }

    void handle(Request request, Response response, Callback callback, String path) throws IOException {
        String foreign = guard.foreignRequest(
                request.getHeaders().get(HttpHeader.HOST), request.getHeaders().get(HttpHeader.ORIGIN));
        String method = request.getMethod();
        if (foreign != null) {
            JsonResponses.error(response, callback, HttpStatus.FORBIDDEN_403, foreign);
        } else if (path.equals(SESSION) && HttpMethod.GET.is(method)) {
            session(request, response, callback);
        } else if (path.equals(LOGIN) && HttpMethod.POST.is(method)) {
            login(request, response, callback);
        } else if (path.endsWith(REVIEW) && HttpMethod.GET.is(method)) {
            read(response, callback, documentId(path));
        } else if (path.endsWith(REVIEW) && HttpMethod.POST.is(method)) {
            write(request, response, callback, documentId(path));
        } else {
            response.getHeaders()
                    .put(HttpHeader.ALLOW, path.equals(SESSION) ? "GET" : path.equals(LOGIN) ? "POST" : "GET, POST");
            JsonResponses.error(
                    response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, method + " is not supported here");
        }
    }

    private static String documentId(String path) {
        return path.substring(DOCUMENTS.length(), path.length() - REVIEW.length());
    }

    private void read(Response response, Callback callback, String id) throws IOException {
        Path xmi = index.file(id);
        if (xmi == null) {
            JsonResponses.error(response, callback, HttpStatus.NOT_FOUND_404, "no document '" + id + "'");
            return;
        }
        ReviewStore.Snapshot snapshot = store.read(id, xmi);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", snapshot.version());
        body.put("state", snapshot.state());
        body.put("ops", snapshot.ops());
        body.put("orphans", snapshot.orphans());
        if (snapshot.dropped() != null) {
            body.put("dropped", snapshot.dropped().replace(store.reviewRoot().toString(), "review"));
        }
        etag(response, snapshot.version());
        JsonResponses.json(response, callback, HttpStatus.OK_200, body);
    }

    private void write(Request request, Response response, Callback callback, String id) throws IOException {
        AccessGuard.Session writer = guard.writer(
                request.getHeaders().get(AccessGuard.TOKEN_HEADER), cookie(request, AccessGuard.SESSION_COOKIE));
        if (writer == null) {
            JsonResponses.error(
                    response,
                    callback,
                    HttpStatus.FORBIDDEN_403,
                    "writes need the server's token in " + AccessGuard.TOKEN_HEADER
                            + (guard.usesLogin() ? " and a login" : ""));
            return;
        }
        String ifMatch = request.getHeaders().get(HttpHeader.IF_MATCH);
        if (ifMatch == null) {
            JsonResponses.error(
                    response,
                    callback,
                    HttpStatus.PRECONDITION_REQUIRED_428,
                    "If-Match with the review's version (its ETag) is required");
            return;
        }
        Path xmi = index.file(id);
        if (xmi == null) {
            JsonResponses.error(response, callback, HttpStatus.NOT_FOUND_404, "no document '" + id + "'");
            return;
        }
        List<JsonNode> ops;
        try {
            ops = ops(request);
        } catch (IllegalArgumentException e) {
            JsonResponses.error(response, callback, HttpStatus.UNPROCESSABLE_ENTITY_422, e.getMessage());
            return;
        }
        ReviewStore.Outcome outcome = store.write(id, xmi, version(ifMatch), ops, writer.reviewer());
        if (outcome instanceof ReviewStore.Outcome.Saved saved) {
            etag(response, saved.version());
            JsonResponses.json(
                    response, callback, HttpStatus.OK_200, Map.of("version", saved.version(), "ops", saved.ops()));
        } else if (outcome instanceof ReviewStore.Outcome.Stale stale) {
            etag(response, stale.version());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("version", stale.version());
            body.put("ops", stale.missed());
            JsonResponses.json(response, callback, HttpStatus.PRECONDITION_FAILED_412, body);
        } else {
            JsonResponses.error(
                    response,
                    callback,
                    HttpStatus.UNPROCESSABLE_ENTITY_422,
                    ((ReviewStore.Outcome.Invalid) outcome).problem());
        }
    }

    /** The body's {@code ops}: a JSON object with an array of objects, else the problem. */
    private List<JsonNode> ops(Request request) throws IOException {
        long length = request.getLength();
        if (length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode body;
        try {
            body = mapper.readTree(Content.Source.asString(request, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.path("ops").isArray() || body.path("ops").isEmpty()) {
            throw new IllegalArgumentException("the body must be {\"ops\": [...]} with at least one op");
        }
        return List.of(mapper.convertValue(body.get("ops"), JsonNode[].class));
    }

    /** The version an If-Match names ({@code "N"}, {@code W/"N"} or N); -1 (never current) if it names none. */
    private static int version(String ifMatch) {
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void etag(Response response, int version) {
        response.getHeaders().put(HttpHeader.ETAG, "\"" + version + "\"");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private void login(Request request, Response response, Callback callback) throws IOException {
        JsonNode body;
        try {
            body = mapper.readTree(Content.Source.asString(request, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            body = null;
        }
        Map.Entry<String, AccessGuard.Session> login = body == null
                ? null
                : guard.login(
                        body.path("user").asText(null), body.path("password").asText(null));
        if (login == null) {
            JsonResponses.error(
                    response,
                    callback,
                    HttpStatus.FORBIDDEN_403,
                    guard.usesLogin() ? "wrong name or password" : "this server has no logins (loopback token)");
            return;
        }
        response.getHeaders()
                .add(
                        HttpHeader.SET_COOKIE,
                        AccessGuard.SESSION_COOKIE + "=" + login.getKey() + "; Path=/; HttpOnly; SameSite=Strict");
        JsonResponses.json(
                response,
                callback,
                HttpStatus.OK_200,
                Map.of(
                        "reviewer",
                        login.getValue().reviewer(),
                        "token",
                        login.getValue().token()));
    }

    /**
     * Who the page writes as: the loopback reviewer (the token is in the printed URL), the logged-in reviewer with
     * the session's token, or that a login is needed.
     */
    private void session(Request request, Response response, Callback callback) throws IOException {
        if (!guard.usesLogin()) {
            JsonResponses.json(
                    response, callback, HttpStatus.OK_200, Map.of("login", false, "reviewer", guard.localReviewer()));
            return;
        }
        AccessGuard.Session session = guard.session(cookie(request, AccessGuard.SESSION_COOKIE));
        if (session == null) {
            JsonResponses.json(response, callback, HttpStatus.UNAUTHORIZED_401, Map.of("login", true));
        } else {
            JsonResponses.json(
                    response,
                    callback,
                    HttpStatus.OK_200,
                    Map.of("login", true, "reviewer", session.reviewer(), "token", session.token()));
        }
    }

    private static String cookie(Request request, String name) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
