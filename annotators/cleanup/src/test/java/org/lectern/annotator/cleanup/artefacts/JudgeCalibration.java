package org.lectern.annotator.cleanup.artefacts;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the language model's verdict on a region is set from ({@link SpunRegions#CONFIRMED_RATE}): runs the screen
 * and then the model, region by region as the annotator does, on the first DOCUMENTS articles of a folder (shuffled
 * as {@link SpinBenchmark} does; use articles it does not score and statistics not counted from them), unspun or
 * spun at RATE without "stated", and writes one line per region ({@code region DOC SCORE WORDS JUDGED STRONG}: its
 * standard score, judged words, whether the model judged it, its model findings of at least {@link
 * SpunRegions#STRONG_CONFIDENCE}) and per model finding ({@code finding DOC REGION SCORE GAIN HIT RIGHT}: the gain in
 * nats, whether it overlaps a replaced word, whether its correction is the original) to OUT, and a last line {@code
 * total WORDS REPLACED}. Regions scoring below LOWEST are not judged (they are still listed); no finding is withdrawn.
 *
 * <pre>java -cp … org.lectern.annotator.cleanup.artefacts.JudgeCalibration CORPUS_DIR STATISTICS RATE DOCUMENTS
 *   unspun|any|frequent OUT [LOWEST]</pre>
 */
public final class JudgeCalibration {

    private JudgeCalibration() {}

    public static void main(String[] args) throws Exception {
        Collocations statistics = Collocations.load(args[1]);
        double rate = Double.parseDouble(args[2]);
        int documents = Integer.parseInt(args[3]);
        String mode = args[4];
        double lowest = args.length > 6 ? Double.parseDouble(args[6]) : Double.NEGATIVE_INFINITY;
        Synonyms synonyms = Synonyms.shared();
        ContextFit fit = new ContextFit(statistics, synonyms);
        ArtefactRules rules = new ArtefactRules(statistics);
        WordPairSweep wordPairs = new WordPairSweep(fit);
        SpunRegions screen =
                new SpunRegions(fit, new VectorFit(WordVectors.load(WordVectors.DEFAULT_LOCATION), synonyms));
        Spinner spinner = mode.equals("unspun")
                ? null
                : new Spinner(synonyms, statistics, rate, mode.equals("any"), 0, new Random(42));
        long words = 0;
        int docNo = 0;
        long replaced = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[5])))) {
            for (Path file : SpinBenchmark.articles(Path.of(args[0]), documents)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<int[]> spans = List.of();
                List<String> originals = List.of();
                if (spinner != null) {
                    Spinner.Spun spun = spinner.spin(text);
                    text = spun.text();
                    spans = spun.spans();
                    originals = spun.originals();
                    words += spun.words();
                } else {
                    words += StatisticsTokens.of(text).stream()
                            .filter(StatisticsTokens.Token::isWord)
                            .count();
                }
                replaced += spans.size();
                Corrections document = new Corrections(text, QuotedRegions.of(text), 0.5, fit);
                rules.find(text).forEach(finding -> document.accept(finding, false));
                wordPairs.sweep(document, TranslationArtefactAnnotator.GAIN_AT_HALF);
                List<SpunRegions.Region> regions = screen.regions(document);
                Set<Integer> before = new HashSet<>();
                document.phrases().forEach(finding -> before.add(finding.begin()));
                docNo++;
                LanguageModelSweep sweep =
                        new LanguageModelSweep(new AnsweredQueries(MaskedLanguageModel.shared(true)), synonyms, null);
                for (SpunRegions.Region region : regions) {
                    boolean judged = region.score() >= lowest;
                    if (judged) {
                        sweep.sweep(document, region.sentences());
                    }
                    long strong = document.phrases().stream()
                            .filter(f -> !before.contains(f.begin())
                                    && f.begin()
                                            >= document.tokens
                                                    .get(region.from())
                                                    .begin()
                                    && f.end()
                                            <= document.tokens
                                                    .get(region.to() - 1)
                                                    .end()
                                    && f.confidence() >= SpunRegions.STRONG_CONFIDENCE)
                            .count();
                    out.printf(
                            "region %d %.4f %d %d %d%n", docNo, region.score(), region.words(), judged ? 1 : 0, strong);
                }
                for (Finding finding : document.phrases()) {
                    if (before.contains(finding.begin())) {
                        continue;
                    }
                    SpunRegions.Region region = regions.stream()
                            .filter(r -> document.tokens.get(r.from()).begin() <= finding.begin())
                            .reduce((first, second) -> second)
                            .orElseThrow();
                    double score = region.score();
                    int regNo = regions.indexOf(region);
                    int match = -1;
                    for (int i = 0; i < spans.size() && match < 0; i++) {
                        match = spans.get(i)[0] < finding.end() && finding.begin() < spans.get(i)[1] ? i : -1;
                    }
                    double gain =
                            LanguageModelSweep.MODEL_GAIN_AT_HALF * finding.confidence() / (1 - finding.confidence());
                    boolean right = match >= 0 && originals.get(match).equalsIgnoreCase(finding.correction());
                    out.printf(
                            "finding %d %d %.4f %.3f %d %d%n",
                            docNo, regNo, score, gain, match >= 0 ? 1 : 0, right ? 1 : 0);
                }
                out.flush();
            }
            out.printf("total %d %d%n", words, replaced);
        }
    }
}
