package org.lectern.annotator.cleanup.artefacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures what {@link SpunRegions} takes as the chance rate of suspects: on unspun text (use statistics that were
 * not counted from it), the share of judged words that are suspects, and how many regions the screen sends to the
 * language model.
 *
 * With RATE, the articles are spun first ({@link Spinner}, no "stated") and the share of replaced and of other words
 * reaching each word-pair gain is printed: how well the screen's signal separates them.
 *
 * <pre>java -cp … org.lectern.annotator.cleanup.artefacts.ScreeningCalibration CORPUS_DIR STATISTICS [RATE any|frequent]
 * </pre>
 */
public final class ScreeningCalibration {

    private ScreeningCalibration() {}

    public static void main(String[] args) throws Exception {
        Collocations statistics = Collocations.load(args[1]);
        ContextFit fit = new ContextFit(statistics, Synonyms.shared());
        ArtefactRules rules = new ArtefactRules(statistics);
        WordPairSweep wordPairs = new WordPairSweep(fit);
        SpunRegions screen = new SpunRegions(fit);
        Spinner spinner = args.length > 3
                ? new Spinner(
                        Synonyms.shared(),
                        statistics,
                        Double.parseDouble(args[2]),
                        args[3].equals("any"),
                        0,
                        new Random(42))
                : null;
        double[] bars = {1, 2, 3, 4, 6, 8};
        long[][] reaching = new long[2][bars.length];
        long[] judged = new long[2];
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long words = 0;
        long suspects = 0;
        int regions = 0;
        int spun = 0;
        long start = System.nanoTime();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Set<Integer> replacedAt = new HashSet<>();
            if (spinner != null) {
                Spinner.Spun spunText = spinner.spin(text);
                text = spunText.text();
                spunText.spans().forEach(span -> replacedAt.add(span[0]));
            }
            String input = text;
            Corrections document = new Corrections(input, QuotedRegions.of(input), 0.5, fit);
            rules.find(input).forEach(finding -> document.accept(finding, false));
            wordPairs.sweep(document, TranslationArtefactAnnotator.GAIN_AT_HALF);
            for (int i = 1; i + 1 < document.tokens.size(); i++) {
                if (document.judgeable(i)) {
                    int kind = replacedAt.contains(document.tokens.get(i).begin()) ? 1 : 0;
                    judged[kind]++;
                    Finding best = fit.replacement(
                            document.tokens.get(i),
                            document.context[i - 1],
                            document.context[i + 1],
                            ContextFit.near(document.context, i),
                            1.0);
                    double gain = best == null ? 0 : best.confidence() / (1 - best.confidence());
                    for (int b = 0; b < bars.length; b++) {
                        reaching[kind][b] += gain >= bars[b] ? 1 : 0;
                    }
                }
            }
            for (SpunRegions.Region region : screen.regions(document)) {
                words += region.words();
                suspects += region.suspects();
                regions++;
                spun += SpunRegions.spun(region) ? 1 : 0;
            }
        }
        System.out.printf(
                "%d documents, %d regions, %,d judged words, %,d suspects: rate %.4f; %d regions screened as spun "
                        + "(%.3f); %.1f s%n",
                files.size(),
                regions,
                words,
                suspects,
                suspects / (double) words,
                spun,
                spun / (double) regions,
                (System.nanoTime() - start) / 1e9);
        for (int b = 0; b < bars.length; b++) {
            System.out.printf(
                    "gain >= %.0f nats: %.4f of other words, %.4f of replaced words%n",
                    bars[b],
                    reaching[0][b] / (double) Math.max(1, judged[0]),
                    reaching[1][b] / (double) Math.max(1, judged[1]));
        }
    }
}
