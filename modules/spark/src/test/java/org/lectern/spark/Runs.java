package org.lectern.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineException;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.BatchRunner;
import org.lectern.pipeline.run.ProgressListener;
import org.lectern.pipeline.run.RunReport;

/** Shared steps of the Spark tests: an in-process Spark, the same pipeline run locally and on Spark, outputs. */
final class Runs {

    static final AnnotatorRegistry REGISTRY = AnnotatorRegistry.builtIn();

    private Runs() {}

    /** Spark in this JVM, UI off, bound to this machine only. */
    static JavaSparkContext localSpark(String master) {
        return new JavaSparkContext(new SparkConf()
                .setMaster(master)
                .setAppName("lectern-spark-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    /** Writes a pipeline file reading text from {@code input} into {@code output} with these annotator steps. */
    static PipelineDefinition pipeline(Path folder, String name, Path input, Path output, String steps)
            throws IOException, PipelineException {
        Path file = folder.resolve(name + ".xml");
        Files.writeString(
                file,
                "<pipeline xmlns=\"urn:lectern:pipeline:1\" name=\"" + name + "\">\n"
                        + "  <reader type=\"text\" source=\"" + input + "\" language=\"en\"/>\n"
                        + steps + "\n"
                        + "  <writer type=\"xmi\" target=\"" + output + "\"/>\n"
                        + "</pipeline>\n");
        return new PipelineParser(REGISTRY).parse(file);
    }

    static RunReport.Summary local(PipelineDefinition pipeline) throws Exception {
        return new BatchRunner(pipeline, REGISTRY, 2, true).run(ProgressListener.NONE);
    }

    static SparkRunner.Result spark(JavaSparkContext spark, PipelineDefinition pipeline, SparkRunner.Options options)
            throws IOException {
        return new SparkRunner(spark, pipeline, REGISTRY, options).run(null, null, ProgressListener.NONE);
    }

    static SparkRunner.Result spark(JavaSparkContext spark, PipelineDefinition pipeline) throws IOException {
        return spark(spark, pipeline, new SparkRunner.Options(0, -1, false));
    }

    /** Every file under {@code folder} (relative path → content) but the run report and the success marker. */
    static Map<String, String> outputs(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = folder.relativize(file).toString();
                if (!name.equals(RunReport.FILE_NAME) && !name.equals(SparkRunner.SUCCESS_MARKER)) {
                    files.put(name, Files.readString(file));
                }
            }
        }
        return files;
    }

    /** Both folders hold the same files, byte for byte (XMI and TypeSystem.xml). */
    static void assertSameOutputs(Path spark, Path local) throws IOException {
        Map<String, String> expected = outputs(local);
        assertThat(expected).containsKey("TypeSystem.xml");
        Map<String, String> actual = outputs(spark);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach(
                (name, content) -> assertThat(actual.get(name)).as(name).isEqualTo(content));
        assertThat(spark.resolve(SparkRunner.SUCCESS_MARKER)).exists();
    }
}
