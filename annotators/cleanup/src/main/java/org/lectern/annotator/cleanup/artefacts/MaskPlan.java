package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packs the places a sentence's words are to be masked at into few {@link MaskedLanguageModel.Query queries}: each
 * query masks several places at least {@link #GAP} words apart, so that every masked word keeps its neighbours while
 * one pass of the model judges many words. A place is either a whole word (all its pieces put in one [MASK], which
 * one-piece candidates are scored in) or one piece of a word split into several (the others seen).
 */
final class MaskPlan {

    /** Masked places of one query are at least this many words apart: each keeps the words next to it. */
    static final int GAP = 3;
    /** Word pieces the masked places of one query may spread over, leaving context on both sides in the window. */
    private static final int SPAN = 32;
    /** Word pieces given to the model per query: BERT needs no more context than this to judge a word. */
    static final int WINDOW = 64;

    /** A place to mask: a word (index in the sentence), its piece or -1 for the whole word, the pieces to score. */
    private record Place(int word, int piece, int[] choices) {}

    private final List<int[]> wordPieces;
    private final int[] firstPiece;
    private final List<Place> places = new ArrayList<>();
    private int[] queryOf;
    private int[] slotOf;

    /** @param wordPieces the word pieces of each word of the sentence, in order */
    MaskPlan(List<int[]> wordPieces) {
        this.wordPieces = wordPieces;
        this.firstPiece = new int[wordPieces.size() + 1];
        for (int w = 0; w < wordPieces.size(); w++) {
            firstPiece[w + 1] = firstPiece[w] + wordPieces.get(w).length;
        }
    }

    /** Adds a place: word {@code word}'s piece {@code piece}, or the whole word for -1; returns its number. */
    int add(int word, int piece, int[] choices) {
        places.add(new Place(word, piece, choices));
        return places.size() - 1;
    }

    /** The queries judging every place added, as few as the spacing allows. */
    List<MaskedLanguageModel.Query> queries() {
        List<List<Integer>> passes = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            List<Integer> chosen = null;
            for (int q = 0; q < passes.size() && chosen == null; q++) {
                chosen = fits(passes.get(q), places.get(p)) ? passes.get(q) : null;
            }
            if (chosen == null) {
                chosen = new ArrayList<>();
                passes.add(chosen);
            }
            chosen.add(p);
        }
        queryOf = new int[places.size()];
        slotOf = new int[places.size()];
        List<MaskedLanguageModel.Query> queries = new ArrayList<>();
        for (List<Integer> pass : passes) {
            queries.add(query(pass, queries.size()));
        }
        return queries;
    }

    /** Whether a place is {@link #GAP} words from every place of a pass and they all stay within {@link #SPAN}. */
    private boolean fits(List<Integer> pass, Place place) {
        int from = firstPiece[place.word()];
        int to = firstPiece[place.word() + 1];
        for (int p : pass) {
            int word = places.get(p).word();
            if (Math.abs(word - place.word()) < GAP) {
                return false;
            }
            from = Math.min(from, firstPiece[word]);
            to = Math.max(to, firstPiece[word + 1]);
        }
        return to - from <= SPAN;
    }

    /** The log-probabilities of a place's choices, from the model's answer to {@link #queries()}. */
    float[] scores(float[][][] answers, int place) {
        return answers[queryOf[place]][slotOf[place]];
    }

    private MaskedLanguageModel.Query query(List<Integer> pass, int number) {
        Place[] byWord = new Place[wordPieces.size()];
        for (int p : pass) {
            byWord[places.get(p).word()] = places.get(p);
        }
        int[] pieces = new int[firstPiece[wordPieces.size()]];
        int length = 0;
        int[] maskedAt = new int[wordPieces.size()];
        for (int w = 0; w < wordPieces.size(); w++) {
            int[] word = wordPieces.get(w);
            Place place = byWord[w];
            if (place != null && place.piece() < 0) {
                maskedAt[w] = length;
                pieces[length++] = word.length > 0 ? word[0] : 0; // the model puts [MASK] there
            } else {
                maskedAt[w] = place == null ? -1 : length + place.piece();
                System.arraycopy(word, 0, pieces, length, word.length);
                length += word.length;
            }
        }
        int low = Integer.MAX_VALUE;
        int high = 0;
        for (int p : pass) {
            low = Math.min(low, maskedAt[places.get(p).word()]);
            high = Math.max(high, maskedAt[places.get(p).word()]);
        }
        int start = Math.max(0, Math.min(low - (WINDOW - (high - low + 1)) / 2, length - WINDOW));
        int end = Math.min(length, start + WINDOW);
        int[] masked = new int[pass.size()];
        int[][] choices = new int[masked.length][];
        boolean[] normalized = new boolean[masked.length];
        for (int slot = 0; slot < masked.length; slot++) {
            int p = pass.get(slot);
            Place place = places.get(p);
            masked[slot] = maskedAt[place.word()] - start;
            choices[slot] = place.choices();
            // a word of several pieces is scored across places: its pieces' and its candidates' must be comparable
            normalized[slot] = place.piece() >= 0 || wordPieces.get(place.word()).length > 1;
            queryOf[p] = number;
            slotOf[p] = slot;
        }
        return new MaskedLanguageModel.Query(Arrays.copyOfRange(pieces, start, end), masked, choices, normalized);
    }
}
