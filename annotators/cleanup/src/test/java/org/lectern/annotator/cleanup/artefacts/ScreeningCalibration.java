package org.lectern.annotator.cleanup.artefacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Counts what {@link SpunRegions} weighs its evidence with, on a folder of unspun articles (use statistics that were
 * not counted from them): each judged word's class (synonym gain, unseen adjacent pairs, vector gain) in the articles
 * as they are and spun at RATE by both {@link Spinner}s (no "stated"); prints the likelihood ratio of each word-pair
 * class and of each vector class (replaced against unspun words), the mean and standard deviation of a clean word's evidence, the region score that the
 * given share of clean regions reach, and the share of spun regions reaching it. With {@code check}, it prints
 * instead how many regions the screen as built (its constants) takes for spun: the held-out check on other articles.
 *
 * <pre>java -cp … org.lectern.annotator.cleanup.artefacts.ScreeningCalibration CORPUS_DIR STATISTICS [RATE]
 *   [FALSE_ALARM | check]</pre>
 */
public final class ScreeningCalibration {

    private static final String[] MODES = {"unspun", "any synonym", "most frequent synonym"};

    private ScreeningCalibration() {}

    public static void main(String[] args) throws Exception {
        Collocations statistics = Collocations.load(args[1]);
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
        boolean check = args.length > 3 && args[3].equals("check");
        double falseAlarm = args.length > 3 && !check ? Double.parseDouble(args[3]) : SpunRegions.FALSE_ALARM;
        ContextFit fit = new ContextFit(statistics, Synonyms.shared());
        SpunRegions screen =
                new SpunRegions(fit, new VectorFit(WordVectors.load(WordVectors.DEFAULT_LOCATION), Synonyms.shared()));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int classes = SpunRegions.CLASSES;
        long[][] counts = new long[2][classes]; // unspun words, replaced words
        List<List<long[]>> regionClasses = new ArrayList<>();
        for (int mode = 0; mode < MODES.length; mode++) {
            Spinner spinner =
                    mode == 0 ? null : new Spinner(Synonyms.shared(), statistics, rate, mode == 1, 0, new Random(42));
            List<long[]> regions = new ArrayList<>();
            int spun = 0;
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Set<Integer> replacedAt = new HashSet<>();
                if (spinner != null) {
                    Spinner.Spun spunText = spinner.spin(text);
                    text = spunText.text();
                    spunText.spans().forEach(span -> replacedAt.add(span[0]));
                }
                Corrections document = new Corrections(text, QuotedRegions.of(text), 0.5, fit);
                for (SpunRegions.Region region : screen.regions(document)) {
                    spun += SpunRegions.spun(region) ? 1 : 0;
                    long[] inRegion = new long[classes];
                    for (int i = Math.max(1, region.from());
                            i < Math.min(region.to(), document.tokens.size() - 1);
                            i++) {
                        if (document.judgeable(i)) {
                            int wordClass = screen.wordClass(document, i);
                            inRegion[wordClass]++;
                            boolean replaced =
                                    replacedAt.contains(document.tokens.get(i).begin());
                            if (mode == 0 || replaced) {
                                counts[mode == 0 ? 0 : 1][wordClass]++;
                            }
                        }
                    }
                    regions.add(inRegion);
                }
            }
            regionClasses.add(regions);
            System.out.printf(
                    "%s: %d regions, %d screened as spun by the screen as built (%.3f)%n",
                    MODES[mode], regions.size(), spun, spun / (double) regions.size());
        }
        if (!check) {
            calibrate(counts, regionClasses, falseAlarm);
        }
    }

    private static void calibrate(long[][] counts, List<List<long[]>> regionClasses, double falseAlarm) {
        int classes = counts[0].length;
        int vectorClasses = SpunRegions.VECTOR_CLASSES;
        double[] pairRatios = ratios(counts, SpunRegions.PAIR_CLASSES, c -> c / vectorClasses);
        double[] vectorRatios = ratios(counts, vectorClasses, c -> c % vectorClasses);
        StringBuilder table = new StringBuilder("likelihood ratios (rows: gain class, columns: unseen pairs):");
        for (int c = 0; c < pairRatios.length; c++) {
            table.append(c % 3 == 0 ? "\n  " : ", ").append(String.format("%.2f", pairRatios[c]));
        }
        table.append("\nvector classes:");
        for (double ratio : vectorRatios) {
            table.append(String.format(" %.2f", ratio));
        }
        long clean = java.util.Arrays.stream(counts[0]).sum();
        double[] evidence = new double[classes];
        double mean = 0;
        double square = 0;
        for (int c = 0; c < classes; c++) {
            evidence[c] = SpunRegions.evidence(pairRatios[c / vectorClasses] * vectorRatios[c % vectorClasses]);
            mean += counts[0][c] * evidence[c] / clean;
            square += counts[0][c] * evidence[c] * evidence[c] / clean;
        }
        double cleanMean = mean;
        double sd = Math.sqrt(square - mean * mean);
        System.out.println(table);
        System.out.printf("clean word evidence: mean %.5f, standard deviation %.5f%n", cleanMean, sd);
        double[][] scores = new double[regionClasses.size()][];
        for (int mode = 0; mode < scores.length; mode++) {
            scores[mode] = regionClasses.get(mode).stream()
                    .mapToDouble(region -> score(region, evidence, cleanMean, sd))
                    .toArray();
        }
        double[] cleanScores = scores[0].clone();
        java.util.Arrays.sort(cleanScores);
        double bar = cleanScores[(int) Math.ceil((1 - falseAlarm) * cleanScores.length) - 1];
        System.out.printf("score reached by %.3f of unspun regions: %.3f%n", falseAlarm, bar);
        for (int mode = 1; mode < scores.length; mode++) {
            System.out.printf(
                    "%s: %.3f of regions above it%n",
                    MODES[mode],
                    java.util.Arrays.stream(scores[mode]).filter(s -> s > bar).count() / (double) scores[mode].length);
        }
    }

    /**
     * P(class | replaced) / P(class | unspun) of each of {@code size} classes that {@code group} maps the word
     * classes to, add-one smoothed so that a class never seen in one kind of word gets a finite ratio.
     */
    private static double[] ratios(long[][] counts, int size, java.util.function.IntUnaryOperator group) {
        long[][] grouped = new long[2][size];
        for (int kind = 0; kind < 2; kind++) {
            for (int c = 0; c < counts[kind].length; c++) {
                grouped[kind][group.applyAsInt(c)] += counts[kind][c];
            }
        }
        long clean = java.util.Arrays.stream(grouped[0]).sum();
        long replaced = java.util.Arrays.stream(grouped[1]).sum();
        double[] ratios = new double[size];
        for (int c = 0; c < size; c++) {
            ratios[c] = (grouped[1][c] + 1.0) / (replaced + size) / ((grouped[0][c] + 1.0) / (clean + size));
        }
        return ratios;
    }

    private static double score(long[] classes, double[] evidence, double mean, double sd) {
        long words = 0;
        double sum = 0;
        for (int c = 0; c < classes.length; c++) {
            words += classes[c];
            sum += classes[c] * evidence[c];
        }
        return words == 0 ? 0 : (sum - words * mean) / (sd * Math.sqrt(words));
    }
}
