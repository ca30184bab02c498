package org.lectern.pipeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.BatchRunner;
import org.lectern.pipeline.run.DocumentFailure;
import org.lectern.pipeline.run.ProgressListener;
import org.lectern.pipeline.run.RunLimits;
import org.lectern.pipeline.run.RunReport;
import org.lectern.viewer.ViewerServer;

/**
 * Issue 19: seeded mutations of real XMI output (truncated, damaged, wrong types, huge features, deep nesting,
 * entity expansion) go through the XMI reader of a run and through the viewer. Each gives a result or a named
 * error (a failed document with its stage and cause; a viewer answer of 404 or 422), never an uncaught
 * exception, a hang or a 5xx. The build checks 300 files; {@code -Dlectern.fuzz.xmi=2000} runs the count
 * reported in docs/benchmarks.md.
 */
class XmiFuzzTest {

    private static final int FILES = Integer.getInteger("lectern.fuzz.xmi", 300);
    private static final long SEED = Long.getLong("lectern.fuzz.seed", 19);
    private static final AnnotatorRegistry REGISTRY = AnnotatorRegistry.builtIn();

    @TempDir
    Path dir;

    private Path pipeline(String name, String readerType, String source, String target) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, """
                <pipeline xmlns="urn:lectern:pipeline:1" docTimeout="30">
                  <reader type="%s" source="%s" language="en"/>
                  <annotator name="segmenter"/>
                  <annotator name="keywords"><param name="keywords"><value>minister</value></param></annotator>
                  <writer type="xmi" target="%s"/>
                </pipeline>
                """.formatted(readerType, source, target));
        return file;
    }

    private List<String> baseXmi() throws Exception {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/a.txt"), "The minister spoke.\nShe said: \u201cIt is fine.\u201d\n");
        Files.writeString(
                dir.resolve("texts/b.txt"), "Markets fell on Monday.\n\nPrices rose in Berlin, Paris and Rome.");
        Files.writeString(dir.resolve("texts/c.txt"), "Ein deutscher Satz. Une phrase fran\u00e7aise.\n");
        new BatchRunner(
                        new PipelineParser(REGISTRY).parse(pipeline("base.xml", "text", "texts", "base")),
                        REGISTRY,
                        1,
                        true)
                .run(ProgressListener.NONE);
        List<String> base = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            base.add(Files.readString(dir.resolve("base/" + name + ".xmi")));
        }
        return base;
    }

    /** The element names and attribute names of the base files, and other type names, to swap in. */
    private static List<String> names(List<String> base) {
        Set<String> names = new TreeSet<>(List.of(
                "begin",
                "end",
                "sofa",
                "xmi:id",
                "sofaString",
                "sofaNum",
                "cas:NULL",
                "uima.tcas.Annotation",
                "tcas:DocumentAnnotation",
                "xmi:XMI",
                "members",
                "-2147483648",
                "999999999"));
        Matcher m = Pattern.compile("<([\\w:]+)|\\s([\\w:]+)=").matcher(base.get(0));
        while (m.find()) {
            names.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return List.copyOf(names);
    }

    @Test
    void mutatedXmiGivesANamedErrorOrAResultInRunsAndInTheViewer() throws Exception {
        List<String> base = baseXmi();
        List<String> names = names(base);
        Mutations mutations = new Mutations(SEED);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(dir.resolve("base/TypeSystem.xml"), in.resolve("TypeSystem.xml"));
        for (int i = 0; i < FILES; i++) {
            Files.write(
                    in.resolve(String.format("fuzz-%04d.xmi", i)), mutations.mutate(base.get(i % base.size()), names));
        }

        FuzzTally run = runOver(in);
        System.out.println(run.summary(FILES + " mutated XMI files read by a run (seed " + SEED + ")"));
        FuzzTally viewer = viewerOver(in);
        System.out.println(viewer.summary(FILES + " mutated XMI files opened in the viewer (seed " + SEED + ")"));

        assertThat(run.unexpected()).isEmpty();
        assertThat(run.results() + run.namedErrors()).isEqualTo(FILES);
        assertThat(viewer.unexpected()).isEmpty();
        assertThat(viewer.results() + viewer.namedErrors()).isEqualTo(FILES);
    }

    private FuzzTally runOver(Path in) throws Exception {
        RunReport.Summary summary = new BatchRunner(
                        new PipelineParser(REGISTRY).parse(pipeline("again.xml", "xmi", "in", "out")),
                        REGISTRY,
                        2,
                        true,
                        RunLimits.DEFAULT.withDocumentTimeout(Duration.ofSeconds(30)))
                .run(ProgressListener.NONE);
        FuzzTally tally = new FuzzTally();
        for (int i = 0; i < summary.done(); i++) {
            tally.result();
        }
        for (RunReport.Failure failure : summary.failed()) {
            if (DocumentFailure.TIMEOUT.equals(failure.stage())
                    || failure.cause() == null
                    || failure.cause().isBlank()) {
                tally.unexpected(failure.toString());
            } else {
                tally.namedError(failure.stage());
            }
        }
        if (summary.done() + summary.failed().size() != summary.documents()) {
            tally.unexpected(
                    (summary.documents() - summary.done() - summary.failed().size()) + " documents unaccounted for");
        }
        return tally;
    }

    private FuzzTally viewerOver(Path in) throws Exception {
        FuzzTally tally = new FuzzTally();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper json = new ObjectMapper();
        try (ViewerServer viewer = new ViewerServer(in, "127.0.0.1", 0).start()) {
            viewer.awaitIndexed(300_000);
            HttpResponse<String> list = get(client, viewer.uri().resolve("api/documents"));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(json.readTree(list.body()).get("documents")).hasSize(FILES);
            for (int i = 0; i < FILES; i++) {
                String id = String.format("fuzz-%04d", i);
                HttpResponse<String> answer;
                try {
                    answer = get(client, viewer.uri().resolve("api/documents/" + id));
                } catch (java.net.http.HttpTimeoutException e) {
                    tally.unexpected(id + ": no answer in 60 s");
                    continue;
                }
                JsonNode body = json.readTree(answer.body());
                if (answer.statusCode() == 200 && body.has("text")) {
                    tally.result();
                } else if ((answer.statusCode() == 422 || answer.statusCode() == 404) && body.has("error")) {
                    tally.namedError(String.valueOf(answer.statusCode()));
                } else {
                    tally.unexpected(id + ": " + answer.statusCode() + " " + answer.body());
                }
            }
            HttpResponse<String> search = get(
                    client,
                    viewer.uri().resolve("api/search?q=" + URLEncoder.encode("minister", StandardCharsets.UTF_8)));
            assertThat(search.statusCode()).isEqualTo(200);
        }
        return tally;
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
