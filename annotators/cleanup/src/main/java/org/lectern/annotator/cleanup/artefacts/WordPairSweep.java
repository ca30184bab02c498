package org.lectern.annotator.cleanup.artefacts;

/**
 * Judges every word of a document by its {@link ContextFit} and takes the most confident replacement first; the
 * words near it are judged again in the corrected context, until no replacement is confident enough.
 */
final class WordPairSweep {

    private final ContextFit fit;

    WordPairSweep(ContextFit fit) {
        this.fit = fit;
    }

    /** Sweeps {@code document}; a replacement's confidence is 0.5 when it fits {@code gainAtHalf} nats better. */
    void sweep(Corrections document, double gainAtHalf) {
        int size = document.tokens.size();
        Finding[] proposals = new Finding[size];
        for (int i = 1; i + 1 < size; i++) {
            proposals[i] = propose(document, i, gainAtHalf);
        }
        for (int best; (best = document.mostConfident(proposals)) >= 0; ) {
            document.accept(proposals[best], true);
            proposals[best] = null;
            for (int j = Math.max(1, best - Collocations.WINDOW);
                    j <= Math.min(size - 2, best + Collocations.WINDOW);
                    j++) {
                proposals[j] = propose(document, j, gainAtHalf);
            }
        }
    }

    private Finding propose(Corrections document, int i, double gainAtHalf) {
        if (!document.judgeable(i)) {
            return null;
        }
        String[] context = document.context;
        return fit.replacement(
                document.tokens.get(i), context[i - 1], context[i + 1], ContextFit.near(context, i), gainAtHalf);
    }
}
