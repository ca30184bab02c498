package org.lectern.cli;

import java.io.IOException;
import java.util.List;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.spark.SparkEngine;
import org.lectern.spark.SparkRunner;

/**
 * {@code run --engine spark}: the pipeline on Apache Spark in this process. Spark's jars are not on the command
 * line's own class path (they would slow down and enlarge every other command); the launcher adds them, from
 * {@code modules/cli/target/spark-lib}, only when {@code --engine spark} is given.
 */
final class SparkEngineRun {

    private SparkEngineRun() {}

    /** Runs and prints the summary; returns the exit code. */
    static int run(
            PipelineDefinition pipeline, AnnotatorRegistry registry, String master, SparkRunner.Options options) {
        // Spark logs every task at INFO: show its warnings only (slf4j-simple reads these as each logger is made)
        for (String noisy : List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop")) {
            String key = "org.slf4j.simpleLogger.log." + noisy;
            System.setProperty(key, System.getProperty(key, "warn"));
        }
        SparkRunner.Result result;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            result = SparkEngine.run(pipeline, registry, master, options, progress);
        } catch (NoClassDefFoundError e) {
            System.err.println("lectern: Apache Spark is not on the class path (" + e.getMessage()
                    + "): run through the ./lectern launcher, which adds modules/cli/target/spark-lib for"
                    + " --engine spark");
            return 2;
        } catch (IOException e) {
            System.err.println("lectern: " + e.getMessage());
            return 1;
        }
        RunCommand.print(result.summary(), pipeline);
        System.out.printf(
                "Spark (%s): %d partitions, %d engines built%n", master, result.partitions(), result.enginesCreated());
        return result.summary().failed().isEmpty() ? 0 : 1;
    }
}
