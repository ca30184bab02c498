import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.lectern.annotator.cleanup.artefacts.Collocations;
import org.lectern.annotator.cleanup.artefacts.WordVectors;
import org.tukaani.xz.XZInputStream;

/**
 * Writes the word vectors of the translation-artefacts annotator from NLP4J's English word embeddings (a Java-serialised
 * map from word to 50 floats, xz-compressed, inside the nlp4j-english jar), kept to the words the statistics count.
 * Run by {@code regenerate.sh}, which fetches the jar and the xz library.
 *
 * <pre>java -cp target/classes:xz.jar tools/BuildWordVectors.java NLP4J_ENGLISH_JAR STATISTICS OUT</pre>
 */
public class BuildWordVectors {

    private static final String EMBEDDINGS = "edu/emory/mathcs/nlp/lexica/en-word-embeddings-undigitalized.xz";

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: BuildWordVectors NLP4J_ENGLISH_JAR STATISTICS OUT");
            System.exit(2);
        }
        Map<String, float[]> embeddings;
        try (ZipFile jar = new ZipFile(args[0]);
                InputStream in = jar.getInputStream(jar.getEntry(EMBEDDINGS));
                ObjectInputStream objects = new ObjectInputStream(
                        new BufferedInputStream(new XZInputStream(new BufferedInputStream(in))))) {
            @SuppressWarnings("unchecked")
            Map<String, float[]> read = (Map<String, float[]>) objects.readObject();
            embeddings = read;
        }
        Path out = Path.of(args[2]);
        WordVectors.write(embeddings, Collocations.load(args[1]), out);
        System.out.printf("%,d embeddings read; wrote %s (%,d bytes)%n", embeddings.size(), out, Files.size(out));
    }
}
