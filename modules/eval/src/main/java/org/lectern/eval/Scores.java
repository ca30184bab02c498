package org.lectern.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts behind every metric for one document or, summed with {@link #plus}, for a whole corpus
 * (micro-average: metrics of the sum, not the mean of per-document metrics). A metric whose denominator is
 * zero is undefined and reported as {@code null}.
 */
public record Scores(
        Ratio language,
        Counts boilerplate,
        Counts artefacts,
        Ratio corrections,
        long flagged,
        Counts entitiesExact,
        Counts entitiesOverlap,
        Ratio canonical,
        Counts quotes,
        Ratio speakers,
        Counts quoteSources,
        Counts quoteCues,
        Long words) {

    /** Prefixes of the source and cue metrics, scored where gold gives them (declared before METRIC_NAMES uses it). */
    public static final List<String> ATTRIBUTION_PREFIXES = List.of("quotes.source", "quotes.cue");

    /** Every metric name, in report order (valid names for {@code --min}). */
    public static final List<String> METRIC_NAMES = List.copyOf(new Scores(
                    Ratio.NONE,
                    Counts.NONE,
                    Counts.NONE,
                    Ratio.NONE,
                    0,
                    Counts.NONE,
                    Counts.NONE,
                    Ratio.NONE,
                    Counts.NONE,
                    Ratio.NONE,
                    Counts.NONE,
                    Counts.NONE,
                    0L)
            .metrics()
            .keySet());

    /** Metrics that count things rather than measure a share. */
    public static final Set<String> COUNT_METRICS = Set.of("artefacts.flagged", "words");

    /** True/false positives and false negatives of a precision/recall metric. */
    public record Counts(long truePositives, long falsePositives, long falseNegatives) {
        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(
                    truePositives + other.truePositives,
                    falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        Double precision() {
            return fraction(truePositives, truePositives + falsePositives);
        }

        Double recall() {
            return fraction(truePositives, truePositives + falseNegatives);
        }

        /** 2TP / (2TP + FP + FN): defined (0) even when precision or recall is undefined. */
        Double f1() {
            return fraction(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
        }

        ObjectNode toJson() {
            return JsonNodeFactory.instance
                    .objectNode()
                    .put("tp", truePositives)
                    .put("fp", falsePositives)
                    .put("fn", falseNegatives);
        }

        @Override
        public String toString() {
            return "tp=" + truePositives + " fp=" + falsePositives + " fn=" + falseNegatives;
        }
    }

    /** Hits out of a total, for accuracies. */
    public record Ratio(long hits, long total) {
        static final Ratio NONE = new Ratio(0, 0);

        Ratio plus(Ratio other) {
            return new Ratio(hits + other.hits, total + other.total);
        }

        Double value() {
            return fraction(hits, total);
        }

        ObjectNode toJson() {
            return JsonNodeFactory.instance.objectNode().put("correct", hits).put("total", total);
        }

        @Override
        public String toString() {
            return hits + "/" + total;
        }
    }

    public Scores plus(Scores other) {
        return new Scores(
                language.plus(other.language),
                boilerplate.plus(other.boilerplate),
                artefacts.plus(other.artefacts),
                corrections.plus(other.corrections),
                flagged + other.flagged,
                entitiesExact.plus(other.entitiesExact),
                entitiesOverlap.plus(other.entitiesOverlap),
                canonical.plus(other.canonical),
                quotes.plus(other.quotes),
                speakers.plus(other.speakers),
                quoteSources.plus(other.quoteSources),
                quoteCues.plus(other.quoteCues),
                words == null || other.words == null ? null : words + other.words);
    }

    /** Metric name → value (null = undefined), in report order. */
    public Map<String, Double> metrics() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("language.accuracy", language.value());
        putPrf(metrics, "boilerplate", boilerplate);
        putPrf(metrics, "artefacts", artefacts);
        metrics.put("artefacts.correction.accuracy", corrections.value());
        metrics.put("artefacts.flagged", (double) flagged);
        metrics.put("artefacts.flagged.per1000words", words == null || words == 0 ? null : 1000.0 * flagged / words);
        metrics.put("words", words == null ? null : words.doubleValue());
        putPrf(metrics, "entities.exact", entitiesExact);
        putPrf(metrics, "entities.overlap", entitiesOverlap);
        metrics.put("entities.canonical.accuracy", canonical.value());
        putPrf(metrics, "quotes", quotes);
        metrics.put("quotes.speaker.accuracy", speakers.value());
        putPrf(metrics, ATTRIBUTION_PREFIXES.get(0), quoteSources);
        putPrf(metrics, ATTRIBUTION_PREFIXES.get(1), quoteCues);
        return metrics;
    }

    /** The counts behind the metrics, by metric prefix (same names as {@link #metrics}). */
    public Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("language.accuracy", language);
        counts.put("boilerplate", boilerplate);
        counts.put("artefacts", artefacts);
        counts.put("artefacts.correction.accuracy", corrections);
        counts.put("entities.exact", entitiesExact);
        counts.put("entities.overlap", entitiesOverlap);
        counts.put("entities.canonical.accuracy", canonical);
        counts.put("quotes", quotes);
        counts.put("quotes.speaker.accuracy", speakers);
        counts.put(ATTRIBUTION_PREFIXES.get(0), quoteSources);
        counts.put(ATTRIBUTION_PREFIXES.get(1), quoteCues);
        return counts;
    }

    /** Metrics and their counts as JSON. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ObjectNode metricsJson = json.putObject("metrics");
        metrics().forEach(metricsJson::put);
        ObjectNode countsJson = json.putObject("counts");
        counts().forEach((name, count) ->
                countsJson.set(name, count instanceof Counts prf ? prf.toJson() : ((Ratio) count).toJson()));
        return json;
    }

    private static void putPrf(Map<String, Double> metrics, String prefix, Counts counts) {
        metrics.put(prefix + ".precision", counts.precision());
        metrics.put(prefix + ".recall", counts.recall());
        metrics.put(prefix + ".f1", counts.f1());
    }

    private static Double fraction(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
