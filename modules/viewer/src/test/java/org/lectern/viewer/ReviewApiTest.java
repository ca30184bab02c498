package org.lectern.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review API over HTTP: every status code of the fixed contract, the token, Origin/Host and login checks. */
class ReviewApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCEPT_ANNA =
            "{\"ops\":[{\"op\":\"accept\",\"type\":\"NamedEntity\",\"begin\":22,\"end\":36}]}";

    @TempDir
    Path temp;

    private Path folder;
    private ViewerServer server;

    @BeforeEach
    void writeFolder() throws Exception {
        folder = temp.resolve("xmi");
        ViewerFixtures.writeLecternFolder(folder);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private void start(ViewerServer.Access access) throws Exception {
        server = new ViewerServer(folder, "127.0.0.1", 0, access).start();
        server.awaitIndexed(60_000);
    }

    @Test
    void versionedWritesAnswer200_412_428_403_422AsSpecified() throws Exception {
        start(ViewerServer.Access.loopback("ann"));
        assertThat(server.browserUri().toString()).isEqualTo(server.uri() + "?token=" + server.token());

        HttpResponse<String> fresh = get("/api/documents/news/review");
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(JSON.readTree(fresh.body()).path("state").asText()).isEqualTo("new");

        assertThat(post("news", ACCEPT_ANNA, null, "\"0\"").statusCode()).isEqualTo(403);
        assertThat(post("news", ACCEPT_ANNA, "wrong", "\"0\"").statusCode()).isEqualTo(403);
        assertThat(post("news", ACCEPT_ANNA, server.token(), null).statusCode()).isEqualTo(428);

        HttpResponse<String> saved = post("news", ACCEPT_ANNA, server.token(), "\"0\"");
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode made = JSON.readTree(saved.body());
        assertThat(made.path("version").asInt()).isEqualTo(1);
        assertThat(made.path("ops")).singleElement().satisfies(entry -> {
            assertThat(entry.path("seq").asInt()).isEqualTo(1);
            assertThat(entry.path("reviewer").asText()).isEqualTo("ann");
        });
        JsonNode session = JSON.readTree(get("/api/session").body());
        assertThat(session.path("login").asBoolean()).isFalse();
        assertThat(session.path("reviewer").asText()).isEqualTo("ann");
        assertThat(session.has("token")).isFalse();
        assertThat(saved.headers().firstValue("ETag")).contains("\"1\"");

        HttpResponse<String> stale = post("news", ACCEPT_ANNA, server.token(), "\"0\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        JsonNode missed = JSON.readTree(stale.body());
        assertThat(missed.path("version").asInt()).isEqualTo(1);
        assertThat(missed.path("ops").get(0).path("reviewer").asText()).isEqualTo("ann");

        HttpResponse<String> badOp = post(
                "news",
                "{\"ops\":[" + ACCEPT_ANNA.substring(8, ACCEPT_ANNA.length() - 2)
                        + ",{\"op\":\"accept\",\"type\":\"Nonsense\",\"begin\":0,\"end\":1}]}",
                server.token(),
                "\"1\"");
        assertThat(badOp.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(badOp.body()).path("error").asText()).isEqualTo("ops[1]: unknown type 'Nonsense'");
        assertThat(post("news", "{\"ops\": 3}", server.token(), "\"1\"").statusCode())
                .isEqualTo(422);
        assertThat(post("news", "not json", server.token(), "\"1\"").statusCode())
                .isEqualTo(422);
        assertThat(post("nothing-here", ACCEPT_ANNA, server.token(), "\"0\"").statusCode())
                .isEqualTo(404);

        JsonNode review = JSON.readTree(get("/api/documents/news/review").body());
        assertThat(review.path("version").asInt()).isEqualTo(1);
        assertThat(review.path("state").asText()).isEqualTo("in-review");
        assertThat(review.path("ops")).hasSize(1);
        assertThat(Files.readAllLines(folder.resolve("review/news.jsonl"))).hasSize(1);

        JsonNode list = JSON.readTree(get("/api/documents").body());
        JsonNode news = list.path("documents").findParents("id").stream()
                .filter(d -> d.path("id").asText().equals("news"))
                .findFirst()
                .orElseThrow();
        assertThat(news.path("review").path("state").asText()).isEqualTo("in-review");
        assertThat(news.path("review").path("reviewed").asInt()).isEqualTo(1);
        assertThat(news.path("review").path("unreviewed").asInt()).isEqualTo(6);

        // finishing the review writes the reviewed XMI, whose provenance the viewer shows like any layer
        String finish = "{\"ops\":[{\"op\":\"state\",\"state\":\"reviewed\"}]}";
        assertThat(post("news", finish, server.token(), "\"1\"").statusCode()).isEqualTo(200);
        try (ViewerServer reviewed = new ViewerServer(folder.resolve("review"), "127.0.0.1", 0).start()) {
            reviewed.awaitIndexed(60_000);
            JsonNode doc = JSON.readTree(HTTP.send(
                            HttpRequest.newBuilder(reviewed.uri().resolve("/api/documents/news"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            assertThat(doc.path("types").findValuesAsText("name")).contains("org.lectern.type.ReviewProvenance");
        }
    }

    @Test
    void foreignOriginAndHostAreRefused() throws Exception {
        start(ViewerServer.Access.loopback("ann"));
        HttpResponse<String> crossSite = HTTP.send(
                HttpRequest.newBuilder(uri("/api/documents/news/review"))
                        .header("Origin", "http://evil.example")
                        .header(AccessGuard.TOKEN_HEADER, server.token())
                        .header("If-Match", "\"0\"")
                        .POST(HttpRequest.BodyPublishers.ofString(ACCEPT_ANNA))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("Origin 'http://evil.example' is not this server");

        // DNS rebinding: the browser sends the attacker's host name to our port
        String rebound = raw("POST /api/documents/news/review HTTP/1.1\r\nHost: evil.example:" + server.port()
                + "\r\n" + AccessGuard.TOKEN_HEADER + ": " + server.token() + "\r\nIf-Match: \"0\"\r\n"
                + "Content-Length: " + ACCEPT_ANNA.length() + "\r\nConnection: close\r\n\r\n" + ACCEPT_ANNA);
        assertThat(rebound).startsWith("HTTP/1.1 403");
        assertThat(Files.exists(folder.resolve("review/news.jsonl"))).isFalse();
    }

    @Test
    void anErrorSentBeforeTheBodyArrivedClosesTheConnection() throws Exception {
        start(ViewerServer.Access.loopback("ann"));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            // the body never comes: a client reusing this connection would otherwise wait for a reply in vain
            socket.getOutputStream()
                    .write(("POST /api/documents/news/review HTTP/1.1\r\nHost: 127.0.0.1:" + server.port()
                                    + "\r\nContent-Length: " + ACCEPT_ANNA.length() + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply).startsWith("HTTP/1.1 403").containsIgnoringCase("\r\nConnection: close\r\n");
        }
    }

    @Test
    void offLoopbackWritesNeedUsersAndReadOnlyHasNoReviewApi() throws Exception {
        assertThatThrownBy(() -> new ViewerServer(folder, "0.0.0.0", 0, ViewerServer.Access.loopback("ann")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs --users FILE");

        start(ViewerServer.Access.readOnlyViewer());
        assertThat(server.token()).isNull();
        assertThat(post("news", ACCEPT_ANNA, "any", "\"0\"").statusCode()).isEqualTo(405);
        assertThat(Files.exists(folder.resolve("review"))).isFalse();
    }

    @Test
    void withUsersReviewersLogInAndTheLogNamesThem() throws Exception {
        Path users = temp.resolve("users.txt");
        Files.writeString(users, "# reviewers\n" + UsersFile.line("bea", "correct horse") + "\n");
        start(new ViewerServer.Access(false, users, null));
        assertThat(server.browserUri().toString()).endsWith("/login.html");

        assertThat(login("bea", "wrong horse").statusCode()).isEqualTo(403);
        HttpResponse<String> login = login("bea", "correct horse");
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
        String token = JSON.readTree(login.body()).path("token").asText();

        // the token alone (no session cookie) is not enough
        assertThat(post("news", ACCEPT_ANNA, token, "\"0\"").statusCode()).isEqualTo(403);
        HttpResponse<String> saved = HTTP.send(
                HttpRequest.newBuilder(uri("/api/documents/news/review"))
                        .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                        .header(AccessGuard.TOKEN_HEADER, token)
                        .header("If-Match", "\"0\"")
                        .POST(HttpRequest.BodyPublishers.ofString(ACCEPT_ANNA))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(Files.readString(folder.resolve("review/news.jsonl"))).contains("\"reviewer\":\"bea\"");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String id, String body, String token, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/documents/" + id + "/review"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header(AccessGuard.TOKEN_HEADER, token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String user, String password) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri("/api/login"))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                JSON.createObjectNode().put("user", user).put("password", password))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request exactly as written (HttpClient will not send a foreign Host header). */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
