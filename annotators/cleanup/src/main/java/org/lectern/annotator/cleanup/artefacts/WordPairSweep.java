package org.lectern.annotator.cleanup.artefacts;

import java.util.Arrays;
import java.util.List;

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
        sweep(document, gainAtHalf, List.of(new int[] {0, document.tokens.size()}));
    }

    /** Like {@link #sweep(Corrections, double)}, judging only the words of the given token ranges [from, to). */
    void sweep(Corrections document, double gainAtHalf, List<int[]> ranges) {
        int size = document.tokens.size();
        boolean[] inside = new boolean[size];
        for (int[] range : ranges) {
            Arrays.fill(inside, range[0], range[1], true);
        }
        Finding[] proposals = new Finding[size];
        for (int i = 1; i + 1 < size; i++) {
            proposals[i] = inside[i] ? propose(document, i, gainAtHalf) : null;
        }
        for (int best; (best = document.mostConfident(proposals)) >= 0; ) {
            document.accept(proposals[best], true);
            proposals[best] = null;
            for (int j = Math.max(1, best - Collocations.WINDOW);
                    j <= Math.min(size - 2, best + Collocations.WINDOW);
                    j++) {
                proposals[j] = inside[j] ? propose(document, j, gainAtHalf) : null;
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
