package org.lectern.annotator.cleanup.artefacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Speed of the masked language model alone, whatever runtime it is on: masks every lower-case one-piece word of the
 * first DOCUMENTS articles of a folder in turn, one batch of queries per sentence (as the sweep asks), and prints
 * masked words per second after a warm-up document.
 *
 * <pre>mvn -B -q -o exec:java -pl annotators/cleanup -Dexec.classpathScope=test
 *   -Dexec.mainClass=org.lectern.annotator.cleanup.artefacts.ModelBenchmark -Dexec.args="CORPUS_DIR [DOCUMENTS]"</pre>
 */
public final class ModelBenchmark {

    /** Longest sentence asked about, in word pieces: the sweep's longest window. */
    private static final int LONGEST = 126;

    private ModelBenchmark() {}

    public static void main(String[] args) throws Exception {
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(documents + 1)
                    .toList();
        }
        long start = System.nanoTime();
        MaskedLanguageModel model = MaskedLanguageModel.shared(true);
        System.out.printf("model loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        long masked = 0;
        long nanos = 0;
        for (int d = 0; d < files.size(); d++) {
            String text = Files.readString(files.get(d), StandardCharsets.UTF_8);
            long begin = System.nanoTime();
            long count = 0;
            for (String sentence : text.split("(?<=[.!?])\\s+|\\n+")) {
                int[] pieces = model.textPieces(sentence.toLowerCase(Locale.ROOT));
                if (pieces.length == 0 || pieces.length > LONGEST) {
                    continue;
                }
                List<MaskedLanguageModel.Query> queries = new ArrayList<>();
                for (int at = 0; at < pieces.length; at++) {
                    queries.add(new MaskedLanguageModel.Query(pieces, at, new int[] {pieces[at]}));
                }
                model.logProbabilities(queries);
                count += queries.size();
            }
            if (d > 0) { // the first document warms up
                masked += count;
                nanos += System.nanoTime() - begin;
            }
        }
        System.out.printf(
                "%d masked positions in %.1f s: %.1f per second%n", masked, nanos / 1e9, masked / (nanos / 1e9));
    }
}
