package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides, region by region, whether a document was spun: a region is a run of whole sentences holding at least
 * {@link #REGION_WORDS} judged words, and it counts as spun when its words fit their context so often worse than a
 * synonym would ("suspects": a word-pair gain of at least {@link #SUSPECT_GAIN} nats, or a finding already made)
 * that clean text would show as many suspects by chance less often than {@link #FALSE_ALARM} of the time. The
 * chance rate is {@link #CLEAN_SUSPECT_RATE}, measured on unspun news the statistics were not counted from. Every
 * word is looked at once, so the cost is linear in the document's length, and a rate, not a count, decides.
 */
final class SpunRegions {

    /** Judged words per region (about 250 words, a few paragraphs): a spun region's excess of suspects shows. */
    static final int REGION_WORDS = 100;
    /**
     * Word-pair gain (nats) that makes a word a suspect. On 300 BBC articles (statistics counted without them)
     * spun at one content word in five, 3 nats is reached by 14–17 % of replaced words and 2.5 % of the others,
     * the best ratio short of the gains too rare to count in a region ({@code ScreeningCalibration}).
     */
    static final double SUSPECT_GAIN = 3.0;
    /** Share of judged words that are suspects in unspun news: {@code ScreeningCalibration}, same articles. */
    static final double CLEAN_SUSPECT_RATE = 0.025;
    /**
     * Chance that a clean region is taken for spun. The language model, made to judge clean text, flags about 11.6
     * words in 1,000 at its bar; so that clean news stays under 0.5 false flags per 1,000 words, at most 4 % of its
     * regions may go to the model.
     */
    static final double FALSE_ALARM = 0.03;

    /** A clause boundary holding one of these ends a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

    private final ContextFit fit;

    /** A run of sentences [from, to) in token indices, its judged words and suspects. */
    record Region(int from, int to, int words, int suspects, List<int[]> sentences) {

        double rate() {
            return words == 0 ? 0 : suspects / (double) words;
        }
    }

    SpunRegions(ContextFit fit) {
        this.fit = fit;
    }

    /** The document's regions in text order; words already flagged (rules, confident replacements) are suspects. */
    List<Region> regions(Corrections document) {
        List<Region> regions = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        int words = 0;
        int suspects = 0;
        for (int[] sentence : sentences(document)) {
            sentences.add(sentence);
            for (int i = sentence[0]; i < sentence[1]; i++) {
                if (document.flagged[i] && document.tokens.get(i).isWord()) {
                    words++;
                    suspects++;
                } else if (i > 0 && i + 1 < document.tokens.size() && document.judgeable(i)) {
                    words++;
                    suspects += suspect(document, i) ? 1 : 0;
                }
            }
            if (words >= REGION_WORDS) {
                regions.add(new Region(sentences.get(0)[0], sentence[1], words, suspects, sentences));
                sentences = new ArrayList<>();
                words = 0;
                suspects = 0;
            }
        }
        if (!sentences.isEmpty()) {
            regions.add(new Region(
                    sentences.get(0)[0], sentences.get(sentences.size() - 1)[1], words, suspects, sentences));
        }
        return regions;
    }

    /** Whether so many suspects among so many words would come by chance in clean text less often than allowed. */
    static boolean spun(Region region) {
        return region.suspects() > 0 && binomialTail(region.words(), region.suspects()) < FALSE_ALARM;
    }

    /**
     * How spun a document reads: the share of its judged words that were found replaced (rules' phrases count each
     * word), 0 when it has none.
     */
    static double spinScore(Corrections document, List<Region> regions) {
        int words = regions.stream().mapToInt(Region::words).sum();
        int found = 0;
        for (int i = 0; i < document.tokens.size(); i++) {
            found += document.flagged[i] && document.tokens.get(i).isWord() ? 1 : 0;
        }
        return words == 0 ? 0 : Math.min(1, found / (double) words);
    }

    private boolean suspect(Corrections document, int i) {
        String[] context = document.context;
        Finding replacement = fit.replacement(
                document.tokens.get(i), context[i - 1], context[i + 1], ContextFit.near(context, i), SUSPECT_GAIN);
        return replacement != null && replacement.confidence() >= 0.5;
    }

    /** P(X ≥ k) for X ~ Binomial(n, {@link #CLEAN_SUSPECT_RATE}). */
    private static double binomialTail(int n, int k) {
        double p = CLEAN_SUSPECT_RATE;
        double term = Math.pow(1 - p, n); // P(X = 0)
        double below = 0;
        for (int j = 0; j < k; j++) {
            below += term;
            term *= (n - j) / (double) (j + 1) * p / (1 - p);
        }
        return Math.max(0, 1 - below);
    }

    /**
     * Token ranges [from, to) of the sentences: a clause boundary holding a full stop, question or exclamation mark
     * or a line break ends one. Split on the statistics' tokens, not the segmenter's sentences, so that each sentence
     * is a whole range of the tokens the sweeps judge.
     */
    static List<int[]> sentences(Corrections document) {
        List<int[]> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < document.tokens.size(); i++) {
            StatisticsTokens.Token token = document.tokens.get(i);
            if (token.norm().equals(StatisticsTokens.BOUNDARY)
                    && SENTENCE_END
                            .matcher(document.text.substring(token.begin(), token.end()))
                            .find()) {
                sentences.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        if (from < document.tokens.size()) {
            sentences.add(new int[] {from, document.tokens.size()});
        }
        return sentences;
    }
}
