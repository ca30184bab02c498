package org.lectern.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineException;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.BatchRunner;
import org.lectern.pipeline.run.RunReport;
import org.lectern.spark.SparkRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", description = "Annotate a folder with a pipeline and write XMI (and JSON).")
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    Lectern lectern;

    @Parameters(index = "0", paramLabel = "PIPELINE.xml", description = "The pipeline file.")
    Path pipelineFile;

    @Option(names = "--input", paramLabel = "DIR", description = "Read from DIR instead of the pipeline's source.")
    Path input;

    @Option(names = "--output", paramLabel = "DIR", description = "Write every output into DIR instead.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Annotate documents again even when their output is up to date.")
    boolean force;

    enum Engine {
        local,
        spark
    }

    @Option(
            names = "--engine",
            paramLabel = "ENGINE",
            description = "local (default: worker threads) or spark (Apache Spark, in this process unless --master"
                    + " names a cluster).")
    Engine engine = Engine.local;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Spark partitions (default: ~25 documents each).")
    int partitions;

    @Option(names = "--max-failures", paramLabel = "N", description = "Spark: fail the run past N failed documents.")
    int maxFailures = -1;

    @Override
    public Integer call() throws Exception {
        AnnotatorRegistry registry = lectern.registry();
        PipelineDefinition pipeline;
        try {
            pipeline = new PipelineParser(registry).parse(pipelineFile);
        } catch (PipelineException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (input != null) {
            pipeline = pipeline.withInput(input);
        }
        if (output != null) {
            pipeline = pipeline.withOutput(output);
        }
        if (engine == Engine.local && (master != null || partitions != 0 || maxFailures != -1)) {
            System.err.println("--master, --partitions and --max-failures need --engine spark");
            return 2;
        }
        if (engine == Engine.spark) {
            return SparkEngineRun.run(
                    pipeline,
                    registry,
                    master == null ? "local[*]" : master,
                    new SparkRunner.Options(partitions, maxFailures, force));
        }
        RunReport.Summary summary = run(pipeline, registry, threads, force);
        return summary.failed().isEmpty() ? 0 : 1;
    }

    /** Runs and prints the summary; shared with {@code demo}. */
    static RunReport.Summary run(PipelineDefinition pipeline, AnnotatorRegistry registry, int threads, boolean force)
            throws Exception {
        RunReport.Summary summary;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            summary = new BatchRunner(pipeline, registry, threads, force).run(progress);
        }
        print(summary, pipeline);
        return summary;
    }

    static void print(RunReport.Summary summary, PipelineDefinition pipeline) {
        System.out.printf(
                "%d documents: %d annotated, %d skipped (up to date), %d failed; %,d words in %.1f s"
                        + " (%,.0f words/s, %d threads)%n",
                summary.documents(),
                summary.done(),
                summary.skipped(),
                summary.failed().size(),
                summary.words(),
                summary.seconds(),
                summary.wordsPerSecond(),
                summary.threads());
        summary.failed().forEach(f -> System.out.printf("  FAILED %s (%s): %s%n", f.file(), f.stage(), f.cause()));
        pipeline.writers().forEach(w -> System.out.printf("%s output: %s%n", w.type(), w.target()));
    }
}
