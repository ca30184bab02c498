package org.lectern.bench;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.uima.UIMAFramework;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.ResourceSpecifier;
import org.apache.uima.resource.metadata.MetaDataObject;
import org.apache.uima.util.CasCreationUtils;
import org.lectern.pipeline.config.PipelineDefinition;
import org.lectern.pipeline.config.PipelineParser;
import org.lectern.pipeline.registry.AnnotatorRegistry;

/**
 * Issue 19's linear-cost check: one document each of about 250 kB, 1 MB and 4 MB of ordinary news (the text files
 * of a corpus folder, concatenated in name order and cut at a line end) goes through a pipeline step by step; the
 * time per word of every step should stay within 2× across the sizes. A step over the time budget is abandoned and
 * reported as such (then the larger sizes are skipped for the steps after it). Each cell shows the wall-clock time
 * and the CPU time of the thread running the step: on a shared machine the CPU time is the steadier measure.
 *
 * <p>Usage: {@code LinearCost PIPELINE.xml CORPUS_DIR [--sizes 250000,1000000,4000000] [--budget SECONDS]}
 */
public final class LinearCost {

    /** Seconds a step took: wall clock and CPU of its thread; both infinite when it went over the budget. */
    private record Timing(double wall, double cpu) {

        static final Timing OVER_BUDGET = new Timing(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

        String perWord(long words, long budgetSeconds) {
            return wall == Double.POSITIVE_INFINITY
                    ? "> " + budgetSeconds + " s"
                    : String.format("%.1f / %.1f", wall * 1e6 / words, cpu * 1e6 / words);
        }
    }

    /** Enough text for the JIT to compile the steps' hot code before the first measured size. */
    private static final int WARM_UP_CHARACTERS = 100_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LinearCost() {}

    public static void main(String[] args) throws Exception {
        Path pipelineFile = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        List<Integer> sizes = List.of(250_000, 1_000_000, 4_000_000);
        long budgetSeconds = 600;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" ->
                    sizes = Stream.of(args[i + 1].split(","))
                            .map(Integer::parseInt)
                            .toList();
                case "--budget" -> budgetSeconds = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        AnnotatorRegistry registry = AnnotatorRegistry.builtIn();
        PipelineDefinition pipeline = new PipelineParser(registry).parse(pipelineFile);
        ResourceManager resources = registry.newResourceManager();
        Map<String, AnalysisEngine> steps = new LinkedHashMap<>();
        List<MetaDataObject> metadata = new ArrayList<>(List.of(registry.typeSystem()));
        for (Map.Entry<String, ResourceSpecifier> step : pipeline.engineDescription()
                .getDelegateAnalysisEngineSpecifiers()
                .entrySet()) {
            AnalysisEngine engine = UIMAFramework.produceAnalysisEngine(step.getValue(), resources, null);
            steps.put(step.getKey(), engine);
            metadata.add(engine.getAnalysisEngineMetaData());
        }
        CAS cas = CasCreationUtils.createCas(metadata, null, resources);
        String news = concatenate(
                corpus, sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
        // warm-up on a small document: model loading and JIT are not the cost being measured
        annotate(cas, steps, news.substring(0, cut(news, WARM_UP_CHARACTERS)), budgetSeconds, new LinkedHashMap<>());

        Map<String, List<String>> table = new LinkedHashMap<>();
        steps.keySet().forEach(step -> table.put(step, new ArrayList<>()));
        List<Long> wordCounts = new ArrayList<>();
        for (int size : sizes) {
            String text = news.substring(0, cut(news, size));
            long words = text.split("\\s+").length;
            wordCounts.add(words);
            Map<String, Timing> seconds = new LinkedHashMap<>();
            annotate(cas, steps, text, budgetSeconds, seconds);
            for (String step : steps.keySet()) {
                Timing timing = seconds.get(step);
                table.get(step).add(timing == null ? "-" : timing.perWord(words, budgetSeconds));
            }
            System.out.printf("%,d characters, %,d words: %s%n", text.length(), words, seconds);
        }
        System.out.printf("%nµs per word, wall clock / CPU  %s%n", sizes);
        table.forEach((step, cells) -> System.out.printf("%-22s %s%n", step, String.join("  ", cells)));
        System.exit(0);
    }

    /** Runs the steps in order on {@code text}; records the seconds of each step (infinite when over the budget). */
    private static void annotate(
            CAS cas, Map<String, AnalysisEngine> steps, String text, long budgetSeconds, Map<String, Timing> seconds)
            throws Exception {
        cas.reset();
        cas.setDocumentText(text);
        cas.setDocumentLanguage("en");
        DocumentMetaData meta = DocumentMetaData.create(cas.getJCas());
        meta.setDocumentId("linear-cost");
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "linear-cost");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Map.Entry<String, AnalysisEngine> step : steps.entrySet()) {
                long start = System.nanoTime();
                Future<Long> run = runner.submit(() -> {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    step.getValue().process(cas);
                    return THREADS.getCurrentThreadCpuTime() - cpuStart;
                });
                long cpuNanos;
                try {
                    cpuNanos = run.get(budgetSeconds, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    seconds.put(step.getKey(), Timing.OVER_BUDGET);
                    return; // the step is still running in its abandoned thread: the CAS is not usable
                }
                seconds.put(step.getKey(), new Timing((System.nanoTime() - start) / 1e9, cpuNanos / 1e9));
            }
        } finally {
            runner.shutdownNow();
        }
    }

    private static String concatenate(Path corpus, int atLeast) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .txt files in " + corpus);
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < atLeast) {
            for (Path file : files) {
                text.append(Files.readString(file, StandardCharsets.UTF_8).strip())
                        .append("\n\n");
                if (text.length() >= atLeast) {
                    break;
                }
            }
        }
        return text.toString();
    }

    /** The end of the last line that ends at or before {@code size}. */
    private static int cut(String text, int size) {
        if (size >= text.length()) {
            return text.length();
        }
        int lineEnd = text.lastIndexOf('\n', size);
        return lineEnd > 0 ? lineEnd + 1 : size;
    }
}
