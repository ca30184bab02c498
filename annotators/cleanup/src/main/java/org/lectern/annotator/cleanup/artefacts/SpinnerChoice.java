package org.lectern.annotator.cleanup.artefacts;

import java.util.List;

/**
 * How likely a thesaurus spinner that starts from one word writes a given synonym of it: spinners choose among a
 * word's synonyms either at random or preferring common ones, so a share of the chance ({@link #frequencyWeight}) goes
 * in proportion to how often each WordNet synonym is written and the rest is spread evenly over them. Never less
 * likely than a choice among {@link #TYPICAL_CHOICES}: a spinner's own list for a word is shorter than WordNet's,
 * which mixes all its senses.
 */
final class SpinnerChoice {

    /** The number of synonyms a spinner is taken to choose among where the choice is not known. */
    static final double TYPICAL_CHOICES = 6;
    /** Frequency weights a document's spinner is estimated among: 0, 0.05, …, 1, equally likely beforehand. */
    private static final int WEIGHT_STEPS = 20;

    private final Synonyms synonyms;
    private final Collocations statistics;
    private final double frequencyWeight;

    /** @param frequencyWeight share of the spinner's choices made in proportion to how often synonyms are written */
    SpinnerChoice(Synonyms synonyms, Collocations statistics, double frequencyWeight) {
        this.synonyms = synonyms;
        this.statistics = statistics;
        this.frequencyWeight = frequencyWeight;
    }

    /** The same spinner statistics with another frequency weight. */
    SpinnerChoice withWeight(double weight) {
        return new SpinnerChoice(synonyms, statistics, weight);
    }

    /**
     * Log of how much likelier than a choice among {@link #TYPICAL_CHOICES} it is that a spinner starting from {@code
     * original} wrote {@code written}, at least 0; 0 when {@code written} is not a synonym proper of it.
     */
    double bonus(String written, String original) {
        double[] chances = chances(written, original);
        return chances == null
                ? 0
                : Math.max(
                        0,
                        Math.log(
                                TYPICAL_CHOICES * ((1 - frequencyWeight) * chances[0] + frequencyWeight * chances[1])));
    }

    /**
     * The frequency weight that the replacements already found in a document (written word, correction) show, as the
     * mean of its posterior from an even prior: near 1 when each was the commonest synonym of its correction, near 0
     * when they were drawn evenly. Replacements that are no synonym proper of their correction tell nothing.
     */
    double estimatedWeight(List<String[]> replacements) {
        List<double[]> informative = replacements.stream()
                .map(pair -> chances(pair[0], pair[1]))
                .filter(chances -> chances != null)
                .toList();
        double[] logLikelihood = new double[WEIGHT_STEPS + 1];
        double most = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= WEIGHT_STEPS; k++) {
            double weight = k / (double) WEIGHT_STEPS;
            for (double[] chances : informative) {
                logLikelihood[k] += Math.log((1 - weight) * chances[0] + weight * chances[1]);
            }
            most = Math.max(most, logLikelihood[k]);
        }
        double total = 0;
        double weighted = 0;
        for (int k = 0; k <= WEIGHT_STEPS; k++) {
            double posterior = Math.exp(logLikelihood[k] - most);
            total += posterior;
            weighted += posterior * k / WEIGHT_STEPS;
        }
        return weighted / total;
    }

    /**
     * The chance that a spinner choosing evenly, and one choosing in proportion to frequency, writes {@code written}
     * for {@code original}; null when it is not one of its synonyms proper a spinner would choose (written at least
     * {@link ContextFit#MIN_FREQUENCY} times).
     */
    private double[] chances(String written, String original) {
        List<Synonyms.Candidate> options = synonyms.of(original).stream()
                .filter(c -> c.penalty() == 0 && statistics.count(c.form()) >= ContextFit.MIN_FREQUENCY)
                .toList();
        int writtenCount = statistics.count(written);
        if (writtenCount < ContextFit.MIN_FREQUENCY
                || options.stream().noneMatch(c -> c.form().equals(written))) {
            return null;
        }
        double total =
                options.stream().mapToDouble(c -> statistics.count(c.form())).sum();
        return new double[] {1.0 / options.size(), writtenCount / total};
    }
}
