package org.lectern.annotator.cleanup.artefacts;

/**
 * How much better than a word its best-fitting WordNet synonym proper agrees with the content words around it: the
 * cosine between each candidate's {@link WordVectors} vector and the mean of its neighbours'. This sees the topic of
 * the passage, where the pair statistics of {@link ContextFit} see only pairs that were counted ("aid shipment"
 * never was); a spinner's wrong-sense synonym ("locker" for "cabinet" among ministers) drifts off the topic its
 * original was on, while a word that was written there rarely has a synonym closer to it.
 */
final class VectorFit {

    /** Tokens on each side whose content words make a word's context (about a sentence). */
    static final int WINDOW = 12;

    private final WordVectors vectors;
    private final Synonyms synonyms;

    VectorFit(WordVectors vectors, Synonyms synonyms) {
        this.vectors = vectors;
        this.synonyms = synonyms;
    }

    /**
     * The best synonym's cosine with token {@code i}'s context less the word's own (−2 to 2), or NaN when the word,
     * every synonym or the whole context lacks a vector.
     */
    double synonymGain(String[] context, int i) {
        float[] word = vectors.of(context[i]);
        if (word == null) {
            return Double.NaN;
        }
        float[] around = new float[WordVectors.DIMENSIONS];
        boolean any = false;
        for (int j = Math.max(0, i - WINDOW); j <= Math.min(context.length - 1, i + WINDOW); j++) {
            float[] other = j == i || StatisticsTokens.isFunctionWord(context[j]) ? null : vectors.of(context[j]);
            if (other != null) {
                any = true;
                for (int d = 0; d < around.length; d++) {
                    around[d] += other[d];
                }
            }
        }
        double best = Double.NEGATIVE_INFINITY;
        for (Synonyms.Candidate candidate : synonyms.of(context[i])) {
            float[] synonym = candidate.penalty() == 0 ? vectors.of(candidate.form()) : null;
            if (synonym != null) {
                best = Math.max(best, dot(synonym, around));
            }
        }
        if (!any || best == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        double length = Math.sqrt(dot(around, around));
        return (best - dot(word, around)) / length;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < b.length; d++) {
            sum += a[d] * b[d];
        }
        return sum;
    }
}
