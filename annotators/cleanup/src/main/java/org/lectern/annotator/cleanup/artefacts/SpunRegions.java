package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides, region by region, whether a document was spun: a region is a run of whole sentences holding at least
 * {@link #REGION_WORDS} judged words. Each judged word gives evidence from two cheap signals: the word-pair statistics
 * (how much better its best WordNet synonym would fit its context, {@link ContextFit#synonymGain}, and how many of
 * its two adjacent pairs the reference text never shows, {@link ContextFit#unseenPairs}) and the word vectors (how
 * much closer a synonym lies to the topic of its neighbours, {@link VectorFit#synonymGain}), each class weighed by how
 * much more often replaced words than others show it ({@link #LIKELIHOOD_RATIO}, {@link #VECTOR_LIKELIHOOD_RATIO};
 * the two signals' ratios are multiplied, as if independent). A region's evidence is the log-likelihood ratio of "a
 * share {@link #REPLACED_SHARE} of these words was replaced" against "none was"; it counts as spun when clean text
 * would reach that evidence less often than {@link #FALSE_ALARM} of the time. Every word is looked at once, so the
 * cost is linear in the document's length, and a rate, not a count, decides.
 */
final class SpunRegions {

    /** Judged words per region (about 250 words, a few paragraphs): a spun region's excess of evidence shows. */
    static final int REGION_WORDS = 100;
    /** Upper bounds (nats) of the synonym-gain classes below the last: 0, up to 1, 2, 3, 4, 6, above 6. */
    private static final double[] GAIN_CLASSES = {0, 1, 2, 3, 4, 6};
    /**
     * P(class | replaced) / P(class | not replaced) for each synonym-gain class (rows) and number of unseen
     * adjacent pairs (columns) of a {@link #wordClass}, counted by {@code ScreeningCalibration} on 1,098 BBC articles
     * (numbers 101–400 of each category, not those SpinBenchmark scores), unspun and spun at one content word in five
     * by both of its spinners, with statistics counted without them.
     */
    private static final double[] LIKELIHOOD_RATIO = {
        0.15, 0.31, 0.69, // no synonym fits better
        0.67, 0.95, 1.33, // up to 1 nat
        1.12, 1.44, 2.11,
        1.87, 2.31, 3.45,
        2.73, 3.91, 5.97,
        4.05, 7.91, 10.89,
        10.67, 44.28, 44.95 // above 6 nats
    };
    /** Upper bounds of the vector-gain classes after the first (no vector): up to −0.1, 0, …, 0.3, above 0.3. */
    private static final double[] VECTOR_GAIN_CLASSES = {-0.1, 0, 0.05, 0.1, 0.15, 0.2, 0.3};

    static final int VECTOR_CLASSES = VECTOR_GAIN_CLASSES.length + 2;
    /**
     * P(class | replaced) / P(class | not replaced) for each vector-gain class ({@link #VECTOR_GAIN_CLASSES}, the
     * first for words without a vector gain), counted as {@link #LIKELIHOOD_RATIO} was.
     */
    private static final double[] VECTOR_LIKELIHOOD_RATIO = {0.07, 0.08, 0.39, 0.84, 1.35, 1.91, 2.72, 4.50, 8.91};
    /**
     * Share of a spun region's judged words taken as replaced: half the rate the screen is asked to catch (one
     * content word in five), so that lighter spinning still adds evidence.
     */
    static final double REPLACED_SHARE = 0.1;
    /** Mean and standard deviation of one judged word's evidence in unspun news ({@code ScreeningCalibration}). */
    static final double CLEAN_MEAN = -0.00139;

    static final double CLEAN_SD = 0.18068;
    /**
     * Chance that a clean region is taken for spun. The language model, made to judge clean text, flags about 12.6
     * words in 1,000 at its bar (20 BBC articles, every region judged), the word-pair stage alone under 0.1; so that
     * clean news stays under 0.5 false flags per 1,000 words, at most (0.5 − 0.1) / 12.6 = 3.2 % of its regions may
     * go to the model. Regions of other articles pass a bar calibrated at 3 % a little more often (3.5 %), hence 2.5 %.
     */
    static final double FALSE_ALARM = 0.025;
    /**
     * Standard scores above the clean mean a region's evidence must reach: {@link #FALSE_ALARM} of the unspun
     * calibration regions do ({@code ScreeningCalibration}, 1,376 regions; the normal tail would say 1.96).
     */
    static final double SPUN_SCORE = 3.301;
    /**
     * Standard score from which the language model judges a region, as text for the annotator's parameter default:
     * 4.4 % of the unspun calibration regions reach it, and as the model judges a clean region in two stages, at
     * about 0.6 of the cost of judging it whole ({@link #FIRST_STAGE_SHARE}), clean news costs what judging
     * {@link #FALSE_ALARM} of its regions whole did. False flags do not follow the share judged: the model must
     * confirm a region ({@link #CONFIRMED_RATE}).
     */
    static final String JUDGED_SCORE_TEXT = "2.75";

    /**
     * Confidence of a language-model finding that counts towards a region's verdict: a gain of 8 nats, which the
     * model reaches on about 1 clean judged word in 200 but on most replaced words it finds.
     */
    static final double STRONG_CONFIDENCE = 8 / (8 + LanguageModelSweep.MODEL_GAIN_AT_HALF);
    /**
     * Strong findings per judged word at which a region the language model judged is confirmed as spun. Clean
     * regions the screen sends to the model show about 1 per 100 judged words, so 4 or more come by chance in about
     * 2 % of them (Poisson); regions spun at one content word in five show 3 to 16, most above 5 ({@code
     * JudgeCalibration}, 2026-12-05: 55 unspun and 2 × 15 spun calibration articles, none of those SpinBenchmark
     * scores).
     */
    static final double CONFIRMED_RATE = 0.04;

    /**
     * Share of a region's tokens judged first ({@link #firstStage}); the rest is judged only when they show a strong
     * finding. A region at the confirmation bar ({@link #CONFIRMED_RATE}) shows one there with chance 1 − e^−1.6 =
     * 0.80, a typical spun region (about 8 strong findings per 100 judged words, {@code JudgeCalibration}) 0.96,
     * a clean one (about 1) 0.33: judging a clean region costs about 0.4 + 0.6 × 0.33 = 0.6 of judging it whole.
     */
    static final double FIRST_STAGE_SHARE = 0.4;

    /** A clause boundary holding one of these ends a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

    /** Word-pair classes: 7 synonym-gain classes times 0, 1 or 2 unseen adjacent pairs. */
    static final int PAIR_CLASSES = (GAIN_CLASSES.length + 1) * 3;
    /** Word classes: a word-pair class times {@link #VECTOR_CLASSES} plus a vector class. */
    static final int CLASSES = PAIR_CLASSES * VECTOR_CLASSES;
    /** Each class's evidence; a word already found replaced gives the last (strongest) class's. */
    private static final double[] EVIDENCE = java.util.stream.IntStream.range(0, CLASSES)
            .mapToDouble(
                    c -> evidence(LIKELIHOOD_RATIO[c / VECTOR_CLASSES] * VECTOR_LIKELIHOOD_RATIO[c % VECTOR_CLASSES]))
            .toArray();

    private final ContextFit fit;
    private final VectorFit vectorFit;

    /** A run of sentences [from, to) in token indices, its judged words and their evidence of spinning. */
    record Region(int from, int to, int words, double evidence, List<int[]> sentences) {

        /**
         * How far the evidence lies above what clean text of this length shows, in standard deviations. A stretch
         * shorter than half a region (a short document) counts as if the rest were clean words of average evidence:
         * the normal tail understates how often a few words' heavy-tailed evidence runs high by chance, so one
         * poorly fitting word in a sentence is no sign of spinning.
         */
        double score() {
            int counted = Math.max(words, REGION_WORDS / 2);
            return words == 0 ? 0 : (evidence - words * CLEAN_MEAN) / (CLEAN_SD * Math.sqrt(counted));
        }
    }

    SpunRegions(ContextFit fit, VectorFit vectorFit) {
        this.fit = fit;
        this.vectorFit = vectorFit;
    }

    /**
     * The document's regions in text order; words already flagged (rules, confident replacements) give the
     * strongest evidence. A last stretch shorter than half a region joins the region before it.
     */
    List<Region> regions(Corrections document) {
        List<Region> regions = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        int words = 0;
        double evidence = 0;
        for (int[] sentence : sentences(document)) {
            sentences.add(sentence);
            for (int i = sentence[0]; i < sentence[1]; i++) {
                if (document.flagged[i] && document.tokens.get(i).isWord()) {
                    words++;
                    evidence += EVIDENCE[CLASSES - 1];
                } else if (i > 0 && i + 1 < document.tokens.size() && document.judgeable(i)) {
                    words++;
                    evidence += EVIDENCE[wordClass(document, i)];
                }
            }
            if (words >= REGION_WORDS) {
                regions.add(new Region(sentences.get(0)[0], sentence[1], words, evidence, sentences));
                sentences = new ArrayList<>();
                words = 0;
                evidence = 0;
            }
        }
        if (!sentences.isEmpty()) {
            if (words < REGION_WORDS / 2 && !regions.isEmpty()) {
                Region last = regions.remove(regions.size() - 1);
                List<int[]> joined = new ArrayList<>(last.sentences());
                joined.addAll(sentences);
                words += last.words();
                evidence += last.evidence();
                sentences = joined;
            }
            regions.add(new Region(
                    sentences.get(0)[0], sentences.get(sentences.size() - 1)[1], words, evidence, sentences));
        }
        return regions;
    }

    /**
     * Whether a judged region's strong findings (words the rules or word pairs flagged, and the language model's
     * findings of at least {@link #STRONG_CONFIDENCE}) are frequent enough to show that it was spun; a region
     * shorter than half a region counts as half a region.
     */
    static boolean confirmed(Region region, long strongFindings) {
        return strongFindings >= CONFIRMED_RATE * Math.max(region.words(), REGION_WORDS / 2);
    }

    /**
     * The number of a region's first sentences judged first: those holding {@link #FIRST_STAGE_SHARE} of its tokens.
     */
    static int firstStage(List<int[]> sentences) {
        int from = sentences.get(0)[0];
        int tokens = sentences.get(sentences.size() - 1)[1] - from;
        int staged = 1;
        while (staged < sentences.size() && sentences.get(staged - 1)[1] - from < FIRST_STAGE_SHARE * tokens) {
            staged++;
        }
        return staged;
    }

    /** Whether clean text would show a region's evidence less often than {@link #FALSE_ALARM} of the time. */
    static boolean spun(Region region) {
        return region.score() > SPUN_SCORE;
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

    /**
     * A judged word's class: its word-pair class (synonym-gain class times 3 plus its number of unseen adjacent
     * pairs) times {@link #VECTOR_CLASSES} plus its vector class.
     */
    int wordClass(Corrections document, int i) {
        String[] context = document.context;
        double gain = fit.synonymGain(context[i], context[i - 1], context[i + 1], ContextFit.near(context, i));
        int pairClass = upTo(GAIN_CLASSES, gain) * 3 + fit.unseenPairs(context[i - 1], context[i], context[i + 1]);
        double vectorGain = vectorFit.synonymGain(context, i);
        int vectorClass = Double.isNaN(vectorGain) ? 0 : 1 + upTo(VECTOR_GAIN_CLASSES, vectorGain);
        return pairClass * VECTOR_CLASSES + vectorClass;
    }

    /** The number of class bounds (ascending) that {@code value} exceeds: its class among them. */
    static int upTo(double[] bounds, double value) {
        int k = 0;
        while (k < bounds.length && value > bounds[k]) {
            k++;
        }
        return k;
    }

    /** A word's share of a region's log-likelihood ratio, log((1 − ρ) + ρ · LR), for its class's ratio LR. */
    static double evidence(double likelihoodRatio) {
        return Math.log(1 - REPLACED_SHARE + REPLACED_SHARE * likelihoodRatio);
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
