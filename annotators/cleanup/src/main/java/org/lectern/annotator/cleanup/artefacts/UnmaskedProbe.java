package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells how spun a region reads from one unmasked pass of the masked language model per sentence: the model sees
 * every word and scores, at each judged word, the word itself and its one-piece synonyms at once. Seeing itself, a
 * word is nearly always more probable than its synonyms; a replaced word much less often, because its context was
 * written for its original. Each probed word's gain (its best synonym's score minus its own, less the synonym's
 * penalty) falls into a class whose likelihood ratio (replaced against clean words) gives evidence as the screen's
 * word classes do ({@link SpunRegions}); the region's evidence is put as a standard score above clean text's. A pass
 * reads each word piece once, about a tenth of what judging the region word by word reads ({@link
 * LanguageModelSweep}), so regions the word-pair screen finds only somewhat suspect can be probed before they are
 * judged.
 */
final class UnmaskedProbe {

    /** Upper bounds (nats) of the gain classes below the last: up to −4, −2, 0, 2, 4, above 4. */
    private static final double[] GAIN_CLASSES = {-4, -2, 0, 2, 4};
    /**
     * P(class | replaced) / P(class | not replaced) for each gain class, counted by {@code ProbeCalibration} on 300
     * BBC articles SpinBenchmark does not score (2026-12-05), unspun and spun at one content word in five by both of
     * its spinners, with statistics counted without them; words already flagged were left out of that count (with
     * them as the top class: 0.44 / 1.54 / 2.74 / 6.66 / 14.36 / 64.82, the bar below 3.04).
     */
    private static final double[] LIKELIHOOD_RATIO = {0.45, 1.56, 2.78, 6.76, 14.59, 88.83};
    /** Mean and standard deviation of one probed word's evidence in unspun news ({@code ProbeCalibration}). */
    static final double CLEAN_MEAN = -0.01388;

    static final double CLEAN_SD = 0.12819;
    /** A region with fewer probed words counts as if the rest were clean words of average evidence. */
    static final int MIN_WORDS = 30;
    /**
     * Standard score of a probe at which a region is judged word by word: reached by 3 % of the unspun regions the
     * screen scores at least 0.5 ({@code ProbeCalibration}, 300 articles, 123 such regions).
     */
    static final double SPUN_SCORE = 3.2;

    private final MaskedLanguageModel model;
    private final Synonyms synonyms;

    /** A probed word: its token and the gain of its best synonym over it (nats). */
    record Probed(int token, double gain) {}

    /** A probed place's choices: the word's piece, then its one-piece synonyms' pieces and their penalties. */
    private record Choices(int[] pieces, double[] penalties) {}

    /** One row for the model: word pieces, the places probed, their choices and their tokens. */
    private record Row(List<Integer> pieces, List<Integer> places, List<Choices> choices, List<Integer> tokens) {}

    UnmaskedProbe(MaskedLanguageModel model, Synonyms synonyms) {
        this.model = model;
        this.synonyms = synonyms;
    }

    /** The region's standard score from its probed words' evidence. */
    double score(Corrections document, SpunRegions.Region region) {
        List<Probed> probed = probe(document, region.sentences());
        double evidence = probed.stream().mapToDouble(p -> evidence(p.gain())).sum();
        int counted = Math.max(probed.size(), MIN_WORDS);
        return (evidence - probed.size() * CLEAN_MEAN) / (CLEAN_SD * Math.sqrt(counted));
    }

    /** Whether a region's probe shows spinning. */
    static boolean spun(double score) {
        return score >= SPUN_SCORE;
    }

    /** A probed word's share of a region's log-likelihood ratio, as {@link SpunRegions#evidence}. */
    static double evidence(double gain) {
        return classEvidence(gainClass(gain));
    }

    /** The evidence of a gain class. */
    static double classEvidence(int gainClass) {
        return SpunRegions.evidence(LIKELIHOOD_RATIO[gainClass]);
    }

    /** The class of a gain: the number of class bounds it exceeds. */
    static int gainClass(double gain) {
        return SpunRegions.upTo(GAIN_CLASSES, gain);
    }

    /**
     * Every judged one-piece word of the sentences that has one-piece synonyms, with its gain; words already found
     * replaced (by the rules or the word pairs) with an infinite gain, as the strongest evidence.
     */
    List<Probed> probe(Corrections document, List<int[]> sentences) {
        List<Row> rows = new ArrayList<>();
        List<Probed> probed = new ArrayList<>();
        for (int[] sentence : sentences) {
            Row row = null;
            for (int i = sentence[0]; i < sentence[1]; i++) {
                StatisticsTokens.Token token = document.tokens.get(i);
                if (document.flagged[i] && token.isWord()) {
                    probed.add(new Probed(i, Double.POSITIVE_INFINITY));
                }
                int[] pieces = model.textPieces(document.reading(i));
                if (row == null || row.pieces().size() + pieces.length > MaskPlan.WINDOW) {
                    row = new Row(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    rows.add(row);
                }
                Choices choices = pieces.length == 1 && document.judgeable(i) ? choices(token, pieces[0]) : null;
                if (choices != null) {
                    row.places().add(row.pieces().size());
                    row.choices().add(choices);
                    row.tokens().add(i);
                }
                for (int piece : pieces) {
                    row.pieces().add(piece);
                }
            }
        }
        rows.removeIf(row -> row.places().isEmpty());
        float[][][] scores =
                model.unmaskedScores(rows.stream().map(UnmaskedProbe::query).toList());
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            for (int p = 0; p < row.places().size(); p++) {
                probed.add(new Probed(row.tokens().get(p), gain(row.choices().get(p), scores[r][p])));
            }
        }
        return probed;
    }

    /** The word's piece and those of its one-piece synonyms; null when it has none. */
    private Choices choices(StatisticsTokens.Token token, int word) {
        List<Synonyms.Candidate> candidates = synonyms.broad(token.norm()).stream()
                .filter(candidate -> model.id(candidate.form()) >= 0 && model.id(candidate.form()) != word)
                .toList();
        if (candidates.isEmpty()) {
            return null;
        }
        int[] pieces = new int[candidates.size() + 1];
        double[] penalties = new double[pieces.length];
        pieces[0] = word;
        for (int c = 1; c < pieces.length; c++) {
            pieces[c] = model.id(candidates.get(c - 1).form());
            penalties[c] = candidates.get(c - 1).penalty();
        }
        return new Choices(pieces, penalties);
    }

    /** The best synonym's score less its penalty, minus the word's own score. */
    private static double gain(Choices choices, float[] scores) {
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 1; c < scores.length; c++) {
            best = Math.max(best, scores[c] - choices.penalties()[c]);
        }
        return best - scores[0];
    }

    private static MaskedLanguageModel.Query query(Row row) {
        return new MaskedLanguageModel.Query(
                row.pieces().stream().mapToInt(Integer::intValue).toArray(),
                row.places().stream().mapToInt(Integer::intValue).toArray(),
                row.choices().stream().map(Choices::pieces).toArray(int[][]::new),
                new boolean[row.places().size()]); // a word is compared with its synonyms in its own place only
    }
}
