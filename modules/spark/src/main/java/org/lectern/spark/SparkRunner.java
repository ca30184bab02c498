package org.lectern.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.lectern.io.TypeSystemFile;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.WriterSpec;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.InputPattern;
import org.lectern.pipeline.run.ProgressListener;
import org.lectern.pipeline.run.RunLimits;
import org.lectern.pipeline.run.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.reflect.ClassTag$;

/**
 * Runs a validated pipeline as one Spark job: the driver lists the inputs, ships the resolved pipeline with the
 * task, gathers the per-document results as each partition finishes (progress, {@code --max-failures}), and
 * writes the local runner's layout: {@code NAME.xmi} per input, one {@code TypeSystem.xml}, {@code
 * run-report.json}, then {@code _SUCCESS} last.
 */
public final class SparkRunner {

    /** Written into every output folder once everything else is there. */
    public static final String SUCCESS_MARKER = "_SUCCESS";

    private static final Logger LOG = LoggerFactory.getLogger(SparkRunner.class);

    /**
     * @param partitions  partitions of the input list, or 0 for about 25 documents each (at least 4 per core)
     * @param maxFailures fail the job once more documents than this failed, or -1 for no limit
     * @param force       redo documents whose outputs are up to date
     * @param limits      the per-document time and size limits ({@code --doc-timeout}, {@code --max-doc-size})
     */
    public record Options(int partitions, int maxFailures, boolean force, RunLimits limits) {

        /** With the local runner's default limits. */
        public Options(int partitions, int maxFailures, boolean force) {
            this(partitions, maxFailures, force, RunLimits.DEFAULT);
        }
    }

    /** The run report, and the engines the tasks built (one per task slot at most). */
    public record Result(RunReport.Summary summary, int enginesCreated, int partitions) {}

    private final JavaSparkContext spark;
    private final PipelineDefinition pipeline;
    private final AnnotatorRegistry registry;
    private final Options options;

    public SparkRunner(
            JavaSparkContext spark, PipelineDefinition pipeline, AnnotatorRegistry registry, Options options) {
        this.spark = spark;
        this.pipeline = pipeline;
        this.registry = registry;
        this.options = options;
    }

    /**
     * @param input  the input folder's URI, or null for the pipeline's reader source
     * @param output the output folder's URI for every writer, or null for the writers' own targets
     */
    public Result run(String input, String output, ProgressListener progress) throws IOException {
        long start = System.nanoTime();
        long jobStart = System.currentTimeMillis();
        Configuration hadoop = spark.hadoopConfiguration();
        RunTargets targets = RunTargets.of(pipeline, input, output, hadoop);
        HadoopStore store = new HadoopStore(hadoop);
        List<DocumentRef> documents =
                store.list(targets.input(), new InputPattern(pipeline.reader().pattern()));
        Set<String> folders = new TreeSet<>();
        targets.outputs().forEach(o -> folders.add(o.target()));
        for (String folder : folders) {
            store.prepare(new Path(folder), SUCCESS_MARKER);
        }
        ShippedPipeline shipped = ShippedPipeline.of(
                pipeline, registry, targets, options.force(), options.limits(), jobStart, settings(hadoop));
        int partitions = partitions(documents.size());
        LOG.info(
                "{} documents from {} in {} partitions on {} task slots",
                documents.size(),
                targets.input(),
                partitions,
                spark.defaultParallelism());

        JavaRDD<DocumentRef> rdd = spark.parallelize(documents, partitions);
        Broadcast<ShippedPipeline> broadcast = spark.broadcast(shipped);
        ResultCollector collector = new ResultCollector(options.maxFailures(), progress);
        progress.started(documents.size());
        try {
            spark.sc()
                    .runJob(
                            rdd.rdd(),
                            new PartitionTask(broadcast),
                            collector,
                            ClassTag$.MODULE$.apply(PartitionResult.class));
        } catch (Exception e) { // Spark throws its checked SparkException undeclared
            Throwable tooMany = ResultCollector.tooManyFailures(e);
            throw new IOException(
                    tooMany != null ? tooMany.getMessage() : "the Spark job failed: " + e.getMessage(), e);
        } finally {
            progress.close();
            broadcast.destroy();
        }
        RunReport.Summary summary = collector
                .report()
                .summary(
                        pipeline.name(),
                        pipeline.sha256(),
                        documents.size(),
                        Duration.ofNanos(System.nanoTime() - start),
                        spark.defaultParallelism(),
                        options.limits(),
                        false,
                        List.of());
        for (OutputTarget target : targets.outputs()) {
            if (WriterSpec.XMI.equals(target.type())) {
                byte[] types = collector.typeSystemXml().getBytes(StandardCharsets.UTF_8);
                store.write(new Path(new Path(target.target()), TypeSystemFile.NAME), out -> out.write(types));
            }
        }
        byte[] report = RunReport.json(summary);
        for (String folder : folders) {
            store.write(new Path(new Path(folder), RunReport.FILE_NAME), out -> out.write(report));
        }
        for (String folder : folders) {
            store.write(new Path(new Path(folder), SUCCESS_MARKER), out -> {});
        }
        return new Result(summary, collector.enginesCreated(), partitions);
    }

    private int partitions(int documents) {
        if (options.partitions() > 0) {
            return options.partitions();
        }
        // small partitions balance the slots and show progress often; engines are reused across them
        int slots = spark.defaultParallelism();
        return Math.max(1, Math.min(documents, Math.max(4 * slots, documents / 25)));
    }

    private static Map<String, String> settings(Configuration hadoop) {
        Map<String, String> settings = new HashMap<>();
        hadoop.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
        return settings;
    }
}
