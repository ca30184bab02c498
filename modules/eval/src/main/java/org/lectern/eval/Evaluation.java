package org.lectern.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lectern.io.ExportCommand;

/**
 * Gold and predicted files paired by their path relative to their folder and scored ({@link Scorer}): per document
 * and summed, with the gold files that have no prediction (scored as empty) and the predictions without gold.
 */
record Evaluation(
        Path goldFolder,
        Path predictedFolder,
        Map<String, Scores> perDocument,
        Scores total,
        List<String> missing,
        List<String> unmatched) {

    private static final String JSON_EXTENSION = ".json";

    int documents() {
        return perDocument.size();
    }

    /**
     * Scores every gold file of {@code goldFolder} against its prediction; {@code textFolder} (or null) holds the
     * documents' texts, for the word counts.
     */
    static Evaluation of(Path goldFolder, Path predictedFolder, Path textFolder) throws IOException {
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
            Scores scores = Scorer.score(gold, predicted, text(textFolder, name, gold));
            perDocument.put(name, scores);
            total = total == null ? scores : total.plus(scores);
        }
        Set<String> goldNameSet = Set.copyOf(goldNames);
        List<String> unmatched = jsonNames(predictedFolder).stream()
                .filter(name -> !goldNameSet.contains(name))
                .collect(Collectors.toList());
        return new Evaluation(goldFolder, predictedFolder, perDocument, total, missing, unmatched);
    }

    private static String text(Path textFolder, String jsonName, GoldDocument gold) throws IOException {
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
}
