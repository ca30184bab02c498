package org.lectern.pipeline.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.CasIOUtils;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorInfo;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.BatchRunner;
import org.lectern.pipeline.run.ProgressListener;
import org.lectern.pipeline.run.RunReport;
import org.lectern.viewer.ViewerServer;

/**
 * Builds {@code examples/plugin-example} with Maven, drops its jar into a plugins folder and runs the example's
 * own pipeline.xml (built-in segmenter, then the plugin's annotators) with the batch runner, asserting the
 * plugin's annotations in the XMI written and in the viewer's API, which colours the plugin's types by itself.
 */
class PluginExampleTest {

    private static final Path EXAMPLE =
            Path.of("../../examples/plugin-example").toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void examplePluginRunsNextToBuiltInsAndItsAnnotationsAreInTheXmi() throws Exception {
        Path jar = buildExample();
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(jar, plugins.resolve(jar.getFileName()));
        AnnotatorRegistry registry = AnnotatorRegistry.load(plugins);
        assertThat(registry.problems()).isEmpty();
        assertThat(registry.find("money"))
                .get()
                .extracting(AnnotatorInfo::source)
                .isEqualTo(jar.getFileName().toString());

        Path corpus = Files.createDirectories(work.resolve("corpus"));
        String text = "Regulators fined the bank £522,000 on 31 December 2004.\nRivals paid $1m in January 2005.";
        Files.writeString(corpus.resolve("fine.txt"), text);
        PipelineDefinition pipeline = new PipelineParser(registry)
                .parse(EXAMPLE.resolve("pipeline.xml"))
                .withInput(corpus)
                .withOutput(work.resolve("out"));
        RunReport.Summary summary = new BatchRunner(pipeline, registry, 2, false).run(ProgressListener.NONE);
        assertThat(summary.done()).as("failures: %s", summary.failed()).isEqualTo(1);
        Path xmi = work.resolve("out/fine.xmi");
        assertThat(Files.readString(work.resolve("out/TypeSystem.xml"))).contains("org.example.type.MoneyAmount");

        CAS cas = CasCreationUtils.createCas(registry.typeSystem(), null, null, null, registry.newResourceManager());
        CasIOUtils.load(xmi.toUri().toURL(), cas);
        assertThat(annotations(cas, "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"))
                .isNotEmpty();
        Type money = cas.getTypeSystem().getType("org.example.type.MoneyAmount");
        assertThat(annotations(cas, money.getName()))
                .extracting(
                        AnnotationFS::getBegin,
                        AnnotationFS::getEnd,
                        a -> a.getStringValue(money.getFeatureByBaseName("currency")),
                        a -> a.getDoubleValue(money.getFeatureByBaseName("amount")))
                .containsExactly(tuple(26, 34, "GBP", 522_000.0), tuple(68, 71, "USD", 1e6));
        Type date = cas.getTypeSystem().getType("org.example.type.DateMention");
        assertThat(annotations(cas, date.getName()))
                .extracting(AnnotationFS::getCoveredText, a -> a.getStringValue(date.getFeatureByBaseName("isoDate")))
                .containsExactly(tuple("31 December 2004", "2004-12-31"), tuple("January 2005", "2005-01"));

        try (ViewerServer viewer = new ViewerServer(work.resolve("out"), "127.0.0.1", 0).start()) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(viewer.uri().resolve("/api/documents/fine"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode doc = new ObjectMapper().readTree(response.body());
            JsonNode moneyType = null;
            for (JsonNode type : doc.get("types")) {
                if (type.get("name").asText().equals(money.getName())) {
                    moneyType = type;
                }
            }
            assertThat(moneyType).as("MoneyAmount in %s", doc.get("types")).isNotNull();
            assertThat(moneyType.get("kind").asText()).isEqualTo("generic");
            assertThat(moneyType.get("color").asText()).matches("#[0-9a-f]{6}");
            assertThat(moneyType.get("count").asInt()).isEqualTo(2);
            assertThat(moneyType.get("features").findValuesAsText("name")).contains("currency", "amount");
        }
    }

    private static List<AnnotationFS> annotations(CAS cas, String typeName) {
        return cas.<AnnotationFS>getAnnotationIndex(cas.getTypeSystem().getType(typeName))
                .select()
                .asList();
    }

    /** {@code mvn package} of the example; skipped (not failed) where Maven or the installed lectern-api is missing. */
    private Path buildExample() throws IOException, InterruptedException {
        Path log = work.resolve("example-build.log");
        Process build;
        try {
            build = new ProcessBuilder(
                            maven(),
                            "-B",
                            "-q",
                            "-o",
                            "-DskipTests",
                            "-f",
                            EXAMPLE.resolve("pom.xml").toString(),
                            "package")
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            Assumptions.abort("Maven is not available to build the example plugin: " + e.getMessage());
            throw e;
        }
        assertThat(build.waitFor(5, TimeUnit.MINUTES))
                .as("example build finishes")
                .isTrue();
        String output = Files.readString(log);
        Assumptions.assumeFalse(
                build.exitValue() != 0 && output.contains("org.lectern:lectern-api"),
                "lectern-api is not installed in the local Maven repository (run mvn install first):\n" + output);
        assertThat(build.exitValue()).as("example build output:%n%s", output).isZero();
        try (Stream<Path> jars = Files.list(EXAMPLE.resolve("target"))) {
            return jars.filter(f -> f.getFileName().toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static String maven() {
        String home = System.getenv("MAVEN_HOME");
        return home != null && Files.isExecutable(Path.of(home, "bin", "mvn"))
                ? Path.of(home, "bin", "mvn").toString()
                : "mvn";
    }
}
