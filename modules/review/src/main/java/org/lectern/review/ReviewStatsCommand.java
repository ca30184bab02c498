package org.lectern.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code review-stats DIR}: per layer, how many predictions reviewers accepted, rejected (or deleted) and
 * corrected, and how many annotations they added — the pipeline's precision and recall as review measured them.
 * Only what reviewers decided counts: predictions nobody looked at are in neither figure.
 */
@Command(
        name = "review-stats",
        mixinStandardHelpOptions = true,
        description = "Per layer: predictions accepted, rejected, corrected, and annotations added by reviewers.")
public final class ReviewStatsCommand implements Callable<Integer> {

    private static final List<String> COLUMNS = List.of("accepted", "rejected", "corrected", "added");

    @Parameters(index = "0", paramLabel = "DIR", description = "XMI folder with a review/ folder beside its XMI.")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path reviewRoot = folder.resolve(ReviewStore.FOLDER);
        if (!Files.isDirectory(reviewRoot)) {
            spec.commandLine().getErr().println("review-stats: no review folder " + reviewRoot);
            return 1;
        }
        Map<String, Map<String, Integer>> layers = new TreeMap<>();
        int documents = 0;
        try (ReviewStore store = new ReviewStore(folder);
                Stream<Path> logs = Files.walk(reviewRoot)) {
            for (Path log : logs.filter(p -> p.toString().endsWith(ReviewStore.LOG_EXTENSION))
                    .sorted()
                    .toList()) {
                String name = reviewRoot.relativize(log).toString();
                String id = name.substring(0, name.length() - ReviewStore.LOG_EXTENSION.length());
                Path xmi = folder.resolve(id + ".xmi");
                if (!Files.isRegularFile(xmi)) {
                    spec.commandLine().getErr().println("review-stats: " + log + " has no predicted XMI " + xmi);
                    continue;
                }
                Counts.byLayer(store.document(id, xmi))
                        .forEach((layer, counts) ->
                                counts.forEach((status, n) -> layers.computeIfAbsent(layer, l -> new TreeMap<>())
                                        .merge(column(status), n, Integer::sum)));
                documents++;
            }
        }
        out.printf("%d reviewed documents in %s%n", documents, reviewRoot);
        out.printf(
                "%-14s %9s %9s %10s %7s %10s %7s%n",
                "layer", "accepted", "rejected", "corrected", "added", "precision", "recall");
        layers.forEach((layer, counts) -> {
            int[] n = COLUMNS.stream().mapToInt(c -> counts.getOrDefault(c, 0)).toArray();
            out.printf(
                    "%-14s %9d %9d %10d %7d %10s %7s%n",
                    layer, n[0], n[1], n[2], n[3], ratio(n[0], n[0] + n[1] + n[2]), ratio(n[0], n[0] + n[2] + n[3]));
        });
        out.println("precision = accepted / (accepted + rejected + corrected); "
                + "recall = accepted / (accepted + corrected + added)");
        return 0;
    }

    /** Deleting a prediction counts as rejecting it. */
    private static String column(String status) {
        return status.equals(Provenance.DELETED) ? Provenance.REJECTED : status;
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format("%.3f", part / (double) whole);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReviewStatsCommand()).execute(args));
    }
}
