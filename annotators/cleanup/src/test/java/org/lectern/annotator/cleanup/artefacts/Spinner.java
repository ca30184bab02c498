package org.lectern.annotator.cleanup.artefacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Spins text the way a thesaurus-driven spinner does: each judged content word is replaced, with probability
 * {@code rate}, by its most frequent WordNet synonym (or with {@code anySynonym} by one at random), and "said" by
 * "stated" with probability {@code statedRate}.
 */
final class Spinner {

    /** Spun text, the spans of the replacements in it and the words they replaced. */
    record Spun(String text, List<int[]> spans, List<String> originals, int words) {}

    private final Synonyms synonyms;
    private final Collocations counts;
    private final double rate;
    private final boolean anySynonym;
    private final double statedRate;
    private final Random random;

    Spinner(Synonyms synonyms, Collocations counts, double rate, boolean anySynonym, double statedRate, Random random) {
        this.synonyms = synonyms;
        this.counts = counts;
        this.rate = rate;
        this.anySynonym = anySynonym;
        this.statedRate = statedRate;
        this.random = random;
    }

    Spun spin(String text) {
        StringBuilder spun = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        int copied = 0;
        int words = 0;
        for (StatisticsTokens.Token token : StatisticsTokens.of(text)) {
            if (!token.isWord()) {
                continue;
            }
            words++;
            String replacement = replacement(token);
            if (replacement != null) {
                spun.append(text, copied, token.begin());
                spans.add(new int[] {spun.length(), spun.length() + replacement.length()});
                originals.add(token.norm());
                spun.append(replacement);
                copied = token.end();
            }
        }
        spun.append(text.substring(copied));
        return new Spun(spun.toString(), spans, originals, words);
    }

    private String replacement(StatisticsTokens.Token token) {
        String word = token.norm();
        if (word.equals("said")) {
            return random.nextDouble() < statedRate ? "stated" : null;
        }
        if (token.capitalised()
                || word.length() <= 2
                || StatisticsTokens.isFunctionWord(word)
                || random.nextDouble() >= rate) {
            return null;
        }
        List<String> forms = synonyms.of(word).stream()
                .filter(c -> c.penalty() == 0)
                .map(Synonyms.Candidate::form)
                .filter(f -> counts.count(f) >= 3)
                .toList();
        if (forms.isEmpty()) {
            return null;
        }
        return anySynonym
                ? forms.get(random.nextInt(forms.size()))
                : forms.stream().max(Comparator.comparingInt(counts::count)).orElseThrow();
    }
}
