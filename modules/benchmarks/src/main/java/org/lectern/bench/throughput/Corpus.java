package org.lectern.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lectern.pipeline.run.BatchRunner;

/** The benchmark corpus: the {@code .txt} files below a folder, in path order, and their word count. */
final class Corpus {

    private Corpus() {}

    static List<Path> textFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Whitespace-separated words, as Lectern's run report counts them. */
    static long words(String text) {
        return BatchRunner.countWords(text);
    }

    static long words(List<Path> files) throws IOException {
        long words = 0;
        for (Path file : files) {
            words += words(Files.readString(file));
        }
        return words;
    }
}
