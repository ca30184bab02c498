package org.lectern.pipeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.PipelineException;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;

/**
 * Issue 19: seeded mutations of valid pipeline files each give a result or a {@link PipelineException} whose
 * message names the file, never another exception, a hang or an {@link OutOfMemoryError}. The build checks 1,000
 * files; {@code -Dlectern.fuzz.pipelines=10000} runs the count reported in docs/benchmarks.md.
 */
class PipelineFuzzTest {

    private static final int FILES = Integer.getInteger("lectern.fuzz.pipelines", 1_000);
    private static final long SEED = Long.getLong("lectern.fuzz.seed", 19);

    private static final List<String> VALID = List.of("""
            <?xml version="1.0" encoding="UTF-8"?>
            <pipeline xmlns="urn:lectern:pipeline:1" name="news" docTimeout="60">
              <reader type="text" source="../corpus" pattern="**/*.txt" encoding="UTF-8" language="en"/>
              <annotator name="segmenter"><param name="maxTokenLength">80</param></annotator>
              <annotator name="keywords">
                <param name="keywords"><value>Lectern</value><value>UIMA</value></param>
                <param name="kind">product</param>
                <param name="confidence">0.75</param>
              </annotator>
              <writer type="xmi" target="out/xmi"/>
              <writer type="json" target="out/json"/>
            </pipeline>
            """, """
            <pipeline xmlns="urn:lectern:pipeline:1">
              <reader type="xmi" source="in"/>
              <annotator name="test-fail-on-word"><param name="word">never</param></annotator>
              <annotator descriptor="step.xml"/>
              <writer type="xmi" target="out"/>
            </pipeline>
            """, """
            <pipeline xmlns="urn:lectern:pipeline:1" name="hostile">
              <reader type="text" source="in" encoding="ISO-8859-1"/>
              <annotator name="test-hostile"><param name="behaviour">SLOW</param><param name="word">x</param></annotator>
              <annotator name="keywords"><param name="keywords">a,b,c</param></annotator>
              <writer type="json" target="out"/>
            </pipeline>
            """);

    private static final List<String> NAMES = List.of(
            "pipeline",
            "reader",
            "annotator",
            "writer",
            "param",
            "value",
            "name",
            "type",
            "source",
            "pattern",
            "encoding",
            "language",
            "descriptor",
            "target",
            "docTimeout",
            "segmenter",
            "keywords",
            "kind",
            "confidence",
            "word",
            "behaviour",
            "HANG",
            "SPIN",
            "ALLOCATE",
            "text",
            "xmi",
            "json",
            "UTF-16",
            "urn:lectern:pipeline:2",
            "maxTokenLength",
            "test-hostile",
            "step.xml",
            "pipeline.xml");

    @TempDir
    Path dir;

    @Test
    void mutatedPipelinesGiveANamedErrorOrAResult() throws Exception {
        // the descriptor step of the second file: a UIMA description of the keyword annotator
        Files.writeString(dir.resolve("step.xml"), STEP_DESCRIPTOR);
        PipelineParser parser = new PipelineParser(AnnotatorRegistry.builtIn());
        Mutations mutations = new Mutations(SEED);
        FuzzTally tally = new FuzzTally();
        ExecutorService executor = newExecutor();
        long start = System.nanoTime();
        for (int i = 0; i < FILES; i++) {
            Path file = dir.resolve("pipeline.xml");
            Files.write(file, mutations.mutate(VALID.get(i % VALID.size()), NAMES));
            Future<?> parse = executor.submit(() -> parser.parse(file));
            try {
                parse.get(20, TimeUnit.SECONDS);
                tally.result();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof PipelineException && cause.getMessage().startsWith(file.toString())) {
                    tally.namedError(
                            kind(cause.getMessage().substring(file.toString().length())));
                } else {
                    keep(file, i);
                    tally.unexpected("#" + i + ": " + cause);
                }
            } catch (TimeoutException e) {
                keep(file, i);
                tally.unexpected("#" + i + ": no answer in 20 s");
                parse.cancel(true);
                executor.shutdownNow();
                executor = newExecutor();
            }
        }
        executor.shutdownNow();
        System.out.println(tally.summary(FILES + " mutated pipeline files (seed " + SEED + ")") + " in "
                + (System.nanoTime() - start) / 1_000_000_000 + " s");
        assertThat(tally.unexpected()).isEmpty();
        assertThat(tally.results() + tally.namedErrors()).isEqualTo(FILES);
    }

    /** Keeps a file that made the parser misbehave in target/fuzz-unexpected, to reproduce it. */
    private static void keep(Path file, int i) throws java.io.IOException {
        Path kept = Path.of("target", "fuzz-unexpected");
        Files.createDirectories(kept);
        Files.copy(file, kept.resolve("pipeline-" + i + ".xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A rough class of a message, for the counts: "schema", "not well-formed", "DOCTYPE", "unknown", ... */
    private static String kind(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("doctype")) {
            return "doctype refused";
        } else if (m.contains("cvc-")) {
            return "schema";
        } else if (m.contains("unknown") || m.contains("did you mean")) {
            return "unknown name";
        } else if (m.contains("not found") || m.contains("cannot")) {
            return "missing or unreadable";
        }
        return m.contains("must") || m.contains("not a") || m.contains("expected") ? "bad value" : "other";
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-parse");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static final String STEP_DESCRIPTOR = """
            <?xml version="1.0" encoding="UTF-8"?>
            <analysisEngineDescription xmlns="http://uima.apache.org/resourceSpecifier">
              <frameworkImplementation>org.apache.uima.java</frameworkImplementation>
              <primitive>true</primitive>
              <annotatorImplementationName>org.lectern.pipeline.registry.KeywordAnnotator</annotatorImplementationName>
              <analysisEngineMetaData><name>step</name></analysisEngineMetaData>
            </analysisEngineDescription>
            """;
}
