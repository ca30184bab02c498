package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges the sentences of spun regions word by word with a masked language model (BERT): a word is replaced when a
 * WordNet synonym, related word or thesaurus entry is far more probable in its sentence than the word itself. The
 * most confident replacement is taken first, the words near it are judged again in the corrected sentence, and each
 * correction is judged again once its neighbours are corrected.
 */
final class LanguageModelSweep {

    /**
     * Gain in log-probability (nats) under the masked language model at which a replacement's confidence is 0.5 in
     * a spun region: the prior odds that a word there was replaced (about 1 in 8, 2.1 nats) and the spinner's choice
     * among a word's synonyms (about 1 in 6, 1.8 nats; a {@link SpinnerChoice} may find the word a likelier choice)
     * must be overcome.
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

    private final MaskedLanguageModel model;
    private final AnsweredQueries answers;
    private final Synonyms synonyms;
    private final SpinnerChoice choice;

    /** A word put to the model: its candidates, the place scoring them, the places scoring its pieces. */
    private record Asked(int token, List<Synonyms.Candidate> candidates, int candidatePlace, int[] piecePlaces) {}

    /** The words of one sentence put to the model, the plan of their masked places and its queries. */
    private record Questions(MaskPlan plan, List<Asked> asked, List<MaskedLanguageModel.Query> queries) {}

    /**
     * @param answers the model and its answers so far in the document
     * @param choice how likely a spinner wrote a word for each candidate, or null for one choice in about six
     */
    LanguageModelSweep(AnsweredQueries answers, Synonyms synonyms, SpinnerChoice choice) {
        this.model = answers.model();
        this.answers = answers;
        this.synonyms = synonyms;
        this.choice = choice;
    }

    /** Judges every word of the given sentences; after a correction only the words near it again. */
    void sweep(Corrections document, List<int[]> sentences) {
        int size = document.tokens.size();
        Finding[] proposals = new Finding[size];
        List<Integer> accepted = new ArrayList<>();
        int[] sentenceOf = new int[size];
        Map<String, List<Integer>> occurrences = new HashMap<>();
        List<Questions> first = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int[] sentence = sentences.get(s);
            List<Integer> all = new ArrayList<>();
            for (int i = sentence[0]; i < sentence[1]; i++) {
                sentenceOf[i] = s;
                all.add(i);
                occurrences
                        .computeIfAbsent(document.tokens.get(i).norm(), w -> new ArrayList<>())
                        .add(i);
            }
            first.add(ask(document, sentence, all, proposals));
        }
        answer(document, first, proposals);
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
            List<Questions> followUps = new ArrayList<>(List.of(ask(document, sentence, near, proposals)));
            // the same word elsewhere is now more likely replaced the same way
            Map<Integer, List<Integer>> same = new TreeMap<>();
            for (int j : occurrences.get(document.tokens.get(best).norm())) {
                if (!document.flagged[j]) {
                    same.computeIfAbsent(sentenceOf[j], s -> new ArrayList<>()).add(j);
                }
            }
            same.forEach((s, indices) -> followUps.add(ask(document, sentences.get(s), indices, proposals)));
            answer(document, followUps, proposals);
        }
        recheck(document, sentences, sentenceOf, accepted);
    }

    /**
     * Judges each corrected word again once all corrections around it are made, and withdraws the correction when it
     * no longer fits better than the word: a word judged beside a still uncorrected one ("he made a telephone name":
     * "made" → "gave") is a victim of that neighbour, not a replacement itself. The outcome is that of judging them
     * one after the other in the order they were made; those that cannot see each other's outcome are asked in one
     * call of the model.
     */
    private void recheck(Corrections document, List<int[]> sentences, int[] sentenceOf, List<Integer> accepted) {
        for (List<Integer> round : rounds(document.tokens, sentenceOf, accepted)) {
            round.forEach(document::withdraw);
            Finding[] again = new Finding[document.tokens.size()];
            answer(
                    document,
                    round.stream()
                            .map(i -> ask(document, sentences.get(sentenceOf[i]), List.of(i), again))
                            .toList(),
                    again);
            for (int i : round) {
                if (again[i] != null) {
                    document.accept(again[i], true);
                }
            }
        }
    }

    /**
     * The corrections to judge again, in rounds: each after every earlier one whose outcome it reads, that is one in
     * its sentence (its context) or of the same word (the bonus for correcting a word as elsewhere). Judged round by
     * round, each sees exactly what it would see judged one at a time in order.
     */
    static List<List<Integer>> rounds(List<StatisticsTokens.Token> tokens, int[] sentenceOf, List<Integer> accepted) {
        List<List<Integer>> rounds = new ArrayList<>();
        Map<Integer, Integer> lastRoundOfSentence = new HashMap<>();
        Map<String, Integer> lastRoundOfWord = new HashMap<>();
        for (int i : accepted) {
            int round = 1
                    + Math.max(
                            lastRoundOfSentence.getOrDefault(sentenceOf[i], -1),
                            lastRoundOfWord.getOrDefault(tokens.get(i).norm(), -1));
            lastRoundOfSentence.put(sentenceOf[i], round);
            lastRoundOfWord.put(tokens.get(i).norm(), round);
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(i);
        }
        return rounds;
    }

    /**
     * The questions that set {@code proposals[i]} for each index (a token of {@code sentence}) once answered: many
     * words masked per query ({@link MaskPlan}). A word of one piece is masked and compared with its one-piece
     * candidates in one place; a word of several pieces is scored by its pseudo-log-likelihood (each piece masked
     * alone, the others seen: an upper bound on its probability, so such words are flagged only on firmer evidence)
     * against its candidates in one [MASK] put in its place.
     */
    private Questions ask(Corrections document, int[] sentence, List<Integer> indices, Finding[] proposals) {
        List<StatisticsTokens.Token> tokens = document.tokens;
        List<int[]> wordPieces = new ArrayList<>();
        for (int i = sentence[0]; i < sentence[1]; i++) {
            wordPieces.add(model.textPieces(document.reading(i)));
        }
        MaskPlan plan = new MaskPlan(wordPieces);
        List<Asked> asked = new ArrayList<>();
        for (int i : indices) {
            proposals[i] = null;
            int[] word = wordPieces.get(i - sentence[0]);
            if (!document.judgeable(i)
                    || word.length == 0
                    || Arrays.stream(word).anyMatch(model::isUnknown)) {
                continue;
            }
            String correctedElsewhere = document.correctionElsewhere(i);
            List<Synonyms.Candidate> candidates = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            if (word.length == 1) {
                ids.add(word[0]);
            }
            for (Synonyms.Candidate candidate : synonyms.broad(tokens.get(i).norm())) {
                int candidateId = model.id(candidate.form());
                if (candidateId >= 0 && (word.length > 1 || candidateId != word[0])) {
                    candidates.add(
                            candidate.form().equals(correctedElsewhere)
                                    ? new Synonyms.Candidate(candidate.form(), -CONSISTENT_BONUS)
                                    : new Synonyms.Candidate(
                                            candidate.form(),
                                            candidate.penalty()
                                                    - choiceBonus(tokens.get(i).norm(), candidate.form())));
                    ids.add(candidateId);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            int candidatePlace = plan.add(
                    i - sentence[0],
                    -1,
                    ids.stream().mapToInt(Integer::intValue).toArray());
            int[] piecePlaces = new int[word.length > 1 ? word.length : 0];
            for (int p = 0; p < piecePlaces.length; p++) {
                piecePlaces[p] = plan.add(i - sentence[0], p, new int[] {word[p]});
            }
            asked.add(new Asked(i, candidates, candidatePlace, piecePlaces));
        }
        return new Questions(plan, asked, plan.queries());
    }

    /** {@link SpinnerChoice#bonus}, or 0 without a model of the spinner's choice. */
    private double choiceBonus(String written, String original) {
        return choice == null ? 0 : choice.bonus(written, original);
    }

    /** Puts the questions of several sentences to the model together and sets the proposals from the answers. */
    private void answer(Corrections document, List<Questions> questions, Finding[] proposals) {
        List<MaskedLanguageModel.Query> queries = new ArrayList<>();
        questions.forEach(question -> queries.addAll(question.queries()));
        float[][][] answered = answers.logProbabilities(queries);
        int first = 0;
        for (Questions question : questions) {
            float[][][] own = Arrays.copyOfRange(
                    answered, first, first + question.queries().size());
            first += question.queries().size();
            for (Asked asked : question.asked()) {
                proposals[asked.token()] = best(document.tokens.get(asked.token()), asked, question.plan(), own);
            }
        }
    }

    /** The candidate whose gain over the word is largest and positive, as a finding, or null. */
    private static Finding best(StatisticsTokens.Token token, Asked asked, MaskPlan plan, float[][][] answers) {
        float[] candidateScores = plan.scores(answers, asked.candidatePlace());
        int offset = asked.piecePlaces().length == 0 ? 1 : 0;
        double wordScore = offset == 1 ? candidateScores[0] : 0;
        for (int place : asked.piecePlaces()) {
            wordScore += plan.scores(answers, place)[0];
        }
        int best = -1;
        double bestGain = 0;
        List<Synonyms.Candidate> candidates = asked.candidates();
        for (int c = 0; c < candidates.size(); c++) {
            double gain =
                    candidateScores[c + offset] - wordScore - candidates.get(c).penalty();
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
