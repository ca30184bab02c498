package org.lectern.spark;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineException;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.RunLimitOptions;
import org.lectern.pipeline.run.SummaryText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job jar's main class: {@code spark-submit --class org.lectern.spark.SparkRun lectern-spark-job.jar
 * PIPELINE.xml --input URI --output URI}. Plugin jars travel with {@code --jars}; they are on the class path of
 * the driver and the executors, where the registry finds them like built-in annotators.
 */
@Command(
        name = "lectern-spark",
        mixinStandardHelpOptions = true,
        description = "Annotate the files under an input URI with a pipeline on Spark.")
public final class SparkRun implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PIPELINE.xml", description = "The pipeline file (on the driver).")
    Path pipelineFile;

    @Option(names = "--input", paramLabel = "URI", description = "Input folder (default: the reader's source).")
    String input;

    @Option(names = "--output", paramLabel = "URI", description = "Output folder of every writer.")
    String output;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions (default: ~25 documents each).")
    int partitions;

    @Option(names = "--max-failures", paramLabel = "N", description = "Fail the job past N failed documents.")
    int maxFailures = -1;

    @Option(names = "--force", description = "Annotate documents again even when their output is up to date.")
    boolean force;

    @Mixin
    RunLimitOptions limits;

    @Override
    public Integer call() throws Exception {
        AnnotatorRegistry registry = AnnotatorRegistry.builtIn();
        PipelineDefinition pipeline;
        SparkRunner.Options options;
        try {
            pipeline = new PipelineParser(registry).parse(pipelineFile);
            options = new SparkRunner.Options(partitions, maxFailures, force, limits.resolve(pipeline.docTimeout()));
        } catch (PipelineException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        try (JavaSparkContext spark = new JavaSparkContext(new SparkConf().setAppName("lectern " + pipeline.name()))) {
            SparkRunner.Result result =
                    new SparkRunner(spark, pipeline, registry, options).run(input, output, new LoggedProgress());
            SummaryText.print(System.out, result.summary(), "task slots");
            System.out.printf("%d partitions, %d engines built%n", result.partitions(), result.enginesCreated());
            return result.summary().failed().isEmpty() ? 0 : 1;
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkRun()).execute(args));
    }
}
