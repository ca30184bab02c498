package org.lectern.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.run.RunLimits;
import org.lectern.pipeline.run.RunReport;

/**
 * The local runner's per-document limits on Spark ({@code local[2]}), with the pipeline module's hostile test
 * annotator: a document that never returns is abandoned at the time limit, one over the size limit is not read.
 */
class SparkLimitsTest extends LocalSparkTests {

    @TempDir
    Path dir;

    private Path input;

    @BeforeEach
    void corpus() throws Exception {
        input = dir.resolve("in");
        Files.createDirectories(input);
        for (int i = 0; i < 9; i++) {
            Files.writeString(input.resolve("doc" + i + ".txt"), "The minister spoke on day " + i + ". All fine.");
        }
        Files.writeString(input.resolve("trap.txt"), "This one is a trap for the hostile annotator.");
    }

    private PipelineDefinition hostile(String behaviour) throws Exception {
        return Runs.pipeline(
                dir,
                "hostile",
                input,
                dir.resolve("out"),
                "  <annotator name=\"test-hostile\"><param name=\"behaviour\">" + behaviour
                        + "</param><param name=\"word\">trap</param></annotator>");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDocumentThatNeverReturnsFailsWithStageTimeoutAndTheOthersAreWritten() throws Exception {
        RunLimits limits = new RunLimits(Duration.ofSeconds(2), 0);

        SparkRunner.Result result = Runs.spark(spark, hostile("HANG"), new SparkRunner.Options(2, -1, false, limits));

        RunReport.Summary summary = result.summary();
        assertThat(summary.done()).isEqualTo(9);
        assertThat(summary.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("trap.txt");
            assertThat(f.stage()).isEqualTo("timeout");
            assertThat(f.annotator()).isEqualTo("test-hostile");
            assertThat(f.cause()).contains("over the time limit of 2 s in annotator 'test-hostile'");
        });
        for (int i = 0; i < 9; i++) {
            assertThat(dir.resolve("out/doc" + i + ".xmi")).isNotEmptyFile();
        }
        assertThat(dir.resolve("out/trap.xmi")).doesNotExist();
        // two slots' engines, and one more for the partition whose engine stayed behind with the trap
        assertThat(result.enginesCreated()).isBetween(2, 3);
        assertThat(summary.documentTimeoutSeconds()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("out").resolve(RunReport.FILE_NAME)))
                .contains("\"stage\" : \"timeout\"", "\"annotator\" : \"test-hostile\"");
    }

    @Test
    void aFileOverTheSizeLimitIsReportedAndNotAnnotated() throws Exception {
        Files.writeString(input.resolve("long.txt"), "word ".repeat(1_000));
        RunLimits limits = new RunLimits(Duration.ZERO, 2_000);

        RunReport.Summary summary = Runs.spark(spark, hostile("SLOW"), new SparkRunner.Options(0, -1, false, limits))
                .summary();

        assertThat(summary.failed()).singleElement().satisfies(f -> {
            assertThat(f.file()).endsWith("long.txt");
            assertThat(f.stage()).isEqualTo("size");
            assertThat(f.cause()).isEqualTo("5,000 bytes, over the size limit of 2,000 bytes (--max-doc-size)");
        });
        assertThat(summary.done()).isEqualTo(10);
        assertThat(summary.maxDocumentBytes()).isEqualTo(2_000);
    }
}
