package org.lectern.spark;

import java.io.IOException;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.ProgressListener;

/**
 * {@code ./lectern run --engine spark}: Spark inside the command line's JVM (local mode unless {@code --master}
 * names a cluster), on the pipeline's own input and output folders. Its signature names no Spark class, so the
 * command line loads Spark only when this engine is chosen.
 */
public final class SparkEngine {

    private SparkEngine() {}

    public static SparkRunner.Result run(
            PipelineDefinition pipeline,
            AnnotatorRegistry registry,
            String master,
            SparkRunner.Options options,
            ProgressListener progress)
            throws IOException {
        SparkConf conf = new SparkConf()
                .setMaster(master)
                .setAppName("lectern " + pipeline.name())
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false");
        if (master.startsWith("local")) {
            conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        // local-mode executors load classes through a child of the creating thread's context class loader:
        // make that the registry's, so that tasks see the plugins' annotators and types
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(registry.classLoader());
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            return new SparkRunner(spark, pipeline, registry, options).run(null, null, progress);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
