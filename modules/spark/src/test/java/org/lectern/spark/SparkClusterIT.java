package org.lectern.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.pipeline.config.PipelineDefinition;

/**
 * A real Spark standalone cluster on this machine: master and worker as separate JVMs on 127.0.0.1, started from
 * Spark's jars (target/spark-home/jars, copied by the build), the job jar submitted to it with {@code
 * spark-submit}'s main class, and its output compared with the local runner's.
 */
class SparkClusterIT {

    private static final Path SPARK_HOME = Path.of("target/spark-home").toAbsolutePath();
    private static final Path JOB_JAR = Path.of("target/lectern-spark-job.jar").toAbsolutePath();
    private static final List<String> JAVA_OPTIONS =
            List.of(System.getProperty("spark.java.options").trim().split("\\s+"));

    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopCluster() {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    @Test
    void aSubmittedJobWritesTheLocalRunnersOutput() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input.resolve("world"));
        Files.writeString(input.resolve("a.txt"), "Photo: Reuters\nThe mayor said the bridge would open in May.\n");
        Files.writeString(input.resolve("world/b.txt"), "Rain fell on Lyon. Trains stopped.\nShare this article\n");
        for (int i = 0; i < 6; i++) {
            Files.writeString(input.resolve("world/n" + i + ".txt"), "Story " + i + " ends here. Another sentence.");
        }
        PipelineDefinition pipeline = Runs.pipeline(
                dir,
                "cluster",
                input,
                dir.resolve("local"),
                "  <annotator name=\"segmenter\"/>\n  <annotator name=\"boilerplate\"/>");
        Runs.local(pipeline);

        int masterPort = freePort();
        int masterUi = freePort();
        start(
                "master",
                "org.apache.spark.deploy.master.Master",
                "--host",
                "127.0.0.1",
                "--port",
                "" + masterPort,
                "--webui-port",
                "" + masterUi);
        start(
                "worker",
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--cores",
                "2",
                "--memory",
                "2g",
                "--webui-port",
                "" + freePort(),
                "--work-dir",
                dir.resolve("work").toString(),
                "spark://127.0.0.1:" + masterPort);
        awaitAliveWorker(masterUi);

        Process submit = start(
                "submit",
                "org.apache.spark.deploy.SparkSubmit",
                "--master",
                "spark://127.0.0.1:" + masterPort,
                "--deploy-mode",
                "client",
                "--class",
                SparkRun.class.getName(),
                "--executor-memory",
                "1g",
                "--conf",
                "spark.ui.enabled=false",
                "--conf",
                "spark.driver.host=127.0.0.1",
                "--conf",
                "spark.driver.bindAddress=127.0.0.1",
                JOB_JAR.toString(),
                pipeline.file().toString(),
                "--input",
                input.toUri().toString(),
                "--output",
                dir.resolve("cluster-out").toUri().toString());

        assertThat(submit.waitFor(5, TimeUnit.MINUTES))
                .as("job finished in 5 minutes")
                .isTrue();
        assertThat(submit.exitValue()).as(log("submit")).isZero();
        assertThat(Files.readString(dir.resolve("submit.out"))).contains("8 documents: 8 annotated");
        Runs.assertSameOutputs(dir.resolve("cluster-out"), dir.resolve("local"));
    }

    private Process start(String name, String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(JAVA_OPTIONS);
        command.addAll(List.of("-cp", SPARK_HOME.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", SPARK_HOME.toString());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // set by a distribution's bin/load-spark-env.sh; without it the worker's executor launcher looks for
        // Spark's own build folders (launcher/target/scala-2.13) and fails
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void awaitAliveWorker(int masterUi) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                .timeout(Duration.ofSeconds(5))
                .build();
        // JVMs start slowly on a loaded machine: allow minutes, but stop at once when one has died
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        while (System.nanoTime() < deadline && processes.stream().allMatch(Process::isAlive)) {
            try {
                String body =
                        http.send(status, HttpResponse.BodyHandlers.ofString()).body();
                if (body.matches("(?s).*\"aliveworkers\"\\s*:\\s*[1-9].*")) {
                    return;
                }
            } catch (IOException notYet) {
                // the master's web UI is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no worker registered with the master\n" + log("master") + log("worker"));
    }

    private String log(String name) {
        try {
            String log = Files.readString(dir.resolve(name + ".log"));
            return name + " log (end):\n" + log.substring(Math.max(0, log.length() - 4000)) + "\n";
        } catch (IOException e) {
            return name + " log unreadable: " + e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
