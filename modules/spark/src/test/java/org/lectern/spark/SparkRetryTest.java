package org.lectern.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.run.RunReport;

/** {@code local[2,2]}: a task may fail once and is retried. */
class SparkRetryTest {

    @TempDir
    Path dir;

    @Test
    void aTaskThatDiesMidPartitionIsRetriedAndLeavesEachOutputOnce() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input);
        for (int i = 0; i < 8; i++) {
            // the fourth document of its partition kills the first attempt, after three were written
            Files.writeString(input.resolve("d" + i + ".txt"), i == 3 ? "Stop here. Then go on." : "Doc " + i + ".");
        }
        String steps = "  <annotator name=\"segmenter\"/>\n"
                + "  <annotator name=\"test-fail-first-attempt\"><param name=\"word\">Stop</param></annotator>";
        PipelineDefinition pipeline = Runs.pipeline(dir, "retry", input, dir.resolve("out"), steps);
        RunReport.Summary local = Runs.local(pipeline.withOutput(dir.resolve("local")));

        RunReport.Summary summary;
        try (JavaSparkContext spark = Runs.localSpark("local[2,2]")) {
            summary = Runs.spark(spark, pipeline, new SparkRunner.Options(2, -1, false))
                    .summary();
        }

        assertThat(local.done()).isEqualTo(8);
        assertThat(summary.done()).isEqualTo(8);
        assertThat(summary.skipped()).isZero();
        assertThat(summary.failed()).isEmpty();
        Runs.assertSameOutputs(dir.resolve("out"), dir.resolve("local"));
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "d0.xmi",
                            "d1.xmi",
                            "d2.xmi",
                            "d3.xmi",
                            "d4.xmi",
                            "d5.xmi",
                            "d6.xmi",
                            "d7.xmi",
                            "TypeSystem.xml",
                            RunReport.FILE_NAME,
                            SparkRunner.SUCCESS_MARKER);
        }
    }
}
