package org.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lectern run} as a process, stopped by SIGTERM or SIGINT (Ctrl+C) mid-run, then run again. */
class RunSignalTest {

    private static final int DOCUMENTS = 1500; // several seconds of work on a quiet machine too

    @TempDir
    Path dir;

    private Process lectern(String... args) throws Exception {
        String[] command = Stream.concat(
                        Stream.of(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-Xmx512m",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Lectern.class.getName()),
                        Stream.of(args))
                .toArray(String[]::new);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("lectern.log").toFile()))
                .start();
    }

    private long xmiFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.filter(f -> f.toString().endsWith(".xmi")).count();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }

    /** Whether SIGINT is ignored here: a background job of a shell ignores it, and its children inherit that. */
    private static boolean sigintIgnored() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                long mask = Long.parseUnsignedLong(
                        line.substring("SigIgn:".length()).trim(), 16);
                return (mask & (1L << (2 - 1))) != 0; // bit n-1 is signal n; SIGINT is 2
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void signalStopsWithinFiveSecondsWithAReportAndTheNextRunResumes(String signal) throws Exception {
        Assumptions.assumeFalse(
                signal.equals("INT") && sigintIgnored(),
                "SIGINT is ignored by this process (started as a background job), and so by the run it starts");
        Files.createDirectories(dir.resolve("in"));
        String paragraph = "The minister said on Monday that the plan would go ahead. Critics disagreed.\n";
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(dir.resolve("in/doc" + i + ".txt"), ("Story " + i + ".\n") + paragraph.repeat(20));
        }
        Path pipeline = dir.resolve("p.xml");
        Files.writeString(pipeline, """
                <pipeline xmlns="urn:lectern:pipeline:1">
                  <reader type="text" source="in" language="en"/>
                  <annotator name="segmenter"/>
                  <writer type="xmi" target="out"/>
                </pipeline>
                """);
        Process run = lectern("run", pipeline.toString(), "--threads", "2");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (xmiFiles() < 20 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(run.isAlive()).as("still running when signalled").isTrue();

        long signalled = System.nanoTime();
        new ProcessBuilder("kill", "-" + signal, Long.toString(run.pid()))
                .start()
                .waitFor();
        boolean exited = run.waitFor(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - signalled) / 1e9;
        String log = Files.readString(dir.resolve("lectern.log"));
        assertThat(exited).as(log).isTrue();
        System.out.printf("SIG%s: exited %.2f s after the signal%n", signal, seconds);
        assertThat(seconds).as("seconds from SIG" + signal + " to exit").isLessThan(5);

        JsonNode report =
                new ObjectMapper().readTree(dir.resolve("out/run-report.json").toFile());
        assertThat(report.get("stopped").asBoolean()).as(report.toString()).isTrue();
        int done = report.get("done").asInt();
        int unfinished = report.get("unfinished").size();
        assertThat(report.get("failed")).isEmpty();
        assertThat(done + unfinished).isEqualTo(DOCUMENTS);
        assertThat(unfinished).isPositive();
        assertThat(xmiFiles()).isGreaterThanOrEqualTo(done);

        Process again = lectern("run", pipeline.toString(), "--threads", "2");
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue())
                .as(Files.readString(dir.resolve("lectern.log")))
                .isZero();
        JsonNode second =
                new ObjectMapper().readTree(dir.resolve("out/run-report.json").toFile());
        assertThat(second.get("stopped").asBoolean()).isFalse();
        assertThat(second.get("done").asInt() + second.get("skipped").asInt()).isEqualTo(DOCUMENTS);
        assertThat(second.get("done").asInt()).isEqualTo(unfinished);
        assertThat(xmiFiles()).isEqualTo(DOCUMENTS);
    }
}
