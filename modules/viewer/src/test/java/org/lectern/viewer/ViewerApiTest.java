package org.lectern.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API and the server's refusals, over HTTP against a real Jetty on a free port. */
class ViewerApiTest {

    @TempDir
    static Path temp;

    private static ViewerServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Path folder = temp.resolve("xmi");
        ViewerFixtures.writeLecternFolder(folder);
        ViewerFixtures.writeCustomFolder(folder.resolve("custom"));
        Path news = folder.resolve("news.xmi");
        String xmi = Files.readString(news);
        Files.writeString(folder.resolve("truncated.xmi"), xmi.substring(0, xmi.length() / 2));
        Files.writeString(
                folder.resolve("doctype.xmi"),
                xmi.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
        // a valid XMI outside the folder, reachable only through a symbolic link inside it
        Path outside = temp.resolve("outside");
        Files.createDirectories(outside);
        Files.copy(news, outside.resolve("secret.xmi"));
        Files.createSymbolicLink(folder.resolve("leak.xmi"), outside.resolve("secret.xmi"));
        server = new ViewerServer(folder, "127.0.0.1", 0).start();
        server.awaitIndexed(60_000);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void listsEveryDocumentWithLanguagesAndCountsAndFlagsBrokenOnes() throws Exception {
        HttpResponse<String> response = get("/api/documents");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode list = JSON.readTree(response.body());
        assertThat(list.get("indexing").asBoolean()).isFalse();
        List<String> ids = new ArrayList<>();
        list.get("documents").forEach(d -> ids.add(d.get("id").asText()));
        assertThat(ids).containsExactly("custom/catalogue", "dkpro-only", "doctype", "hostile", "news", "truncated");

        JsonNode news = document(list, "news");
        assertThat(news.get("languages")).extracting(JsonNode::asText).containsExactly("en", "de");
        assertThat(news.get("counts").get("entities").asInt()).isEqualTo(3);
        assertThat(news.get("counts").get("quotes").asInt()).isEqualTo(2);
        assertThat(news.get("counts").get("artefacts").asInt()).isEqualTo(1);
        assertThat(news.get("counts").get("boilerplate").asInt()).isEqualTo(1);
        assertThat(news.get("error").isNull()).isTrue();
        assertThat(news.get("spinScore").asDouble()).isEqualTo(0.02);
        assertThat(document(list, "custom/catalogue").get("spinScore").isNull()).isTrue();

        assertThat(document(list, "truncated").get("error").asText())
                .isEqualTo("truncated.xmi: XML document structures must start and end within the same entity.");
        assertThat(document(list, "doctype").get("error").asText())
                .isEqualTo("doctype.xmi: DOCTYPE declarations are not allowed in XMI");
        // the server goes on serving the good documents
        assertThat(get("/api/documents/news").statusCode()).isEqualTo(200);
        assertThat(get("/api/documents/truncated").statusCode()).isEqualTo(422);
    }

    @Test
    void documentCarriesTextTypesColoursFeaturesAndReferences() throws Exception {
        JsonNode doc = JSON.readTree(get("/api/documents/news").body());
        assertThat(doc.get("text").asText()).isEqualTo(ViewerFixtures.NEWS_TEXT);
        assertThat(doc.get("views")).extracting(JsonNode::asText).containsExactly("_InitialView", "cleaned");
        JsonNode entityType = type(doc, "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity");
        assertThat(entityType.get("kind").asText()).isEqualTo("entity");
        assertThat(entityType.get("values").findValuesAsText("value")).containsExactly("LOCATION", "PERSON");
        assertThat(entityType.get("values").get(1).get("color").asText()).isEqualTo("#9ecae1");

        int quoteType = typeIndex(doc, "org.lectern.type.Quotation");
        JsonNode quote = null;
        for (JsonNode annotation : doc.get("annotations")) {
            if (annotation.get(0).asInt() == quoteType) {
                quote = annotation;
                break;
            }
        }
        int begin = ViewerFixtures.NEWS_TEXT.indexOf("We will build");
        assertThat(quote.get(1).asInt()).isEqualTo(begin);
        assertThat(quote.get(2).asInt()).isEqualTo(begin + "We will build the bridge,".length());
        assertThat(quote.get(3).get("speakerName").asText()).isEqualTo("Anna Lindqvist");
        JsonNode mention = doc.get("annotations")
                .get(quote.get(3).get("speakerMention").get("ref").asInt());
        int lindqvist = ViewerFixtures.NEWS_TEXT.indexOf("Lindqvist said");
        assertThat(mention.get(1).asInt()).isEqualTo(lindqvist);
        assertThat(mention.get(2).asInt()).isEqualTo(lindqvist + "Lindqvist".length());

        JsonNode cleaned = JSON.readTree(get("/api/documents/news?view=cleaned").body());
        assertThat(cleaned.get("text").asText())
                .startsWith("Anna Lindqvist met")
                .contains("telephone call");
        assertThat(get("/api/documents/news?view=nonesuch").statusCode()).isEqualTo(404);
        assertThat(get("/api/documents/nonesuch").statusCode()).isEqualTo(404);
    }

    @Test
    void foreignTypeSystemsGetStableAutomaticColoursAndGenericFeatures() throws Exception {
        JsonNode custom = JSON.readTree(get("/api/documents/custom/catalogue").body());
        JsonNode product = type(custom, ViewerFixtures.CUSTOM_TYPE);
        assertThat(product.get("kind").asText()).isEqualTo("generic");
        assertThat(product.get("color").asText())
                .isEqualTo(LayerStyle.derived(ViewerFixtures.CUSTOM_TYPE))
                .matches("#[0-9a-f]{6}");
        assertThat(product.get("features").findValuesAsText("name")).containsExactly("sku");
        assertThat(custom.get("annotations").get(0).get(3).get("sku").asText()).isEqualTo("W-3000");

        JsonNode dkpro = JSON.readTree(get("/api/documents/dkpro-only").body());
        assertThat(type(dkpro, "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
                        .get("hidden")
                        .asBoolean())
                .isTrue();
        assertThat(type(dkpro, "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token")
                        .get("count")
                        .asInt())
                .isEqualTo(7);
    }

    @Test
    void searchFindsEntitiesSpeakersAndTextWithSnippets() throws Exception {
        JsonNode byEntity =
                JSON.readTree(get("/api/search?q=tampere&kind=entity").body());
        assertThat(byEntity.get("hits")).hasSize(1);
        assertThat(byEntity.get("hits").get(0).get("id").asText()).isEqualTo("news");
        assertThat(byEntity.get("hits").get(0).get("match").asText()).isEqualTo("Tampere");

        JsonNode bySpeaker =
                JSON.readTree(get("/api/search?q=Anna%20Lindqvist&kind=speaker").body());
        assertThat(bySpeaker.get("hits").findValuesAsText("match"))
                .containsExactly("We will build the bridge,", "It is ready.");

        JsonNode byText = JSON.readTree(get("/api/search?q=BRÜCKE&kind=text").body());
        assertThat(byText.get("hits")).hasSize(1);
        assertThat(byText.get("hits").get(0).get("begin").asInt())
                .isEqualTo(ViewerFixtures.NEWS_TEXT.indexOf("Brücke"));
        assertThat(byText.get("hits").get(0).get("before").asText()).endsWith("sagte, die ");

        assertThat(get("/api/search").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?q=x&kind=nonsense").statusCode()).isEqualTo(400);
    }

    @Test
    void servesTheUiWithSafeHeadersAndRefusesOtherMethods() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'");
        assertThat(get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/nonesuch.js").statusCode()).isEqualTo(404);
        assertThat(get("/api/nonesuch").statusCode()).isEqualTo(404);
        HttpResponse<String> post = HTTP.send(
                HttpRequest.newBuilder(server.uri().resolve("/api/documents"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void neverServesAFileOutsideTheFolder() throws Exception {
        String[] attempts = {
            "/../../../../etc/passwd",
            "/api/documents/../../../../etc/passwd",
            "/api/documents/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/api/documents/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/api/documents/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
            "/api/documents/..%252f..%252f..%252fetc%252fpasswd",
            "/api/documents//etc/passwd",
            "/api/documents/%2Fetc%2Fpasswd",
            "/api/documents/" + temp.resolve("outside/secret").toAbsolutePath(),
            "/api/documents/leak",
            "/api/documents/../outside/secret",
            "/index.html/../../../etc/passwd",
            "/%2e%2e/%2e%2e/etc/passwd",
            "/..%5c..%5cetc%5cpasswd",
            "/etc/passwd",
            "/TypeSystem.xml",
            "/news.xmi",
        };
        for (String attempt : attempts) {
            String reply = rawGet(attempt);
            int status = Integer.parseInt(reply.substring(9, 12));
            assertThat(status).as(attempt).isIn(400, 404);
            assertThat(reply)
                    .as(attempt)
                    .doesNotContain("root:")
                    .doesNotContain("Lindqvist")
                    .doesNotContain("<types>");
        }
        JsonNode list = JSON.readTree(get("/api/documents").body());
        assertThat(list.findValuesAsText("id")).doesNotContain("leak");
    }

    /** Sends the request line exactly as written, bypassing any client-side normalisation. */
    private static String rawGet(String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            StringBuilder reply = new StringBuilder();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                reply.append(line).append('\n');
            }
            return reply.toString();
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode document(JsonNode list, String id) {
        for (JsonNode doc : list.get("documents")) {
            if (doc.get("id").asText().equals(id)) {
                return doc;
            }
        }
        throw new AssertionError("no document " + id);
    }

    private static int typeIndex(JsonNode doc, String name) {
        JsonNode types = doc.get("types");
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).get("name").asText().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no type " + name);
    }

    private static JsonNode type(JsonNode doc, String name) {
        return doc.get("types").get(typeIndex(doc, name));
    }
}
