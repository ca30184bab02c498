package org.lectern.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lectern.eval.GoldDocument.Artefact;
import org.lectern.eval.GoldDocument.BoilerplateSpan;
import org.lectern.eval.GoldDocument.Entity;
import org.lectern.eval.GoldDocument.Quote;

/** Expected values are computed by hand in the comments. */
class ScorerTest {

    private static final GoldDocument GOLD = new GoldDocument(
            "d.txt",
            "en",
            List.of(new BoilerplateSpan(0, 10, "byline"), new BoilerplateSpan(20, 30, "caption")),
            List.of(new Artefact(10, 14, "office"), new Artefact(20, 26, "said"), new Artefact(40, 45, "brief")),
            List.of(
                    new Entity(0, 3, "PERSON", "Ann Lee"),
                    new Entity(10, 16, "LOCATION", "Zürich"),
                    new Entity(20, 25, "ORGANIZATION", "ACME Corp")),
            List.of(new Quote(100, 200, "Ann Lee"), new Quote(300, 340, "Bob")));

    private static final GoldDocument PREDICTED = new GoldDocument(
            "d.txt",
            "EN",
            List.of(new BoilerplateSpan(5, 15, "byline"), new BoilerplateSpan(20, 30, "footer")),
            List.of(
                    new Artefact(10, 20, " Office "),
                    new Artefact(12, 13, "office"),
                    new Artefact(21, 30, "told"),
                    new Artefact(60, 65, "x")),
            List.of(
                    new Entity(0, 3, "PERSON", "ann  lee"), new Entity(10, 14, "LOCATION", "Zürich"),
                    new Entity(20, 25, "PERSON", "ACME"), new Entity(30, 35, "LOCATION", "Nowhere")),
            List.of(new Quote(100, 150, "ANN LEE"), new Quote(290, 380, "Bob"), new Quote(500, 510, null)));

    @Test
    void scoresEveryLayer() {
        Map<String, Double> metrics =
                Scorer.score(GOLD, PREDICTED, "One two-part don't, 3.5 words!").metrics();

        assertThat(metrics.get("language.accuracy")).isEqualTo(1.0);
        // chars: gold 0-10 + 20-30 = 20, predicted 5-15 + 20-30 = 20, shared 5-10 + 20-30 = 15
        assertThat(metrics.get("boilerplate.precision")).isEqualTo(0.75);
        assertThat(metrics.get("boilerplate.recall")).isEqualTo(0.75);
        assertThat(metrics.get("boilerplate.f1")).isEqualTo(0.75);
        // pairs by overlap: 20-26/21-30 (5), 10-14/10-20 (4); 12-13 loses 10-14 to the larger overlap;
        // tp 2, fp 2 (12-13, 60-65), fn 1 (40-45); corrections: "office" right, "told" wrong
        assertThat(metrics.get("artefacts.precision")).isEqualTo(0.5);
        assertThat(metrics.get("artefacts.recall")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(metrics.get("artefacts.f1")).isCloseTo(4 / 7.0, within(1e-9));
        assertThat(metrics.get("artefacts.correction.accuracy")).isEqualTo(0.5);
        assertThat(metrics.get("artefacts.flagged")).isEqualTo(4.0);
        // words: One, two-part, don't, 3, 5, words
        assertThat(metrics.get("words")).isEqualTo(6.0);
        assertThat(metrics.get("artefacts.flagged.per1000words")).isCloseTo(4000 / 6.0, within(1e-9));
        // exact span+type: only 0-3 → tp 1, fp 3, fn 2
        assertThat(metrics.get("entities.exact.precision")).isEqualTo(0.25);
        assertThat(metrics.get("entities.exact.recall")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(metrics.get("entities.exact.f1")).isCloseTo(2 / 7.0, within(1e-9));
        // overlap+type: 0-3 and 10-16/10-14 → tp 2, fp 2, fn 1
        assertThat(metrics.get("entities.overlap.precision")).isEqualTo(0.5);
        assertThat(metrics.get("entities.overlap.recall")).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(metrics.get("entities.overlap.f1")).isCloseTo(4 / 7.0, within(1e-9));
        // same-span pairs regardless of type: 0-3 (right, case and spaces ignored), 20-25 (wrong)
        assertThat(metrics.get("entities.canonical.accuracy")).isEqualTo(0.5);
        // 100-200/100-150: overlap 50 ≥ half of 100 and of 50 → match; 300-340/290-380: 40 < half of 90 → none
        assertThat(metrics.get("quotes.precision")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(metrics.get("quotes.recall")).isEqualTo(0.5);
        assertThat(metrics.get("quotes.f1")).isEqualTo(0.4);
        assertThat(metrics.get("quotes.speaker.accuracy")).isEqualTo(1.0);
    }

    @Test
    void aDocumentAgainstItselfScoresOneEverywhere() {
        Map<String, Double> metrics = Scorer.score(GOLD, GOLD, null).metrics();

        metrics.forEach((metric, value) -> {
            if (metric.startsWith("quotes.source.") || metric.startsWith("quotes.cue.")) {
                assertThat(value)
                        .as(metric + ": the gold gives no source or cue")
                        .isNull();
            } else if (!Scores.COUNT_METRICS.contains(metric) && !metric.equals("artefacts.flagged.per1000words")) {
                assertThat(value).as(metric).isEqualTo(1.0);
            }
        });
        assertThat(metrics.get("words")).isNull();
    }

    @Test
    void sourceAndCueAreScoredByExactSpanOnlyOverGoldQuotesThatGiveThem() {
        GoldDocument gold = quotes(
                new Quote(0, 10, "A", given(12, 15), given(16, 20)),
                new Quote(30, 40, "B", none(), none()),
                new Quote(60, 70, "C"),
                new Quote(80, 90, "D", given(92, 95), given(96, 100)));
        GoldDocument predicted = quotes(
                new Quote(0, 10, "A", given(12, 15), given(16, 22)),
                new Quote(30, 40, "B", given(42, 45), given(46, 50)),
                new Quote(60, 70, "C", given(72, 75), given(76, 80)),
                new Quote(200, 210, "E", given(212, 215), given(216, 220)));

        Map<String, Double> metrics = Scorer.score(gold, predicted, null).metrics();

        // source: 12-15 right (tp); 42-45 where gold has none (fp); 92-95 of the unmatched gold quote (fn);
        // 60-70 gives no source in gold and 200-210 matches no gold quote: neither counts
        assertThat(metrics.get("quotes.source.precision")).isEqualTo(0.5);
        assertThat(metrics.get("quotes.source.recall")).isEqualTo(0.5);
        assertThat(metrics.get("quotes.source.f1")).isEqualTo(0.5);
        // cue: 16-22 for 16-20 (fp and fn), 46-50 (fp), 96-100 (fn)
        assertThat(metrics.get("quotes.cue.precision")).isEqualTo(0.0);
        assertThat(metrics.get("quotes.cue.recall")).isEqualTo(0.0);
        assertThat(metrics.get("quotes.cue.f1")).isEqualTo(0.0);
        assertThat(metrics.get("quotes.f1")).isCloseTo(6 / 8.0, within(1e-9));
    }

    private static GoldDocument quotes(Quote... quotes) {
        return new GoldDocument("d.txt", "en", List.of(), List.of(), List.of(), List.of(quotes));
    }

    private static GoldDocument.Given given(int begin, int end) {
        return new GoldDocument.Given(new GoldDocument.TextSpan(begin, end));
    }

    private static GoldDocument.Given none() {
        return new GoldDocument.Given(null);
    }

    @Test
    void undefinedMetricsAreNullAndF1IsZeroWhenNothingMatches() {
        Map<String, Double> empty = Scorer.score(GoldDocument.empty("d.txt"), GoldDocument.empty("d.txt"), "")
                .metrics();
        assertThat(empty.get("quotes.precision")).isNull();
        assertThat(empty.get("quotes.f1")).isNull();
        assertThat(empty.get("language.accuracy")).isEqualTo(1.0);

        Map<String, Double> missing =
                Scorer.score(GOLD, GoldDocument.empty("d.txt"), null).metrics();
        assertThat(missing.get("quotes.precision")).isNull();
        assertThat(missing.get("quotes.recall")).isEqualTo(0.0);
        assertThat(missing.get("quotes.f1")).isEqualTo(0.0);
        assertThat(missing.get("language.accuracy")).isEqualTo(0.0);
    }

    @Test
    void corpusScoresAreMicroAveraged() {
        GoldDocument oneQuote =
                new GoldDocument("a.txt", "en", List.of(), List.of(), List.of(), List.of(new Quote(0, 10, "A")));
        GoldDocument threeQuotes = new GoldDocument(
                "b.txt",
                "en",
                List.of(),
                List.of(),
                List.of(),
                List.of(new Quote(0, 10, "B"), new Quote(20, 30, "B"), new Quote(40, 50, "B")));

        Scores total = Scorer.score(oneQuote, oneQuote, null)
                .plus(Scorer.score(threeQuotes, GoldDocument.empty("b.txt"), null));

        // 1 of 4 gold quotes found (a macro average would give 0.5)
        assertThat(total.metrics().get("quotes.recall")).isEqualTo(0.25);
        assertThat(total.metrics().get("quotes.precision")).isEqualTo(1.0);
        assertThat(total.metrics().get("language.accuracy")).isEqualTo(0.5);
    }

    @Test
    void duplicatePredictionsMatchOneGoldSpanOnce() {
        GoldDocument gold =
                new GoldDocument("d.txt", "en", List.of(), List.of(new Artefact(0, 5, "a")), List.of(), List.of());
        GoldDocument twice = new GoldDocument(
                "d.txt",
                "en",
                List.of(),
                List.of(new Artefact(0, 5, "a"), new Artefact(0, 5, "a")),
                List.of(),
                List.of());

        Scores scores = Scorer.score(gold, twice, null);

        assertThat(scores.artefacts()).isEqualTo(new Scores.Counts(1, 1, 0));
    }
}
