package org.lectern.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code eval} prints: the table of metrics (with {@code --per-document}, one row per document) or JSON. */
final class EvalReport {

    /** The columns of {@code --per-document} (short heading → metric): one headline metric per layer. */
    private static final Map<String, String> PER_DOCUMENT_METRICS = columns(
            "language",
            "language.accuracy",
            "bp.f1",
            "boilerplate.f1",
            "art.f1",
            "artefacts.f1",
            "ent.f1",
            "entities.exact.f1",
            "canonical",
            "entities.canonical.accuracy",
            "quotes.f1",
            "quotes.f1",
            "speaker",
            "quotes.speaker.accuracy");

    private EvalReport() {}

    static String table(Evaluation evaluation, boolean perDocumentTable) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "Evaluated %d documents (gold %s, predictions %s)%n",
                evaluation.documents(),
                evaluation.goldFolder(),
                evaluation.predictedFolder()));
        if (!evaluation.missing().isEmpty()) {
            table.append(
                    String.format("Missing predictions (scored as empty): %s%n", abbreviated(evaluation.missing())));
        }
        table.append(String.format(Locale.ROOT, "%-34s %10s  %s%n", "metric", "value", "counts"));
        Map<String, Object> counts = evaluation.total().counts();
        evaluation.total().metrics().forEach((metric, value) -> {
            if (notGiven(metric, counts)) {
                return;
            }
            Object count = counts.get(metric.endsWith(".f1") ? metric.substring(0, metric.length() - 3) : metric);
            table.append(String.format(
                    Locale.ROOT, "%-34s %10s  %s%n", metric, format(metric, value), count == null ? "" : count));
        });
        if (perDocumentTable) {
            appendPerDocument(table, evaluation.perDocument());
        }
        return table.toString();
    }

    /**
     * A source or cue metric when no gold quote gives the field (gold made before that extension of the schema):
     * left out of the table, so such gold reads as before.
     */
    private static boolean notGiven(String metric, Map<String, Object> counts) {
        return Scores.ATTRIBUTION_PREFIXES.stream()
                .anyMatch(prefix -> metric.startsWith(prefix + ".") && Scores.Counts.NONE.equals(counts.get(prefix)));
    }

    /** One line per document with the headline metric of each layer. */
    private static void appendPerDocument(StringBuilder table, Map<String, Scores> perDocument) {
        int nameWidth = Math.max(
                8, perDocument.keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + nameWidth + "s" + " %9s".repeat(PER_DOCUMENT_METRICS.size()) + "%n";
        List<Object> header = new ArrayList<>(List.of("document"));
        header.addAll(PER_DOCUMENT_METRICS.keySet());
        table.append(String.format(Locale.ROOT, "%n" + row, header.toArray()));
        perDocument.forEach((name, scores) -> {
            List<Object> cells = new ArrayList<>(List.of(name));
            Map<String, Double> metrics = scores.metrics();
            PER_DOCUMENT_METRICS.values().forEach(metric -> cells.add(format(metric, metrics.get(metric))));
            table.append(String.format(Locale.ROOT, row, cells.toArray()));
        });
    }

    /** Everything, per-document scores included, with the thresholds that were not met. */
    static ObjectNode json(Evaluation evaluation, List<String> failures) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("gold", evaluation.goldFolder().toString());
        root.put("pred", evaluation.predictedFolder().toString());
        root.put("documents", evaluation.documents());
        evaluation.missing().forEach(root.putArray("missingPredictions")::add);
        root.setAll(evaluation.total().toJson());
        ObjectNode perDocument = root.putObject("perDocument");
        evaluation.perDocument().forEach((name, scores) -> perDocument.set(name, scores.toJson()));
        ArrayNode failed = root.putArray("failedThresholds");
        failures.forEach(failed::add);
        return root;
    }

    /** The first few names, then how many more: a missing prediction folder must not flood the terminal. */
    static String abbreviated(List<String> names) {
        int shown = Math.min(names.size(), 10);
        return String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " … (" + (names.size() - shown) + " more)" : "");
    }

    /** A metric's value as printed: counts as integers, shares with four decimals, undefined as "n/a". */
    static String format(String metric, Double value) {
        if (value == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, Scores.COUNT_METRICS.contains(metric) ? "%.0f" : "%.4f", value);
    }

    private static Map<String, String> columns(String... headingMetricPairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < headingMetricPairs.length; i += 2) {
            columns.put(headingMetricPairs[i], headingMetricPairs[i + 1]);
        }
        return columns;
    }
}
