package org.lectern.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.run.RunReport;

/** The Spark engine in-process ({@code local[2]}) against the local runner. */
class SparkRunnerTest extends LocalSparkTests {

    private static final String SEGMENTER = "  <annotator name=\"segmenter\"/>";

    @TempDir
    Path dir;

    /** A small corpus: nested folders, Latin-1 and UTF-8 with a byte order mark, a binary and an empty file. */
    private Path corpus() throws IOException {
        Path input = dir.resolve("in");
        Files.createDirectories(input.resolve("world/europe"));
        Files.writeString(input.resolve("a.txt"), "The mayor said the bridge would open in May.\n\nIt did not.");
        Files.writeString(input.resolve("world/b.txt"), "\uFEFFRain fell on Lyon. Trains stopped.\n");
        Files.writeString(input.resolve("world/europe/c.txt"), "Berlin voted.\nThe count took two days.\n");
        Files.write(
                input.resolve("world/latin.txt"), "Caf\u00e9 owners complained.".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(input.resolve("world/binary.txt"), new byte[] {'a', 0, 'b'});
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.writeString(input.resolve("notes.md"), "not matched by the pattern");
        for (int i = 0; i < 12; i++) {
            Files.writeString(input.resolve("world/n" + i + ".txt"), "Story " + i + " ends here. Another sentence.");
        }
        return input;
    }

    @Test
    void writesTheLocalRunnersXmiByteForByteAndReportsBadInputs() throws Exception {
        Path input = corpus();
        PipelineDefinition local = Runs.pipeline(dir, "seg", input, dir.resolve("local"), SEGMENTER);
        RunReport.Summary expected = Runs.local(local);

        SparkRunner.Result result = Runs.spark(spark, local.withOutput(dir.resolve("spark")));

        Runs.assertSameOutputs(dir.resolve("spark"), dir.resolve("local"));
        RunReport.Summary summary = result.summary();
        assertThat(summary.documents()).isEqualTo(18);
        assertThat(summary.done()).isEqualTo(expected.done()).isEqualTo(15);
        assertThat(summary.words()).isEqualTo(expected.words());
        assertThat(summary.failed())
                .extracting(RunReport.Failure::stage, RunReport.Failure::cause)
                .containsExactlyElementsOf(expected.failed().stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.stage(), f.cause()))
                        .toList());
        assertThat(summary.failed()).extracting(RunReport.Failure::file).allMatch(f -> f.startsWith("file:"));
        assertThat(Files.readString(dir.resolve("spark").resolve(RunReport.FILE_NAME)))
                .contains("\"done\" : 15");
        try (var files = Files.walk(dir.resolve("spark"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .noneMatch(name -> name.contains(".lectern-tmp-") || name.endsWith(".crc"));
        }
    }

    @Test
    void theExampleCorpusWithTheDefaultPipelineGivesTheLocalRunnersXmi() throws Exception {
        PipelineDefinition news = new PipelineParser(Runs.REGISTRY)
                .parse(Path.of("../../examples/pipelines/news.xml"))
                .withInput(Path.of("../../examples/corpus"));
        Runs.local(news.withOutput(dir.resolve("local")));

        SparkRunner.Result result = Runs.spark(spark, news.withOutput(dir.resolve("spark")));

        assertThat(result.summary().done()).isEqualTo(4);
        Runs.assertSameOutputs(dir.resolve("spark"), dir.resolve("local"));
    }

    @Test
    void aDocumentThatMakesAnAnnotatorThrowFailsAlone() throws Exception {
        Path input = corpus();
        String steps =
                SEGMENTER + "\n  <annotator name=\"test-throw-on-word\"><param name=\"word\">Lyon</param></annotator>";
        SparkRunner.Result result = Runs.spark(spark, Runs.pipeline(dir, "throw", input, dir.resolve("out"), steps));

        assertThat(result.summary().failed()).hasSize(4); // and the three unreadable files
        assertThat(result.summary().failed())
                .filteredOn(failure -> failure.stage().equals("annotate"))
                .singleElement()
                .satisfies(failure -> {
                    assertThat(failure.file()).endsWith("world/b.txt");
                    assertThat(failure.cause()).contains("refusing a document that contains 'Lyon'");
                });
        assertThat(result.summary().done()).isEqualTo(14);
        assertThat(dir.resolve("out/world/b.xmi")).doesNotExist();
        assertThat(dir.resolve("out/world/europe/c.xmi")).exists();
        assertThat(dir.resolve("out").resolve(SparkRunner.SUCCESS_MARKER)).exists();
    }

    @Test
    void eachTaskSlotBuildsOneEngineAndReusesItAcrossPartitions() throws Exception {
        Path input = corpus();
        // a word no document has, unique to this test, so that no engine of another test can be reused
        String steps = SEGMENTER + "\n  <annotator name=\"test-throw-on-word\"><param name=\"word\">"
                + System.nanoTime() + "</param></annotator>";
        int initialisedBefore = ThrowOnWordAnnotator.INITIALISED.get();
        SparkRunner.Result result = Runs.spark(
                spark,
                Runs.pipeline(dir, "engines", input, dir.resolve("out"), steps),
                new SparkRunner.Options(9, -1, false));

        assertThat(result.partitions()).isEqualTo(9);
        assertThat(result.enginesCreated()).isBetween(1, 2);
        assertThat(ThrowOnWordAnnotator.INITIALISED.get() - initialisedBefore).isEqualTo(result.enginesCreated());
        assertThat(result.summary().done()).isEqualTo(15);
    }

    @Test
    void aRerunSkipsWhatTheSamePipelineDidAndForceRedoesIt() throws Exception {
        Path input = corpus();
        PipelineDefinition pipeline = Runs.pipeline(dir, "rerun", input, dir.resolve("out"), SEGMENTER);
        Runs.spark(spark, pipeline);
        Path xmi = dir.resolve("out/world/europe/c.xmi");
        FileTime written = Files.getLastModifiedTime(xmi);

        RunReport.Summary again = Runs.spark(spark, pipeline).summary();
        assertThat(again.done()).isZero();
        assertThat(again.skipped()).isEqualTo(15);
        assertThat(Files.getLastModifiedTime(xmi)).isEqualTo(written);

        RunReport.Summary forced = Runs.spark(spark, pipeline, new SparkRunner.Options(0, -1, true))
                .summary();
        assertThat(forced.done()).isEqualTo(15);
    }

    @Test
    void maxFailuresFailsTheJobWithoutMarkingItDone() throws Exception {
        Path input = corpus();
        PipelineDefinition pipeline = Runs.pipeline(dir, "max", input, dir.resolve("out"), SEGMENTER);
        // the corpus has three unreadable files (binary, empty, Latin-1)
        assertThatThrownBy(() -> Runs.spark(spark, pipeline, new SparkRunner.Options(0, 1, false)))
                .isInstanceOf(IOException.class)
                .hasMessageMatching("[23] documents failed, more than --max-failures 1");
        assertThat(dir.resolve("out").resolve(SparkRunner.SUCCESS_MARKER)).doesNotExist();
        assertThat(Runs.spark(spark, pipeline, new SparkRunner.Options(0, 3, true))
                        .summary()
                        .failed())
                .hasSize(3);
    }

    @Test
    void anEngineThatCannotStartFailsItsTasks() throws Exception {
        Path input = corpus();
        String steps = "  <annotator name=\"test-throw-on-word\"><param name=\"word\">x</param>"
                + "<param name=\"refuseToStart\">true</param></annotator>";
        PipelineDefinition pipeline = Runs.pipeline(dir, "broken", input, dir.resolve("out"), steps);

        assertThatThrownBy(() -> Runs.spark(spark, pipeline))
                .hasStackTraceContaining("the engine of pipeline broken cannot start")
                .hasStackTraceContaining("this engine refuses to start");
        assertThat(dir.resolve("out").resolve(SparkRunner.SUCCESS_MARKER)).doesNotExist();
    }
}
