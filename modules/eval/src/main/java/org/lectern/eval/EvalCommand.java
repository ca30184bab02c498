package org.lectern.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lectern.io.ExportCommand;
import org.lectern.io.GoldJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval --gold DIR --pred DIR [--json] [--texts DIR] [--min metric=value ...] [--max metric=value ...]}:
 * scores predicted JSON files against the gold JSON files with the same path relative to their folder (see
 * {@link Scorer} for the matching rules), micro-averaged over the documents. Exit code 0; 1 when a {@code --min} or
 * {@code --max} threshold is not met; 2 on usage errors or unreadable files.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score predicted gold-schema JSON files against gold JSON files (P/R/F1 per layer).")
public class EvalCommand implements Callable<Integer> {

    private static final String JSON_EXTENSION = ".json";

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

    @Option(
            names = "--gold",
            required = true,
            paramLabel = "DIR",
            description = "Folder of gold JSON files (searched recursively).")
    Path goldFolder;

    @Option(
            names = "--pred",
            required = true,
            paramLabel = "DIR",
            description = "Folder of predicted JSON files at the same relative paths as the gold files; a missing one "
                    + "counts as empty.")
    Path predictedFolder;

    @Option(
            names = "--json",
            description = "Print machine-readable JSON (with per-document scores) instead of a table.")
    boolean json;

    @Option(
            names = "--texts",
            paramLabel = "DIR",
            description = "Folder of the document texts (each gold file's 'document', in the gold file's "
                    + "sub-folder), to count words and report artefacts flagged per 1000 words.")
    Path textFolder;

    @Option(
            names = "--min",
            paramLabel = "METRIC=VALUE",
            description = "Fail (exit code 1) when METRIC is below VALUE or undefined, e.g. --min quotes.f1=0.5.")
    Map<String, Double> minimums = new LinkedHashMap<>();

    @Option(
            names = "--max",
            paramLabel = "METRIC=VALUE",
            description = "Fail (exit code 1) when METRIC is above VALUE or undefined, "
                    + "e.g. --max artefacts.flagged.per1000words=2 on clean text.")
    Map<String, Double> maximums = new LinkedHashMap<>();

    @Option(names = "--per-document", description = "Add a table with each document's main metrics.")
    boolean perDocumentTable;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        requireKnownMetrics(minimums, "--min");
        requireKnownMetrics(maximums, "--max");
        requireFolder(goldFolder, "--gold");
        requireFolder(predictedFolder, "--pred");
        if (textFolder != null) {
            requireFolder(textFolder, "--texts");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Evaluation evaluation;
        try {
            evaluation = evaluate();
        } catch (IOException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
        if (!evaluation.missing.isEmpty()) {
            err.println("eval: WARNING " + evaluation.missing.size() + " gold files have no prediction (scored as "
                    + "empty predictions): " + abbreviated(evaluation.missing));
        }
        if (!evaluation.unmatched.isEmpty()) {
            err.println("eval: WARNING " + evaluation.unmatched.size() + " predictions have no gold file (ignored): "
                    + abbreviated(evaluation.unmatched));
        }

        Map<String, Double> metrics = evaluation.total.metrics();
        List<String> failures = new ArrayList<>();
        checkThresholds(metrics, minimums, "below the minimum", (value, minimum) -> value >= minimum, failures);
        checkThresholds(metrics, maximums, "above the maximum", (value, maximum) -> value <= maximum, failures);
        out.print(json ? GoldJson.format(toJson(evaluation, failures)) : table(evaluation));
        failures.forEach(failure -> err.println("eval: FAILED " + failure));
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    /** Per-document and summed scores, plus the files that could not be paired. */
    private record Evaluation(
            int documents,
            Map<String, Scores> perDocument,
            Scores total,
            List<String> missing,
            List<String> unmatched) {}

    private Evaluation evaluate() throws IOException {
        List<String> goldNames = jsonNames(goldFolder);
        if (goldNames.isEmpty()) {
            throw new IOException("no *.json files in the gold folder " + goldFolder);
        }
        Map<String, Scores> perDocument = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Scores total = null;
        for (String name : goldNames) {
            GoldDocument gold = GoldDocument.read(goldFolder.resolve(name));
            Path predictedFile = predictedFolder.resolve(name);
            GoldDocument predicted;
            if (Files.isRegularFile(predictedFile)) {
                predicted = GoldDocument.read(predictedFile);
            } else {
                missing.add(name);
                predicted = GoldDocument.empty(gold.document());
            }
            Scores scores = Scorer.score(gold, predicted, text(name, gold));
            perDocument.put(name, scores);
            total = total == null ? scores : total.plus(scores);
        }
        Set<String> goldNameSet = Set.copyOf(goldNames);
        List<String> unmatched = jsonNames(predictedFolder).stream()
                .filter(name -> !goldNameSet.contains(name))
                .collect(Collectors.toList());
        return new Evaluation(goldNames.size(), perDocument, total, missing, unmatched);
    }

    private String text(String jsonName, GoldDocument gold) throws IOException {
        if (textFolder == null) {
            return null;
        }
        Path relative = Path.of(jsonName);
        String documentName = gold.document() != null
                ? gold.document()
                : relative.getFileName().toString().replaceFirst("\\.json$", ".txt");
        Path textFile = textFolder.resolve(relative).resolveSibling(documentName);
        if (!Files.isRegularFile(textFile)) {
            throw new IOException("no text for " + jsonName + ": " + textFile + " does not exist");
        }
        return Files.readString(textFile, StandardCharsets.UTF_8);
    }

    private String table(Evaluation evaluation) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "Evaluated %d documents (gold %s, predictions %s)%n",
                evaluation.documents,
                goldFolder,
                predictedFolder));
        if (!evaluation.missing.isEmpty()) {
            table.append(String.format("Missing predictions (scored as empty): %s%n", abbreviated(evaluation.missing)));
        }
        table.append(String.format(Locale.ROOT, "%-34s %10s  %s%n", "metric", "value", "counts"));
        Map<String, Object> counts = evaluation.total.counts();
        evaluation.total.metrics().forEach((metric, value) -> {
            if (notGiven(metric, counts)) {
                return;
            }
            Object count = counts.get(metric.endsWith(".f1") ? metric.substring(0, metric.length() - 3) : metric);
            table.append(String.format(
                    Locale.ROOT, "%-34s %10s  %s%n", metric, format(metric, value), count == null ? "" : count));
        });
        if (perDocumentTable) {
            appendPerDocument(table, evaluation.perDocument);
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

    private ObjectNode toJson(Evaluation evaluation, List<String> failures) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("gold", goldFolder.toString());
        root.put("pred", predictedFolder.toString());
        root.put("documents", evaluation.documents);
        evaluation.missing.forEach(root.putArray("missingPredictions")::add);
        root.setAll(evaluation.total.toJson());
        ObjectNode perDocument = root.putObject("perDocument");
        evaluation.perDocument.forEach((name, scores) -> perDocument.set(name, scores.toJson()));
        ArrayNode failed = root.putArray("failedThresholds");
        failures.forEach(failed::add);
        return root;
    }

    private void requireFolder(Path folder, String option) {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " is not a folder: " + folder);
        }
    }

    /** Adds a message to {@code failures} for each threshold not {@code met}; an undefined metric never meets one. */
    private static void checkThresholds(
            Map<String, Double> metrics,
            Map<String, Double> thresholds,
            String violation,
            BiPredicate<Double, Double> met,
            List<String> failures) {
        thresholds.forEach((metric, threshold) -> {
            Double value = metrics.get(metric);
            if (value == null) {
                failures.add(metric + " is undefined (nothing to measure it on), so its threshold is not met");
            } else if (!met.test(value, threshold)) {
                failures.add(String.format(
                        Locale.ROOT,
                        "%s = %s is %s %s",
                        metric,
                        format(metric, value),
                        violation,
                        format(metric, threshold)));
            }
        });
    }

    private void requireKnownMetrics(Map<String, Double> thresholds, String option) {
        for (String metric : thresholds.keySet()) {
            if (!Scores.METRIC_NAMES.contains(metric)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "Unknown metric '" + metric + "' in " + option + "; valid metrics: "
                                + String.join(", ", Scores.METRIC_NAMES));
            }
        }
    }

    /**
     * Paths of the {@code *.json} files below {@code folder}, relative to it, '/'-separated, sorted; the review
     * sidecar of {@code export --reviewed} is not a document.
     */
    private static List<String> jsonNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(JSON_EXTENSION))
                    .filter(file -> !file.getFileName().toString().equals(ExportCommand.REVIEW_SIDECAR))
                    .filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Map<String, String> columns(String... headingMetricPairs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < headingMetricPairs.length; i += 2) {
            columns.put(headingMetricPairs[i], headingMetricPairs[i + 1]);
        }
        return columns;
    }

    /** The first few names, then how many more: a missing prediction folder must not flood the terminal. */
    private static String abbreviated(List<String> names) {
        int shown = Math.min(names.size(), 10);
        return String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " … (" + (names.size() - shown) + " more)" : "");
    }

    private static String format(String metric, Double value) {
        if (value == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, Scores.COUNT_METRICS.contains(metric) ? "%.0f" : "%.4f", value);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
