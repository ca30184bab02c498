package org.lectern.annotator.cleanup.artefacts;

import static org.apache.uima.fit.factory.AnalysisEngineFactory.createEngine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.JCasFactory;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.lectern.type.TranslationArtefact;

/**
 * Spins clean articles the way a thesaurus-driven spinner does and scores {@code translation-artefacts} on them:
 * each judged content word is replaced, with probability RATE, by its most frequent WordNet synonym (or, with
 * {@code any}, by one of its synonyms at random, as a spinner that prefers variety over fit does: "utilized",
 * "assertion"), and "said" by "stated" with probability STATED_RATE (default 0.7). A flag overlapping a replaced word is a hit, any other flag a false one. Use
 * statistics without the corpus (see {@link CleanupBenchmark}) so that clean words are judged as on unseen text.
 * The synonym spinner is easier to detect per replaced word than a real one (its replacements are always WordNet
 * synonyms) but often harmless (the most frequent synonym may fit), so recall here says little; the false flags
 * per 1,000 words of spun text are the figure to read.
 *
 * <pre>mvn -B -q -o exec:java -pl annotators/cleanup -Dexec.classpathScope=test
 *   -Dexec.mainClass=org.lectern.annotator.cleanup.artefacts.SpinBenchmark
 *   -Dexec.args="CORPUS_DIR STATISTICS [RATE] [DOCUMENTS] [frequent|any] [STATED_RATE] [screened|all] [JUDGED_SCORE]
 *   [PROBED_SCORE] [SPINNER_CHOICE]"</pre>
 */
public final class SpinBenchmark {

    private SpinBenchmark() {}

    /**
     * The first {@code documents} of the {@code .txt} files under {@code dir} in a fixed shuffled order (seed 7): the
     * articles this benchmark scores, and those the calibration and corpus tools take from other folders.
     */
    static List<Path> articles(Path dir, int documents) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = new ArrayList<>(
                    walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
        Collections.shuffle(files, new Random(7));
        return files.subList(0, Math.min(documents, files.size()));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: SpinBenchmark CORPUS_DIR STATISTICS [RATE] [DOCUMENTS] [frequent|any] "
                    + "[STATED_RATE] [screened|all] [JUDGED_SCORE] [PROBED_SCORE] [SPINNER_CHOICE]");
            System.exit(2);
        }
        String statistics = args[1];
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0.12;
        int documents = args.length > 3 ? Integer.parseInt(args[3]) : 150;
        boolean anySynonym = args.length > 4 && args[4].equals("any");
        double statedRate = args.length > 5 ? Double.parseDouble(args[5]) : 0.7;
        boolean judgeAll = args.length > 6 && args[6].equals("all");
        double defaultScore = Double.parseDouble(SpunRegions.JUDGED_SCORE_TEXT);
        double judgedScore = args.length > 7 ? Double.parseDouble(args[7]) : defaultScore;
        double probedScore = args.length > 8 ? Double.parseDouble(args[8]) : defaultScore;
        boolean spinnerChoice = args.length > 9 && Boolean.parseBoolean(args[9]);
        Collocations counts = Collocations.load(statistics);
        Synonyms synonyms = Synonyms.shared();
        Spinner spinner = new Spinner(synonyms, counts, rate, anySynonym, statedRate, new Random(42));
        AnalysisEngine engine = createEngine(
                TranslationArtefactAnnotator.class,
                TranslationArtefactAnnotator.PARAM_STATISTICS,
                statistics,
                TranslationArtefactAnnotator.PARAM_JUDGE_ALL,
                judgeAll,
                TranslationArtefactAnnotator.PARAM_JUDGED_SCORE,
                judgedScore,
                TranslationArtefactAnnotator.PARAM_PROBED_SCORE,
                probedScore,
                TranslationArtefactAnnotator.PARAM_SPINNER_CHOICE,
                spinnerChoice);
        JCas jcas = JCasFactory.createJCas();
        long words = 0;
        int replaced = 0;
        int hits = 0;
        int falseFlags = 0;
        int rightCorrections = 0;
        long nanos = 0;
        long cpuNanos = 0; // of the whole process: TensorFlow's threads included
        com.sun.management.OperatingSystemMXBean cpu =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] levels = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};
        int[] hitsAt = new int[levels.length];
        int[] falseAt = new int[levels.length];
        List<Path> articles = articles(Path.of(args[0]), documents);
        for (Path file : articles) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Spinner.Spun spun = spinner.spin(text);
            List<int[]> spans = spun.spans();
            List<String> originals = spun.originals();
            words += spun.words();
            replaced += spans.size();
            jcas.reset();
            jcas.setDocumentText(spun.text());
            jcas.setDocumentLanguage("en");
            long start = System.nanoTime();
            long cpuStart = cpu.getProcessCpuTime();
            engine.process(jcas);
            nanos += System.nanoTime() - start;
            cpuNanos += cpu.getProcessCpuTime() - cpuStart;
            boolean[] found = new boolean[spans.size()];
            for (TranslationArtefact artefact : JCasUtil.select(jcas, TranslationArtefact.class)) {
                int match = -1;
                for (int i = 0; i < spans.size() && match < 0; i++) {
                    if (!found[i] && spans.get(i)[0] < artefact.getEnd() && artefact.getBegin() < spans.get(i)[1]) {
                        match = i;
                    }
                }
                for (int l = 0; l < levels.length; l++) {
                    if (artefact.getConfidence() >= levels[l]) {
                        (match < 0 ? falseAt : hitsAt)[l]++;
                    }
                }
                if (match < 0) {
                    falseFlags++;
                } else {
                    found[match] = true;
                    hits++;
                    rightCorrections += originals.get(match).equalsIgnoreCase(artefact.getCorrection()) ? 1 : 0;
                }
            }
        }
        System.out.printf(
                "%d documents, %,d words, %,d replaced (rate %.2f, %s synonym): %d hits, %d false flags%n",
                articles.size(), words, replaced, rate, anySynonym ? "any" : "most frequent", hits, falseFlags);
        System.out.printf(
                "precision %.3f, recall %.3f, corrections right %.3f, false flags %.2f per 1,000 words%n",
                hits / (double) Math.max(1, hits + falseFlags),
                hits / (double) Math.max(1, replaced),
                rightCorrections / (double) Math.max(1, hits),
                1000.0 * falseFlags / words);
        for (int l = 0; l < levels.length; l++) {
            System.out.printf(
                    "confidence >= %.2f: precision %.3f, recall %.3f, false flags %.2f per 1,000 words%n",
                    levels[l],
                    hitsAt[l] / (double) Math.max(1, hitsAt[l] + falseAt[l]),
                    hitsAt[l] / (double) Math.max(1, replaced),
                    1000.0 * falseAt[l] / words);
        }
        System.out.printf(
                "annotating took %.1f s: %,.0f words/s; %.1f CPU s: %,.0f words per CPU second (the first spun "
                        + "document loads the language model)%n",
                nanos / 1e9, words / (nanos / 1e9), cpuNanos / 1e9, words / (cpuNanos / 1e9));
    }
}
