package org.lectern.annotator.cleanup.artefacts;

import java.util.List;

/**
 * How likely a thesaurus spinner that starts from one word writes a given synonym of it: spinners choose among a
 * word's synonyms either at random or preferring common ones, so half of the chance is spread evenly over its WordNet
 * synonyms and half in proportion to how often each is written. Never less likely than a choice among {@link
 * #TYPICAL_CHOICES}: a spinner's own list for a word is shorter than WordNet's, which mixes all its senses.
 */
final class SpinnerChoice {

    /** The number of synonyms a spinner is taken to choose among where the choice is not known. */
    static final double TYPICAL_CHOICES = 6;

    private final Synonyms synonyms;
    private final Collocations statistics;

    SpinnerChoice(Synonyms synonyms, Collocations statistics) {
        this.synonyms = synonyms;
        this.statistics = statistics;
    }

    /**
     * Log of how much likelier than a choice among {@link #TYPICAL_CHOICES} it is that a spinner starting from {@code
     * original} wrote {@code written}, at least 0; 0 when {@code written} is not a synonym proper of it.
     */
    double bonus(String written, String original) {
        List<Synonyms.Candidate> options = synonyms.of(original).stream()
                .filter(c -> c.penalty() == 0 && statistics.count(c.form()) >= ContextFit.MIN_FREQUENCY)
                .toList();
        int writtenCount = statistics.count(written);
        if (writtenCount < ContextFit.MIN_FREQUENCY
                || options.stream().noneMatch(c -> c.form().equals(written))) {
            return 0;
        }
        double total =
                options.stream().mapToDouble(c -> statistics.count(c.form())).sum();
        double chance = 0.5 / options.size() + 0.5 * writtenCount / total;
        return Math.max(0, Math.log(TYPICAL_CHOICES * chance));
    }
}
