package org.lectern.annotator.cleanup;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;
import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.annotator.cleanup.artefacts.Collocations;
import org.lectern.annotator.cleanup.artefacts.TranslationArtefactAnnotator;
import org.lectern.annotator.cleanup.boilerplate.BoilerplateAnnotator;
import org.lectern.annotator.cleanup.cleaned.CleanedViewAnnotator;
import org.lectern.type.TranslationArtefact;

/**
 * Runs the cleanup annotators (boilerplate → translation-artefacts → cleaned-view) over a folder of text files and
 * prints speed, peak RSS, the artefact flag rate per 1,000 words, how many flags each confidence level keeps, and
 * the 20 most often flagged words. On clean news every flag is a false positive, which makes this the precision
 * check of {@code translation-artefacts}.
 *
 * <pre>mvn -B -q -o exec:java -pl annotators/cleanup -Dexec.classpathScope=test
 *   -Dexec.mainClass=org.lectern.annotator.cleanup.CleanupBenchmark
 *   -Dexec.args="../../../shared/corpora/bbc-news [STATISTICS] [MIN_CONFIDENCE] [screen-only]"</pre>
 *
 * STATISTICS is a statistics file (default: the shipped one); to measure false positives on text the shipped
 * statistics were counted from, build a held-out file with {@code tools/regenerate.sh /tmp/held-out.bin.gz none}.
 * {@code screen-only} leaves the language model out (regions screened as spun are judged by word pairs): the speed
 * of the screen every document gets. CPU seconds are the whole process's, the figure to compare on a busy machine.
 */
public final class CleanupBenchmark {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final double[] LEVELS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};

    private CleanupBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CleanupBenchmark CORPUS_DIR [STATISTICS] [MIN_CONFIDENCE] [screen-only]");
            System.exit(2);
        }
        String statistics = args.length > 1 ? args[1] : Collocations.DEFAULT_LOCATION;
        double minConfidence = args.length > 2 ? Double.parseDouble(args[2]) : 0.5;
        boolean languageModel = args.length <= 3 || !args[3].equals("screen-only");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long loadStart = System.nanoTime();
        AnalysisEngine engine = createEngine(createEngineDescription(
                createEngineDescription(BoilerplateAnnotator.class),
                createEngineDescription(
                        TranslationArtefactAnnotator.class,
                        TranslationArtefactAnnotator.PARAM_STATISTICS,
                        statistics,
                        TranslationArtefactAnnotator.PARAM_MIN_CONFIDENCE,
                        minConfidence,
                        TranslationArtefactAnnotator.PARAM_LANGUAGE_MODEL,
                        languageModel),
                createEngineDescription(CleanedViewAnnotator.class)));
        JCas jcas = JCasFactory.createJCas();
        jcas.setDocumentText("A warm-up sentence loads the statistics and WordNet.");
        jcas.setDocumentLanguage("en");
        engine.process(jcas);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        long words = 0;
        int[] kept = new int[LEVELS.length];
        Map<String, Integer> flaggedWords = new HashMap<>();
        Map<String, Map<String, Integer>> corrections = new HashMap<>();
        com.sun.management.OperatingSystemMXBean cpu =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = cpu.getProcessCpuTime(); // of the whole process: TensorFlow's threads included
        long start = System.nanoTime();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            words += WORD.matcher(text).results().count();
            jcas.reset();
            jcas.setDocumentText(text);
            jcas.setDocumentLanguage("en");
            engine.process(jcas);
            for (TranslationArtefact artefact : JCasUtil.select(jcas, TranslationArtefact.class)) {
                String word = artefact.getCoveredText().toLowerCase(Locale.ROOT);
                flaggedWords.merge(word, 1, Integer::sum);
                corrections
                        .computeIfAbsent(word, w -> new TreeMap<>())
                        .merge(artefact.getCorrection(), 1, Integer::sum);
                for (int i = 0; i < LEVELS.length; i++) {
                    if (artefact.getConfidence() >= LEVELS[i]) {
                        kept[i]++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu.getProcessCpuTime() - cpuStart) / 1e9;
        int flags = flaggedWords.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "%,d documents, %,d words in %.1f s: %,.0f words/s; %.1f CPU s: %,.0f words per CPU second "
                        + "(start-up %.1f s), peak RSS %s%n",
                files.size(), words, seconds, words / seconds, cpuSeconds, words / cpuSeconds, loadSeconds, peakRss());
        System.out.printf(
                "statistics %s, minConfidence %.2f: %,d artefacts, %.3f per 1,000 words " + "(%.2f per 2,000)%n",
                statistics, minConfidence, flags, 1000.0 * flags / words, 2000.0 * flags / words);
        for (int i = 0; i < LEVELS.length; i++) {
            System.out.printf(
                    "  confidence >= %.2f: %,d flags, %.3f per 1,000 words%n",
                    LEVELS[i], kept[i], 1000.0 * kept[i] / words);
        }
        System.out.println("most often flagged (count word -> corrections):");
        flaggedWords.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(20)
                .forEach(e ->
                        System.out.printf("  %4d %s -> %s%n", e.getValue(), e.getKey(), corrections.get(e.getKey())));
        engine.collectionProcessComplete();
    }

    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring("VmHWM:".length()).trim())
                .findFirst()
                .orElse("n/a");
    }
}
