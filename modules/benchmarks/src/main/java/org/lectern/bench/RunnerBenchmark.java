package org.lectern.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.SimplePipeline;
import org.dkpro.core.io.text.TextReader;
import org.dkpro.core.io.xmi.XmiWriter;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;
import org.lectern.pipeline.run.BatchRunner;
import org.lectern.pipeline.run.ProgressListener;
import org.lectern.pipeline.run.RunReport;

/**
 * read → segment → XMI over a corpus, through Lectern's batch runner (1 and 2 threads) and through a bare uimaFIT
 * {@link SimplePipeline} of the same components (DKPro TextReader, the segmenter, DKPro XmiWriter). Each variant
 * runs in its own JVM so that peak RSS is its own; each first annotates the corpus untimed until the JIT has
 * settled (model loading, compilation), then twice timed.
 *
 * <p>Usage: {@code RunnerBenchmark CORPUS_DIR [ROUNDS]} (driver, 3 rounds by default) — prints a table; {@code RunnerBenchmark CORPUS_DIR
 * VARIANT THREADS} runs one variant and prints one result line.
 */
public final class RunnerBenchmark {

    private static final String RESULT = "RESULT";
    private static final int WARM_UP_PASSES = 3;
    private static final int TIMED_PASSES = 2;

    private RunnerBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        if (args.length <= 2) {
            drive(corpus, args.length == 2 ? Integer.parseInt(args[1]) : 3);
            return;
        }
        String variant = args[1];
        int threads = Integer.parseInt(args[2]);
        Path work = Files.createTempDirectory("lectern-bench");
        long words = countWords(corpus);
        // warm-up passes until the JIT has settled (C2 keeps compiling through the first passes, and on two cores
        // that competes with the workers), then timed passes, each into a fresh folder
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            runVariant(variant, corpus, work.resolve("warm" + pass), threads);
        }
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long jitStart = jit.getTotalCompilationTime();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            runVariant(variant, corpus, work.resolve("timed" + pass), threads);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cores = (processCpuNanos() - cpuStart) / 1e9 / seconds;
        System.out.printf(
                Locale.ROOT,
                "%s %s %d %d %.3f %d %.2f %.2f%n",
                RESULT,
                variant,
                threads,
                words * TIMED_PASSES,
                seconds,
                peakRssKb(),
                cores,
                (jit.getTotalCompilationTime() - jitStart) / 1e3);
        deleteTree(work);
    }

    private static void runVariant(String variant, Path corpus, Path out, int threads) throws Exception {
        if (variant.equals("bare")) {
            SimplePipeline.runPipeline(
                    CollectionReaderFactory.createReaderDescription(
                            TextReader.class,
                            TextReader.PARAM_SOURCE_LOCATION,
                            corpus.toString(),
                            TextReader.PARAM_PATTERNS,
                            "**/*.txt",
                            TextReader.PARAM_LANGUAGE,
                            "en"),
                    new SegmenterProvider().createDescription(),
                    AnalysisEngineFactory.createEngineDescription(
                            XmiWriter.class,
                            XmiWriter.PARAM_TARGET_LOCATION,
                            out.toString(),
                            XmiWriter.PARAM_OVERWRITE,
                            true));
            return;
        }
        Path pipelineFile = out.resolveSibling(out.getFileName() + "-pipeline.xml");
        Files.createDirectories(out);
        Files.writeString(pipelineFile, """
                <pipeline xmlns="urn:lectern:pipeline:1" name="bench">
                  <reader type="text" source="%s" pattern="**/*.txt" language="en"/>
                  <annotator name="segmenter"/>
                  <writer type="xmi" target="%s"/>
                </pipeline>
                """.formatted(corpus, out));
        AnnotatorRegistry registry = AnnotatorRegistry.builtIn();
        PipelineDefinition pipeline = new PipelineParser(registry).parse(pipelineFile);
        RunReport.Summary summary = new BatchRunner(pipeline, registry, threads, true).run(ProgressListener.NONE);
        if (!summary.failed().isEmpty()) {
            throw new IllegalStateException("benchmark run had failures: " + summary.failed());
        }
    }

    /**
     * Runs the three variants {@code rounds} times, interleaved (so a slow spell of the machine hits all of them),
     * prints every round and the medians of the two ratios.
     */
    private static void drive(Path corpus, int rounds) throws Exception {
        String[][] variants = {{"bare", "1"}, {"runner", "1"}, {"runner", "2"}};
        List<Double> overheads = new ArrayList<>();
        List<Double> speedups = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            List<String[]> results = new ArrayList<>();
            for (String[] variant : variants) {
                results.add(runChild(corpus, variant));
            }
            if (round == 1) {
                System.out.printf(
                        "corpus: %s (%,d words per pass; %d warm-up and %d timed passes), %d cores%n",
                        corpus,
                        Long.parseLong(results.get(0)[3]) / TIMED_PASSES,
                        WARM_UP_PASSES,
                        TIMED_PASSES,
                        Runtime.getRuntime().availableProcessors());
                System.out.printf(
                        "%-5s %-28s %8s %12s %12s %11s %9s%n",
                        "round", "variant", "seconds", "words/s", "peak RSS MB", "CPU cores", "JIT s");
            }
            double[] rates = new double[results.size()];
            for (int i = 0; i < results.size(); i++) {
                String[] r = results.get(i);
                rates[i] = Long.parseLong(r[3]) / Double.parseDouble(r[4]);
                String name =
                        r[1].equals("bare") ? "bare uimaFIT SimplePipeline" : "lectern runner, " + r[2] + " thread(s)";
                System.out.printf(
                        "%-5d %-28s %8.1f %,12.0f %12d %11s %9s%n",
                        round, name, Double.parseDouble(r[4]), rates[i], Long.parseLong(r[5]) / 1024, r[6], r[7]);
            }
            overheads.add((rates[0] / rates[1] - 1) * 100);
            speedups.add(rates[2] / rates[1]);
        }
        System.out.printf(
                "runner overhead over bare pipeline (1 thread): %s %%, median %+.1f %% (target < 10 %%)%n",
                format(overheads, "%+.1f"), median(overheads));
        System.out.printf(
                "2 threads vs 1 thread: %s, median %.2fx (target >= 1.7x)%n",
                format(speedups, "%.2fx"), median(speedups));
        System.out.println("CPU cores = process CPU time / wall time of the timed passes (workers, GC, JIT, I/O); "
                + "JIT s = compilation time spent during them");
    }

    /** One variant in its own JVM, so that its peak RSS is its own; returns its result fields. */
    private static String[] runChild(Path corpus, String[] variant) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx2g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RunnerBenchmark.class.getName(),
                        corpus.toString(),
                        variant[0],
                        variant[1])
                .redirectErrorStream(true)
                .start();
        String[] result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(RESULT)) {
                    result = line.split(" ");
                } else {
                    System.err.println(line);
                }
            }
        }
        if (child.waitFor() != 0 || result == null) {
            throw new IllegalStateException("variant " + String.join(" ", variant) + " failed");
        }
        return result;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String format(List<Double> values, String pattern) {
        return String.join(
                ", ",
                values.stream().map(v -> String.format(Locale.ROOT, pattern, v)).toList());
    }

    private static long countWords(Path corpus) throws IOException {
        long words = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String token : Files.readString(file).split("\\s+")) {
                    if (!token.isEmpty()) {
                        words++;
                    }
                }
            }
        }
        return words;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** VmHWM of this process from /proc (Linux), in kB; -1 elsewhere. */
    private static long peakRssKb() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p :
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
