package org.lectern.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One variant in a process of its own, watched from outside as a user would see it: wall time, when it first
 * produced a result (its start-up), and its peak resident memory ({@code VmHWM} of {@code /proc/PID/status},
 * polled until it exits).
 *
 * @param wallSeconds    process start to exit
 * @param startupSeconds process start to the first document annotated
 * @param peakRssMb      peak resident set size
 * @param output         what the process printed (stdout and stderr)
 */
record ChildRun(double wallSeconds, double startupSeconds, long peakRssMb, String output) {

    private static final long POLL_MILLIS = 50;

    /**
     * Runs {@code command} until it exits; {@code firstDocumentDone} is polled to time the start-up.
     *
     * @throws IllegalStateException when the process fails (its output is in the message)
     */
    static ChildRun run(List<String> command, Path log, BooleanSupplier firstDocumentDone)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("LECTERN_JAVA_OPTS"); // the launcher's own defaults are what is measured
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peakKb = 0;
        long firstDone = -1;
        while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMarkKb(status));
            if (firstDone < 0 && firstDocumentDone.getAsBoolean()) {
                firstDone = System.nanoTime();
            }
        }
        long end = System.nanoTime();
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(
                    "exit " + process.exitValue() + " from " + String.join(" ", command) + ":\n" + output);
        }
        double startup = firstDone < 0 ? Double.NaN : (firstDone - start) / 1e9;
        return new ChildRun((end - start) / 1e9, startup, peakKb / 1024, output);
    }

    /** {@code VmHWM} in kB; 0 when the process is gone or /proc is absent (not Linux). */
    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process exited between waitFor and the read: its last reading stands
        }
        return 0;
    }

    /** Throughput after start-up: all words over the time from the first document annotated to the end. */
    double wordsPerSecond(long words) {
        return words / (wallSeconds - startupSeconds);
    }
}
