package org.lectern.annotator.cleanup.artefacts;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.Writer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Measures {@link ActivationRanges} with the 32-bit model (exported into a scratch folder, left there) on a folder of
 * news text (the shipped ranges: BBC
 * articles): each text cut into rows of 48 word pieces, every fourth piece masked as the judge does, and the largest
 * absolute value of each channel of each layer's input, attention output and GELU output kept.
 *
 * <p>Usage: {@code ActivationRangeCalibration TEXT_DIR FILES OUT}.
 */
public final class ActivationRangeCalibration {

    private static final int ROW = 48;
    private static final int LAYERS = 12;
    /** The activations measured, as the calibration export names its outputs. */
    private static final List<String> KINDS = List.of("input", "attended", "intermediate");

    public static void main(String[] args) throws Exception {
        MaskedLanguageModel model = MaskedLanguageModel.shared(false);
        Path scratch = Files.createTempDirectory("lectern-bert-activations-");
        Path exported = scratch.resolve("bert.onnx");
        MaskedLanguageModel.unpack(scratch.resolve("saved-model"));
        try (SavedModelWeights weights = new SavedModelWeights(scratch.resolve("saved-model"))) {
            BertOnnxExport.exportWithActivations(weights, exported);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        float[][][] ranges = new float[KINDS.size()][LAYERS][];
        try (OrtSession session = environment.createSession(exported.toString());
                Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .limit(Integer.parseInt(args[1]))
                    .toList()) {
                int[] pieces = model.textPieces(Files.readString(file).toLowerCase());
                List<int[]> rows = new ArrayList<>();
                for (int start = 0; start + ROW <= pieces.length; start += ROW) {
                    rows.add(Arrays.copyOfRange(pieces, start, start + ROW));
                }
                if (!rows.isEmpty()) {
                    run(environment, session, rows, ranges);
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            new ActivationRanges(ranges[0], ranges[1], ranges[2]).write(out);
        }
    }

    /** Widens {@code ranges} (each layer's input, attention output and GELU output) by one call's activations. */
    private static void run(OrtEnvironment environment, OrtSession session, List<int[]> rows, float[][][] ranges)
            throws Exception {
        int length = ROW + 2;
        int[] ids = new int[rows.size() * length];
        for (int r = 0; r < rows.size(); r++) {
            ids[r * length] = 101; // [CLS]
            System.arraycopy(rows.get(r), 0, ids, r * length + 1, ROW);
            for (int m = 4; m < ROW; m += 4) {
                ids[r * length + 1 + m] = 103; // [MASK]
            }
            ids[r * length + length - 1] = 102; // [SEP]
        }
        int[] mask = new int[ids.length];
        Arrays.fill(mask, 1);
        long[] shape = {rows.size(), length};
        Map<String, OnnxTensor> feeds = new HashMap<>();
        feeds.put("input_ids", OnnxTensor.createTensor(environment, IntBuffer.wrap(ids), shape));
        feeds.put("input_mask", OnnxTensor.createTensor(environment, IntBuffer.wrap(mask), shape));
        // every piece asked about, so that the last layer computes all of them too
        feeds.put(
                "queried_pieces",
                OnnxTensor.createTensor(
                        environment,
                        IntBuffer.wrap(IntStream.range(0, ids.length).toArray()),
                        shape));
        feeds.put("places", OnnxTensor.createTensor(environment, IntBuffer.wrap(new int[] {1}), new long[] {1}));
        feeds.put("choices", OnnxTensor.createTensor(environment, IntBuffer.wrap(new int[] {1}), new long[] {1}));
        feeds.put("choice_places", OnnxTensor.createTensor(environment, IntBuffer.wrap(new int[] {0}), new long[] {1}));
        feeds.put(
                "normalized_places", OnnxTensor.createTensor(environment, IntBuffer.wrap(new int[0]), new long[] {0}));
        Set<String> wanted = new LinkedHashSet<>();
        for (int layer = 0; layer < LAYERS; layer++) {
            for (String kind : KINDS) {
                wanted.add("layer_" + layer + "_" + kind);
            }
        }
        try (OrtSession.Result result = session.run(feeds, wanted)) {
            for (int layer = 0; layer < LAYERS; layer++) {
                for (int kind = 0; kind < KINDS.size(); kind++) {
                    ranges[kind][layer] = max(ranges[kind][layer], (OnnxTensor)
                            result.get("layer_" + layer + "_" + KINDS.get(kind)).orElseThrow());
                }
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] max(float[] so, OnnxTensor tensor) {
        float[] values = tensor.getFloatBuffer().array();
        long[] shape = tensor.getInfo().getShape();
        float[] max = so == null ? new float[(int) shape[shape.length - 1]] : so;
        for (int i = 0; i < values.length; i++) {
            max[i % max.length] = Math.max(max[i % max.length], Math.abs(values[i]));
        }
        return max;
    }
}
