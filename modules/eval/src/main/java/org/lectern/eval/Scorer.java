package org.lectern.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.lectern.eval.GoldDocument.Given;
import org.lectern.eval.GoldDocument.Quote;
import org.lectern.eval.GoldDocument.Span;
import org.lectern.eval.GoldDocument.TextSpan;
import org.lectern.eval.Scores.Counts;
import org.lectern.eval.Scores.Ratio;

/**
 * Scores one predicted document against its gold document.
 * <ul>
 * <li>language: exact code, case-insensitive;</li>
 * <li>boilerplate: characters covered by gold spans vs. by predicted spans (kinds ignored);</li>
 * <li>artefacts: a prediction matches a gold span it overlaps; the correction of a matched pair is right when it
 * equals the gold correction, case-insensitive and whitespace-normalised;</li>
 * <li>entities: exact = same begin, end and type; overlap = overlapping spans of the same type; canonical-name
 * accuracy over exact-span matches (type ignored), compared like corrections;</li>
 * <li>quotes: a pair matches when their overlap covers at least half of the gold span and at least half of the
 * predicted span; the speaker of a matched pair is right when it equals the gold speaker, compared like
 * corrections;</li>
 * <li>the attribution as written ({@code source}, {@code cue}): exact span, over the gold quotes that give the
 * field only (gold without it is not scored on it).</li>
 * </ul>
 * All matching is one-to-one and greedy: candidate pairs are taken by decreasing overlap (ties: earlier gold,
 * then earlier prediction), skipping pairs whose gold or prediction is already taken.
 */
public final class Scorer {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A word: letters/digits, with inner apostrophes or hyphens ("don't", "well-known"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Scorer() {}

    /** A matched gold/prediction pair. */
    record Match<G, P>(G gold, P predicted) {}

    /**
     * Scores {@code predicted} against {@code gold}; {@code text} is the document text, used only to count words
     * (null = unknown).
     */
    public static Scores score(GoldDocument gold, GoldDocument predicted, String text) {
        Ratio language = new Ratio(same(gold.language(), predicted.language()) ? 1 : 0, 1);

        List<Match<GoldDocument.Artefact, GoldDocument.Artefact>> artefacts =
                match(gold.artefacts(), predicted.artefacts(), (g, p) -> g.overlap(p) > 0);
        Ratio corrections = new Ratio(
                artefacts.stream()
                        .filter(m -> same(m.gold().correction(), m.predicted().correction()))
                        .count(),
                artefacts.size());

        List<Match<GoldDocument.Entity, GoldDocument.Entity>> exact = match(
                gold.entities(), predicted.entities(), (g, p) -> sameSpan(g, p) && Objects.equals(g.type(), p.type()));
        List<Match<GoldDocument.Entity, GoldDocument.Entity>> overlapping = match(
                gold.entities(),
                predicted.entities(),
                (g, p) -> g.overlap(p) > 0 && Objects.equals(g.type(), p.type()));
        List<Match<GoldDocument.Entity, GoldDocument.Entity>> sameSpan =
                match(gold.entities(), predicted.entities(), Scorer::sameSpan);
        Ratio canonical = new Ratio(
                sameSpan.stream()
                        .filter(m -> same(m.gold().canonical(), m.predicted().canonical()))
                        .count(),
                sameSpan.size());

        List<Match<GoldDocument.Quote, GoldDocument.Quote>> quotes = match(
                gold.quotes(),
                predicted.quotes(),
                (g, p) -> 2L * g.overlap(p) >= g.length() && 2L * g.overlap(p) >= p.length() && g.overlap(p) > 0);
        Ratio speakers = new Ratio(
                quotes.stream()
                        .filter(m -> same(m.gold().speaker(), m.predicted().speaker()))
                        .count(),
                quotes.size());
        Counts sources = attributionCounts(gold.quotes(), quotes, Quote::source);
        Counts cues = attributionCounts(gold.quotes(), quotes, Quote::cue);

        return new Scores(
                language,
                characterCounts(gold.boilerplate(), predicted.boilerplate()),
                counts(
                        artefacts.size(),
                        gold.artefacts().size(),
                        predicted.artefacts().size()),
                corrections,
                predicted.artefacts().size(),
                counts(
                        exact.size(),
                        gold.entities().size(),
                        predicted.entities().size()),
                counts(
                        overlapping.size(),
                        gold.entities().size(),
                        predicted.entities().size()),
                canonical,
                counts(quotes.size(), gold.quotes().size(), predicted.quotes().size()),
                speakers,
                sources,
                cues,
                text == null ? null : countWords(text));
    }

    /** Number of words in {@code text}. */
    public static long countWords(String text) {
        return WORD.matcher(text).results().count();
    }

    /** One-to-one greedy matching by decreasing overlap among the pairs {@code acceptable} allows. */
    static <G extends Span, P extends Span> List<Match<G, P>> match(
            List<G> gold, List<P> predicted, BiPredicate<G, P> acceptable) {
        List<Match<G, P>> candidates = new ArrayList<>();
        for (G g : gold) {
            for (P p : predicted) {
                if (acceptable.test(g, p)) {
                    candidates.add(new Match<>(g, p));
                }
            }
        }
        candidates.sort(Comparator.<Match<G, P>>comparingInt(m -> -m.gold().overlap(m.predicted()))
                .thenComparingInt(m -> m.gold().begin())
                .thenComparingInt(m -> m.predicted().begin()));
        // identity sets: equal records (duplicate spans) are still distinct items
        Set<G> takenGold = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<P> takenPredicted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Match<G, P>> matches = new ArrayList<>();
        for (Match<G, P> candidate : candidates) {
            if (!takenGold.contains(candidate.gold()) && !takenPredicted.contains(candidate.predicted())) {
                takenGold.add(candidate.gold());
                takenPredicted.add(candidate.predicted());
                matches.add(candidate);
            }
        }
        return matches;
    }

    /**
     * Exact-span counts of a quote's source or cue over the gold quotes that give the field: the gold span is a
     * false negative unless the quote matched to it has the same span; a matched quote's other span is a false
     * positive. Quotes that match no gold quote count in the quote metrics only.
     */
    private static Counts attributionCounts(
            List<Quote> gold, List<Match<Quote, Quote>> matches, Function<Quote, Given> field) {
        Map<Quote, Quote> matched = new IdentityHashMap<>();
        matches.forEach(m -> matched.put(m.gold(), m.predicted()));
        long truePositives = 0;
        long falsePositives = 0;
        long falseNegatives = 0;
        for (Quote quote : gold) {
            Given expected = field.apply(quote);
            if (expected == null) {
                continue;
            }
            Quote prediction = matched.get(quote);
            Given found = prediction == null ? null : field.apply(prediction);
            TextSpan span = found == null ? null : found.span();
            if (expected.span() != null && span != null && sameSpan(expected.span(), span)) {
                truePositives++;
                continue;
            }
            falsePositives += span != null ? 1 : 0;
            falseNegatives += expected.span() != null ? 1 : 0;
        }
        return new Counts(truePositives, falsePositives, falseNegatives);
    }

    private static Counts characterCounts(List<? extends Span> gold, List<? extends Span> predicted) {
        BitSet goldChars = cover(gold);
        BitSet predictedChars = cover(predicted);
        BitSet both = (BitSet) goldChars.clone();
        both.and(predictedChars);
        long truePositives = both.cardinality();
        return new Counts(
                truePositives, predictedChars.cardinality() - truePositives, goldChars.cardinality() - truePositives);
    }

    private static BitSet cover(List<? extends Span> spans) {
        BitSet chars = new BitSet();
        spans.forEach(span -> chars.set(span.begin(), span.end()));
        return chars;
    }

    private static Counts counts(long matched, long gold, long predicted) {
        return new Counts(matched, predicted - matched, gold - matched);
    }

    private static boolean sameSpan(Span a, Span b) {
        return a.begin() == b.begin() && a.end() == b.end();
    }

    /** Case-insensitive, whitespace-normalised equality; null equals only null or blank. */
    static boolean same(String gold, String predicted) {
        return normalise(gold).equals(normalise(predicted));
    }

    private static String normalise(String value) {
        return value == null
                ? ""
                : WHITESPACE.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
