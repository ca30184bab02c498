package org.lectern.annotator.cleanup.artefacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Counts what {@link UnmaskedProbe} weighs its evidence with: on the first DOCUMENTS articles of a folder (shuffled
 * as {@link SpinBenchmark} does; use articles it does not score and statistics not counted from them), unspun and
 * spun at RATE by both {@link Spinner}s without "stated", probes every region the screen scores at least LOWEST (a
 * comma-separated list: each is reported) and
 * prints each gain class's likelihood ratio (replaced against unspun words), a clean word's mean evidence and its
 * standard deviation, the probe score that FALSE_ALARM of the probed unspun regions reach, and the share of each
 * mode's words in regions the model would judge (screen at least {@link SpunRegions#SPUN_SCORE}, or probed and
 * above that score); then the same with the probe as built (its constants).
 *
 * <pre>java -cp … org.lectern.annotator.cleanup.artefacts.ProbeCalibration CORPUS_DIR STATISTICS DOCUMENTS
 *   [LOWEST] [FALSE_ALARM] [RATE]</pre>
 */
public final class ProbeCalibration {

    private static final String[] MODES = {"unspun", "any synonym", "most frequent synonym"};
    private static final int CLASSES = UnmaskedProbe.gainClass(Double.MAX_VALUE) + 1;

    /** A region: its screen score, judged words, and its probed words' gain classes (empty when not probed). */
    private record Region(double screen, int words, int[] classes) {}

    private ProbeCalibration() {}

    public static void main(String[] args) throws Exception {
        Collocations statistics = Collocations.load(args[1]);
        int documents = Integer.parseInt(args[2]);
        double[] lowest = args.length > 3
                ? Arrays.stream(args[3].split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray()
                : new double[] {1.0};
        double falseAlarm = args.length > 4 ? Double.parseDouble(args[4]) : 0.03;
        double rate = args.length > 5 ? Double.parseDouble(args[5]) : 0.2;
        Synonyms synonyms = Synonyms.shared();
        ContextFit fit = new ContextFit(statistics, synonyms);
        ArtefactRules rules = new ArtefactRules(statistics);
        WordPairSweep wordPairs = new WordPairSweep(fit);
        SpunRegions screen =
                new SpunRegions(fit, new VectorFit(WordVectors.load(WordVectors.DEFAULT_LOCATION), synonyms));
        UnmaskedProbe probe = new UnmaskedProbe(MaskedLanguageModel.shared(true), synonyms);
        long[][] counts = new long[2][CLASSES]; // unspun words, replaced words
        List<List<Region>> regions = new ArrayList<>();
        List<Path> articles = SpinBenchmark.articles(Path.of(args[0]), documents);
        for (int mode = 0; mode < MODES.length; mode++) {
            Spinner spinner = mode == 0 ? null : new Spinner(synonyms, statistics, rate, mode == 1, 0, new Random(42));
            List<Region> inMode = new ArrayList<>();
            for (Path file : articles) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Set<Integer> replacedAt = new HashSet<>();
                if (spinner != null) {
                    Spinner.Spun spun = spinner.spin(text);
                    text = spun.text();
                    spun.spans().forEach(span -> replacedAt.add(span[0]));
                }
                Corrections document = new Corrections(text, QuotedRegions.of(text), 0.5, fit);
                rules.find(text).forEach(finding -> document.accept(finding, false));
                wordPairs.sweep(document, TranslationArtefactAnnotator.GAIN_AT_HALF);
                for (SpunRegions.Region region : screen.regions(document)) {
                    int[] classes = new int[0];
                    if (region.score() >= Arrays.stream(lowest).min().orElseThrow()) {
                        List<UnmaskedProbe.Probed> probed = probe.probe(document, region.sentences());
                        classes = new int[probed.size()];
                        for (int p = 0; p < classes.length; p++) {
                            classes[p] = UnmaskedProbe.gainClass(probed.get(p).gain());
                            boolean replaced = replacedAt.contains(
                                    document.tokens.get(probed.get(p).token()).begin());
                            if (mode == 0 || replaced) {
                                counts[mode == 0 ? 0 : 1][classes[p]]++;
                            }
                        }
                    }
                    inMode.add(new Region(region.score(), region.words(), classes));
                }
            }
            regions.add(inMode);
        }
        double[] evidence = new double[CLASSES];
        double[] built = new double[CLASSES];
        StringBuilder table = new StringBuilder("likelihood ratios by gain class:");
        long[] totals = {
            Arrays.stream(counts[0]).sum(), Arrays.stream(counts[1]).sum()
        };
        for (int c = 0; c < CLASSES; c++) {
            // add-one smoothing, so that a class never seen in one kind of word gets a finite ratio
            double ratio =
                    (counts[1][c] + 1.0) / (totals[1] + CLASSES) / ((counts[0][c] + 1.0) / (totals[0] + CLASSES));
            evidence[c] = SpunRegions.evidence(ratio);
            table.append(String.format(" %.2f", ratio));
        }
        for (int c = 0; c < CLASSES; c++) {
            built[c] = UnmaskedProbe.classEvidence(c);
        }
        System.out.println(table);
        for (double from : lowest) {
            System.out.printf("regions probed from screen score %.2f:%n", from);
            List<List<Region>> probed = regions.stream()
                    .map(inMode -> inMode.stream()
                            .map(r -> r.screen() >= from ? r : new Region(r.screen(), r.words(), new int[0]))
                            .toList())
                    .toList();
            report("counted here", evidence, counts[0], totals[0], probed, falseAlarm);
            report("as built", built, counts[0], totals[0], probed, falseAlarm);
        }
    }

    private static void report(
            String label, double[] evidence, long[] clean, long cleanWords, List<List<Region>> regions, double alarm) {
        double mean = 0;
        double square = 0;
        for (int c = 0; c < evidence.length; c++) {
            mean += clean[c] * evidence[c] / cleanWords;
            square += clean[c] * evidence[c] * evidence[c] / cleanWords;
        }
        double sd = Math.sqrt(square - mean * mean);
        final double cleanMean = mean;
        double[] probedClean = regions.get(0).stream()
                .filter(region -> region.classes().length > 0)
                .mapToDouble(region -> score(region, evidence, cleanMean, sd))
                .sorted()
                .toArray();
        double bar = probedClean[(int) Math.ceil((1 - alarm) * probedClean.length) - 1];
        System.out.printf(
                "%s: clean word evidence mean %.5f, sd %.5f; %d unspun regions probed, score reached by %.3f of "
                        + "them: %.3f%n",
                label, mean, sd, probedClean.length, alarm, bar);
        for (double threshold : new double[] {bar, UnmaskedProbe.SPUN_SCORE}) {
            StringBuilder line = new StringBuilder(String.format("  judged at probe score %.3f:", threshold));
            for (int mode = 0; mode < MODES.length; mode++) {
                long words = 0;
                long judged = 0;
                for (Region region : regions.get(mode)) {
                    words += region.words();
                    boolean probedSpun =
                            region.classes().length > 0 && score(region, evidence, cleanMean, sd) >= threshold;
                    judged += region.screen() >= SpunRegions.SPUN_SCORE || probedSpun ? region.words() : 0;
                }
                line.append(String.format(" %s %.3f;", MODES[mode], judged / (double) words));
            }
            System.out.println(line);
        }
    }

    private static double score(Region region, double[] evidence, double mean, double sd) {
        double sum =
                Arrays.stream(region.classes()).mapToDouble(c -> evidence[c]).sum();
        int counted = Math.max(region.classes().length, UnmaskedProbe.MIN_WORDS);
        return (sum - region.classes().length * mean) / (sd * Math.sqrt(counted));
    }
}
