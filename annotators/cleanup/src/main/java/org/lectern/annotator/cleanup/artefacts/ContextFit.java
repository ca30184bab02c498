package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a word fits between its neighbours and among the near content words of its clause, by the association
 * (smoothed PMI) of each pair in reference English ({@link Collocations}), and which WordNet {@link Synonyms} fits
 * there far better than the word itself: the word's own pairs must be unremarkable while the synonym's are well
 * attested.
 */
final class ContextFit {

    /** Pseudo-count smoothing every association. */
    private static final double PRIOR = 0.5;
    /** A pair seen this often and associated at least {@link #FITS} shows the word belongs where it is. */
    private static final int ATTESTED = 2;

    private static final double FITS = 1.0;
    /** A replacement must be seen at least this often beside the neighbours or near the clause's content words. */
    private static final int MIN_SUPPORT = 3;
    /** Words and replacements rarer than this in the reference text are not judged. */
    static final int MIN_FREQUENCY = 3;
    /**
     * A replacement is at least this share as frequent as the word: spinners swap a plain word for a rarer or
     * similarly common one ("said" → "stated"), so a common word is not suspected of standing for a rare one.
     */
    private static final double RARER = 0.5;
    /** Weight of each near content word's association against the adjacent words' (which weigh 1). */
    private static final double NEAR_WEIGHT = 0.5;

    private final Collocations statistics;
    private final Synonyms synonyms;

    ContextFit(Collocations statistics, Synonyms synonyms) {
        this.statistics = statistics;
        this.synonyms = synonyms;
    }

    /** Whether a token is a word that may have been replaced: lower-case, not a function word, not rare. */
    boolean judged(StatisticsTokens.Token token) {
        return token.isWord()
                && !token.capitalised()
                && token.norm().length() > 2
                && !StatisticsTokens.isFunctionWord(token.norm())
                && statistics.count(token.norm()) >= MIN_FREQUENCY;
    }

    /** The content words of the clause at most {@link Collocations#WINDOW} tokens from token {@code i}. */
    static List<String> near(String[] context, int i) {
        List<String> near = new ArrayList<>();
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step; j >= 0 && j < context.length && Math.abs(j - i) <= Collocations.WINDOW; j += step) {
                if (context[j].equals(StatisticsTokens.BOUNDARY)) {
                    break;
                }
                if (!StatisticsTokens.isFunctionWord(context[j])) {
                    near.add(context[j]);
                }
            }
        }
        return near;
    }

    /**
     * The best-fitting synonym for {@code token} between {@code left} and {@code right} and among the {@code near}
     * content words, or null when the word fits there itself or no synonym fits clearly better; its confidence is 0.5
     * at a gain of {@code gainAtHalf} nats.
     */
    Finding replacement(StatisticsTokens.Token token, String left, String right, List<String> near, double gainAtHalf) {
        String word = token.norm();
        double leftFit = statistics.association(left, word, PRIOR);
        double rightFit = statistics.association(word, right, PRIOR);
        if (attested(left, word, leftFit) || attested(word, right, rightFit)) {
            return null;
        }
        double fit = leftFit + rightFit + NEAR_WEIGHT * nearFit(word, near);
        String best = null;
        double bestGain = 0;
        for (Synonyms.Candidate candidate : synonyms.of(word)) {
            String form = candidate.form();
            if (statistics.count(form) < Math.max(MIN_FREQUENCY, RARER * statistics.count(word))
                    || support(form, left, right, near) < MIN_SUPPORT) {
                continue;
            }
            double gain = fit(form, left, right, near) - candidate.penalty() - fit;
            if (gain > bestGain) {
                best = form;
                bestGain = gain;
            }
        }
        return best == null ? null : new Finding(token.begin(), token.end(), best, bestGain / (bestGain + gainAtHalf));
    }

    /**
     * How much better (nats, 0 when none does) the best-fitting WordNet synonym proper of {@code word} fits between
     * its neighbours and among the near content words than the word itself, without the checks a replacement must
     * pass (frequency, support, attested pairs): evidence for the region screen, not a finding.
     */
    double synonymGain(String word, String left, String right, List<String> near) {
        double fit = fit(word, left, right, near);
        double best = 0;
        for (Synonyms.Candidate candidate : synonyms.of(word)) {
            if (candidate.penalty() == 0 && statistics.count(candidate.form()) >= MIN_FREQUENCY) {
                best = Math.max(best, fit(candidate.form(), left, right, near) - fit);
            }
        }
        return best;
    }

    /** How many of the pairs (left, word) and (word, right) the reference text never shows: 0, 1 or 2. */
    int unseenPairs(String left, String word, String right) {
        return (statistics.count(left, word) == 0 ? 1 : 0) + (statistics.count(word, right) == 0 ? 1 : 0);
    }

    private double fit(String word, String left, String right, List<String> near) {
        return statistics.association(left, word, PRIOR)
                + statistics.association(word, right, PRIOR)
                + NEAR_WEIGHT * nearFit(word, near);
    }

    /** Whether the pair is seen often enough and associated strongly enough to show the words belong together. */
    boolean attested(String first, String second) {
        return attested(first, second, statistics.association(first, second, PRIOR));
    }

    private boolean attested(String first, String second, double association) {
        return association >= FITS && statistics.count(first, second) >= ATTESTED;
    }

    private double nearFit(String word, List<String> near) {
        double fit = 0;
        for (String other : near) {
            fit += statistics.nearAssociation(word, other, PRIOR);
        }
        return fit;
    }

    /** How often the form is seen beside the neighbours or near the other content words. */
    private int support(String form, String left, String right, List<String> near) {
        int support = statistics.count(left, form) + statistics.count(form, right);
        for (String other : near) {
            support += statistics.nearCount(form, other);
        }
        return support;
    }
}
