package org.lectern.annotator.cleanup.artefacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the articles {@link SpinBenchmark} scores, spun as it spins them, to a folder: to time the whole pipeline
 * ({@code lectern run}, several threads) on spun text.
 *
 * <pre>java -cp … org.lectern.annotator.cleanup.artefacts.SpunCorpus CORPUS_DIR STATISTICS RATE DOCUMENTS
 *   frequent|any OUT_DIR</pre>
 */
public final class SpunCorpus {

    private SpunCorpus() {}

    public static void main(String[] args) throws Exception {
        Spinner spinner = new Spinner(
                Synonyms.shared(),
                Collocations.load(args[1]),
                Double.parseDouble(args[2]),
                args[4].equals("any"),
                0,
                new Random(42));
        Path out = Files.createDirectories(Path.of(args[5]));
        for (Path file : SpinBenchmark.articles(Path.of(args[0]), Integer.parseInt(args[3]))) {
            String spun =
                    spinner.spin(Files.readString(file, StandardCharsets.UTF_8)).text();
            Files.writeString(out.resolve(file.getFileName()), spun, StandardCharsets.UTF_8);
        }
    }
}
