package org.lectern.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineException;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.BatchRunner;
import org.lectern.pipeline.run.RunLimitOptions;
import org.lectern.pipeline.run.RunLimits;
import org.lectern.pipeline.run.RunReport;
import org.lectern.pipeline.run.SummaryText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    RunLimitOptions limitOptions;

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
        RunLimits limits;
        try {
            limits = limitOptions.resolve(pipeline.docTimeout());
        } catch (IllegalArgumentException e) {
            System.err.println("lectern run: " + e.getMessage());
            return 2;
        }
        if (engine == Engine.spark) {
            return SparkEngineRun.run(
                    pipeline, registry, master == null ? "local[*]" : master, partitions, maxFailures, force, limits);
        }
        // an annotator that fails to start ends the run in one line naming it and its jar (ErrorLine, exit 2)
        RunReport.Summary summary = run(pipeline, registry, threads, force, limits);
        return summary.failed().isEmpty() && !summary.stopped() ? 0 : 1;
    }

    static RunReport.Summary run(PipelineDefinition pipeline, AnnotatorRegistry registry, int threads, boolean force)
            throws Exception {
        return run(pipeline, registry, threads, force, RunLimits.DEFAULT);
    }

    /**
     * Runs and prints the summary; shared with {@code demo}. SIGTERM and Ctrl+C stop the run: in-flight
     * documents get a few seconds, then the report is written before the JVM exits.
     */
    static RunReport.Summary run(
            PipelineDefinition pipeline, AnnotatorRegistry registry, int threads, boolean force, RunLimits limits)
            throws Exception {
        RunReport.Summary summary;
        BatchRunner runner = new BatchRunner(pipeline, registry, threads, force, limits);
        Thread stopOnSignal = new Thread(() -> {
            runner.stop();
            try {
                runner.awaitFinished(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        try (ConsoleProgress progress = new ConsoleProgress()) {
            summary = runner.run(progress);
        } finally {
            removeHook(stopOnSignal);
        }
        print(summary, pipeline, "threads");
        return summary;
    }

    static void print(RunReport.Summary summary, PipelineDefinition pipeline, String workers) {
        SummaryText.print(System.out, summary, workers);
        pipeline.writers().forEach(w -> System.out.printf("%s output: %s%n", w.type(), w.target()));
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and waits for the report
        }
    }
}
