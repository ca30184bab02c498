package org.lectern.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lectern.io.GoldJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval --gold DIR --pred DIR [--json] [--texts DIR] [--min metric=value ...] [--max metric=value ...]}:
 * scores predicted JSON files against the gold JSON files with the same path relative to their folder (see
 * {@link Scorer} for the matching rules, {@link Evaluation} for the pairing), micro-averaged over the documents, and
 * prints {@link EvalReport}. Exit code 0; 1 when a {@code --min} or {@code --max} threshold ({@link Thresholds}) is
 * not met; 2 on usage errors or unreadable files.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Score predicted gold-schema JSON files against gold JSON files (P/R/F1 per layer).")
public class EvalCommand implements Callable<Integer> {

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
            evaluation = Evaluation.of(goldFolder, predictedFolder, textFolder);
        } catch (IOException e) {
            err.println("eval: " + e.getMessage());
            return 2;
        }
        if (!evaluation.missing().isEmpty()) {
            err.println("eval: WARNING " + evaluation.missing().size() + " gold files have no prediction (scored as "
                    + "empty predictions): " + EvalReport.abbreviated(evaluation.missing()));
        }
        if (!evaluation.unmatched().isEmpty()) {
            err.println("eval: WARNING " + evaluation.unmatched().size() + " predictions have no gold file (ignored): "
                    + EvalReport.abbreviated(evaluation.unmatched()));
        }

        List<String> failures = Thresholds.unmet(evaluation.total().metrics(), minimums, maximums);
        out.print(
                json
                        ? GoldJson.format(EvalReport.json(evaluation, failures))
                        : EvalReport.table(evaluation, perDocumentTable));
        failures.forEach(failure -> err.println("eval: FAILED " + failure));
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }

    private void requireFolder(Path folder, String option) {
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " is not a folder: " + folder);
        }
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

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalCommand()).execute(args));
    }
}
