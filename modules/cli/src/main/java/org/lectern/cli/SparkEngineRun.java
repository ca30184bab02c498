package org.lectern.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.ProgressListener;
import org.lectern.pipeline.run.RunLimits;
import org.lectern.pipeline.run.RunReport;

/**
 * {@code run --engine spark}: the pipeline on Apache Spark in this process. The lectern-spark module, with Spark's
 * jars, is not on the command line's own class path (it would slow down and enlarge every other command): the
 * launcher adds {@code modules/spark/target/lectern-spark.jar} and Spark's jars only when {@code --engine spark}
 * is given. So this class reaches {@code org.lectern.spark.SparkEngine} by name.
 */
final class SparkEngineRun {

    static final String MISSING = "lectern: --engine spark needs the spark module: build it with"
            + " 'mvn -B install -DskipTests' and run through the ./lectern launcher";

    private SparkEngineRun() {}

    /** Runs and prints the summary; returns the exit code. */
    static int run(
            PipelineDefinition pipeline,
            AnnotatorRegistry registry,
            String master,
            int partitions,
            int maxFailures,
            boolean force,
            RunLimits limits) {
        // Spark logs every task at INFO: show its warnings only (slf4j-simple reads these as each logger is made)
        for (String noisy : List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop")) {
            String key = "org.slf4j.simpleLogger.log." + noisy;
            System.setProperty(key, System.getProperty(key, "warn"));
        }
        Object result;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            Class<?> options = Class.forName("org.lectern.spark.SparkRunner$Options");
            Method run = Class.forName("org.lectern.spark.SparkEngine")
                    .getMethod(
                            "run",
                            PipelineDefinition.class,
                            AnnotatorRegistry.class,
                            String.class,
                            options,
                            ProgressListener.class);
            Object settings = options.getConstructor(int.class, int.class, boolean.class, RunLimits.class)
                    .newInstance(partitions, maxFailures, force, limits);
            result = run.invoke(null, pipeline, registry, master, settings, progress);
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            System.err.println(MISSING + " (missing: " + e.getMessage() + ")");
            return 2;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof NoClassDefFoundError missing) {
                System.err.println(MISSING + " (missing: " + missing.getMessage() + ")");
                return 2;
            }
            if (e.getCause() instanceof IOException failed) {
                System.err.println("lectern: " + failed.getMessage());
                return 1;
            }
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("lectern-spark does not match this command line: " + e, e);
        }
        RunReport.Summary summary = (RunReport.Summary) component(result, "summary");
        RunCommand.print(summary, pipeline, "task slots");
        System.out.printf(
                "Spark (%s): %s partitions, %s engines built%n",
                master, component(result, "partitions"), component(result, "enginesCreated"));
        return summary.failed().isEmpty() ? 0 : 1;
    }

    private static Object component(Object record, String name) {
        try {
            return record.getClass().getMethod(name).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("lectern-spark does not match this command line: " + e, e);
        }
    }
}
