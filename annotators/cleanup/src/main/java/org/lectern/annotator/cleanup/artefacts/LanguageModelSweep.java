package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Judges a document that shows spinning word by word with a masked language model (BERT): a word is replaced when a
 * WordNet synonym, related word or thesaurus entry is far more probable in its sentence than the word itself. The
 * most confident replacement is taken first, the words near it are judged again in the corrected sentence, and each
 * correction is judged again once its neighbours are corrected.
 */
final class LanguageModelSweep {

    /**
     * Gain in log-probability (nats) under the masked language model at which a replacement's confidence is 0.5 in
     * a document that shows spinning: the prior odds that a word there was replaced (about 1 in 8, 2.1 nats) and the
     * spinner's choice among a word's synonyms (about 1 in 6, 1.8 nats) must be overcome.
     */
    static final double MODEL_GAIN_AT_HALF = 4.0;
    /**
     * Bonus (nats) for correcting a word the way the same word was corrected elsewhere in the document, instead of
     * the candidate's penalty: a spinner replaces a word through one thesaurus entry, so once a word is known to be
     * replaced, the odds that its other occurrences are too, and by the same word, are far higher than for any word.
     */
    private static final double CONSISTENT_BONUS = 2.0;
    /** Words this many tokens from a correction are judged again in the corrected sentence. */
    private static final int MODEL_WINDOW = 2;
    /** A clause boundary holding one of these ends a sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\\n]");

    private final MaskedLanguageModel model;
    private final Synonyms synonyms;

    /** A word put to the language model, and the candidates it is asked about (in query order after the word). */
    private record Asked(int token, List<Synonyms.Candidate> candidates) {}

    LanguageModelSweep(MaskedLanguageModel model, Synonyms synonyms) {
        this.model = model;
        this.synonyms = synonyms;
    }

    /** Judges every word of {@code document} in its sentence; after a correction only the words near it again. */
    void sweep(Corrections document) {
        int size = document.tokens.size();
        Finding[] proposals = new Finding[size];
        List<Integer> accepted = new ArrayList<>();
        int[] sentenceOf = new int[size];
        List<int[]> sentences = sentences(document);
        for (int s = 0; s < sentences.size(); s++) {
            int[] sentence = sentences.get(s);
            List<Integer> all = new ArrayList<>();
            for (int i = sentence[0]; i < sentence[1]; i++) {
                sentenceOf[i] = s;
                all.add(i);
            }
            propose(document, sentence, all, proposals);
        }
        for (int best; (best = document.mostConfident(proposals)) >= 0; ) {
            document.accept(proposals[best], true);
            accepted.add(best);
            proposals[best] = null;
            int[] sentence = sentences.get(sentenceOf[best]);
            List<Integer> near = new ArrayList<>();
            for (int j = Math.max(sentence[0], best - MODEL_WINDOW);
                    j < Math.min(sentence[1], best + MODEL_WINDOW + 1);
                    j++) {
                if (proposals[j] != null) {
                    near.add(j);
                }
            }
            propose(document, sentence, near, proposals);
            // the same word elsewhere is now more likely replaced the same way
            Map<Integer, List<Integer>> same = new TreeMap<>();
            String word = document.tokens.get(best).norm();
            for (int j = 0; j < size; j++) {
                if (!document.flagged[j] && document.tokens.get(j).norm().equals(word)) {
                    same.computeIfAbsent(sentenceOf[j], s -> new ArrayList<>()).add(j);
                }
            }
            same.forEach((s, indices) -> propose(document, sentences.get(s), indices, proposals));
        }
        for (int i : accepted) {
            recheck(document, i, sentences.get(sentenceOf[i]));
        }
    }

    /**
     * Judges a corrected word again once all corrections around it are made, and withdraws the correction when it
     * no longer fits better than the word: a word judged beside a still uncorrected one ("he made a telephone name":
     * "made" → "gave") is a victim of that neighbour, not a replacement itself.
     */
    private void recheck(Corrections document, int i, int[] sentence) {
        document.withdraw(i);
        Finding[] again = new Finding[document.tokens.size()];
        propose(document, sentence, List.of(i), again);
        if (again[i] != null) {
            document.accept(again[i], true);
        }
    }

    /**
     * Token ranges [from, to) of the sentences the model is given: a clause boundary holding a full stop, question or
     * exclamation mark or a line break ends one. Split on the statistics' tokens, not the segmenter's sentences, so
     * that each sentence is a whole range of the tokens the sweep judges.
     */
    private static List<int[]> sentences(Corrections document) {
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

    /** Sets {@code proposals[i]} for each index (a token of {@code sentence}) from one batch of model queries. */
    private void propose(Corrections document, int[] sentence, List<Integer> indices, Finding[] proposals) {
        List<StatisticsTokens.Token> tokens = document.tokens;
        int[] firstPiece = new int[sentence[1] - sentence[0] + 1];
        int[][] tokenPieces = new int[sentence[1] - sentence[0]][];
        int count = 0;
        for (int i = sentence[0]; i < sentence[1]; i++) {
            firstPiece[i - sentence[0]] = count;
            StatisticsTokens.Token token = tokens.get(i);
            String surface = document.flagged[i]
                    ? document.context[i]
                    : document.text.substring(token.begin(), token.end()).toLowerCase(Locale.ROOT);
            tokenPieces[i - sentence[0]] = model.textPieces(surface);
            count += tokenPieces[i - sentence[0]].length;
        }
        firstPiece[sentence[1] - sentence[0]] = count;
        int[] all = new int[count];
        for (int t = 0; t < tokenPieces.length; t++) {
            System.arraycopy(tokenPieces[t], 0, all, firstPiece[t], tokenPieces[t].length);
        }
        int room = MaskedLanguageModel.MAX_PIECES - 2;
        List<MaskedLanguageModel.Query> queries = new ArrayList<>();
        List<Asked> asked = new ArrayList<>();
        for (int i : indices) {
            proposals[i] = null;
            StatisticsTokens.Token token = tokens.get(i);
            int at = firstPiece[i - sentence[0]];
            int id = model.id(token.norm());
            if (!document.judgeable(i) || id < 0 || firstPiece[i - sentence[0] + 1] != at + 1) {
                continue;
            }
            String correctedElsewhere = document.correctionElsewhere(i);
            List<Synonyms.Candidate> candidates = new ArrayList<>();
            List<Integer> ids = new ArrayList<>(List.of(id));
            for (Synonyms.Candidate candidate : synonyms.broad(token.norm())) {
                int candidateId = model.id(candidate.form());
                if (candidateId >= 0 && candidateId != id) {
                    candidates.add(
                            candidate.form().equals(correctedElsewhere)
                                    ? new Synonyms.Candidate(candidate.form(), -CONSISTENT_BONUS)
                                    : candidate);
                    ids.add(candidateId);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            // a sentence longer than the model takes is cut to a window around the word
            int start = Math.max(0, Math.min(at - room / 2, all.length - room));
            int[] window = Arrays.copyOfRange(all, start, Math.min(all.length, start + room));
            queries.add(new MaskedLanguageModel.Query(
                    window, at - start, ids.stream().mapToInt(Integer::intValue).toArray()));
            asked.add(new Asked(i, candidates));
        }
        float[][] logProbabilities = model.logProbabilities(queries);
        for (int q = 0; q < queries.size(); q++) {
            proposals[asked.get(q).token()] = best(tokens.get(asked.get(q).token()), asked.get(q), logProbabilities[q]);
        }
    }

    /** The candidate whose gain over the word (scores[0]) is largest and positive, as a finding, or null. */
    private static Finding best(StatisticsTokens.Token token, Asked asked, float[] scores) {
        int best = -1;
        double bestGain = 0;
        List<Synonyms.Candidate> candidates = asked.candidates();
        for (int c = 0; c < candidates.size(); c++) {
            double gain = scores[c + 1] - scores[0] - candidates.get(c).penalty();
            if (gain > bestGain) {
                best = c;
                bestGain = gain;
            }
        }
        return best < 0
                ? null
                : new Finding(
                        token.begin(),
                        token.end(),
                        candidates.get(best).form(),
                        bestGain / (bestGain + MODEL_GAIN_AT_HALF));
    }
}
