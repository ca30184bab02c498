import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the thesaurus of the translation-artefacts annotator: the Moby thesaurus entries (head word, then the words
 * it lists), kept to lower-case single words of three or more letters that are whole words of the masked language
 * model's vocabulary, the only candidates it can weigh. Run by {@code regenerate.sh}, which fetches the sources.
 *
 * <pre>java tools/BuildThesaurus.java MOBY_WORDS_TXT BERT_VOCAB_TXT OUT</pre>
 */
public class BuildThesaurus {

    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BuildThesaurus MOBY_WORDS_TXT BERT_VOCAB_TXT OUT");
            System.exit(2);
        }
        Set<String> vocabulary = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(w -> WORD.matcher(w).matches())
                .collect(Collectors.toSet());
        int entries = 0;
        long links = 0;
        Path out = Path.of(args[2]);
        try (BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.ISO_8859_1)) {
                String[] words = line.split(",");
                if (!vocabulary.contains(words[0])) {
                    continue;
                }
                List<String> kept = new ArrayList<>();
                for (int i = 1; i < words.length; i++) {
                    if (vocabulary.contains(words[i]) && !words[i].equals(words[0])) {
                        kept.add(words[i]);
                    }
                }
                if (!kept.isEmpty()) {
                    writer.write(words[0] + "," + String.join(",", kept) + "\n");
                    entries++;
                    links += kept.size();
                }
            }
        }
        System.out.printf("%,d entries, %,d links; wrote %s (%,d bytes)%n", entries, links, out, Files.size(out));
    }
}
