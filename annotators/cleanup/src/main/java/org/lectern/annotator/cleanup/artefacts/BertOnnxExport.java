package org.lectern.annotator.cleanup.artefacts;

import static org.lectern.annotator.cleanup.artefacts.OnnxGraph.FLOAT;
import static org.lectern.annotator.cleanup.artefacts.OnnxGraph.INT32;
import static org.lectern.annotator.cleanup.artefacts.OnnxGraph.attribute;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes Google's BERT-base (12 layers, 768 wide, 12 heads) from its SavedModel's variables as an ONNX model for
 * ONNX Runtime, whose fused operators (attention, residual plus layer norm, GELU) run it about 1.3 times as fast as
 * TensorFlow on the same cores, to the same scores. The model's head is cut to what the judge asks: instead of all
 * 30,522 word pieces' scores at each masked place (12 % of a call's time, and as many floats copied out), a call
 * scores only the pieces asked about at each place ({@code choice_logits}: logits, enough to compare choices of one
 * place), and normalises against the whole vocabulary only the places asked for ({@code log_normalizers}).
 *
 * <p>The last layer, too, computes only the pieces asked about (as query, attending to all): the rest of its output is
 * never read.
 *
 * <p>Inputs: {@code input_ids}, {@code input_mask} [rows, length]; {@code queried_pieces} [rows, slots], the pieces
 * asked about in each row as row × length + piece (a row asking fewer repeats one); {@code places}, each masked place
 * as row × slots + slot; {@code choices} and {@code choice_places} (a place index per choice); {@code
 * normalized_places}.
 */
final class BertOnnxExport {

    private static final int WIDTH = 768;
    private static final int LAYERS = 12;
    private static final int HEADS = 12;
    private static final int VOCABULARY = 30_522;
    private static final int MAX_POSITIONS = 512;
    private static final float EPSILON = 1e-12f;
    /** Quantized weights take -63..63: 7 bits. */
    private static final int WEIGHT_LEVELS = 63;

    private static final float TINY = 1e-5f;
    /** Channels of the feed-forward block's GELU output that stay in 32 bits in the 8-bit model: the widest. */
    private static final int OUTLIERS = 8;

    private final SavedModelWeights weights;
    private final OnnxGraph graph;
    private final ActivationRanges ranges;
    private final boolean activationOutputs;

    private BertOnnxExport(
            SavedModelWeights weights, OnnxGraph graph, ActivationRanges ranges, boolean activationOutputs) {
        this.weights = weights;
        this.graph = graph;
        this.ranges = ranges;
        this.activationOutputs = activationOutputs;
    }

    /**
     * Writes {@code model} and its weights file {@code model + ".weights"} beside it.
     *
     * @param ranges null for 32-bit floats throughout; else every product is quantized to 8 bits, smoothed by these
     *     ranges, except the widest channels of each feed-forward block's GELU output
     */
    static void export(SavedModelWeights weights, Path model, ActivationRanges ranges) throws IOException {
        export(weights, model, ranges, false);
    }

    /**
     * Writes the 32-bit model with each layer's input and attention output as graph outputs too ({@code
     * layer_N_input}, {@code layer_N_attended}), to measure {@link ActivationRanges}. Graph outputs keep their own
     * memory, so the model the annotator runs has none of them.
     */
    static void exportWithActivations(SavedModelWeights weights, Path model) throws IOException {
        export(weights, model, null, true);
    }

    private static void export(SavedModelWeights weights, Path model, ActivationRanges ranges, boolean activations)
            throws IOException {
        try (OnnxGraph graph = new OnnxGraph(model.resolveSibling(model.getFileName() + ".weights"))) {
            new BertOnnxExport(weights, graph, ranges, activations).build();
            graph.write(model);
        }
    }

    private void build() throws IOException {
        String ids = graph.input("input_ids", INT32, "rows", "length");
        String mask = graph.input("input_mask", INT32, "rows", "length");
        String queried = graph.input("queried_pieces", INT32, "rows", "slots");
        String places = graph.input("places", INT32, "places");
        String choices = graph.input("choices", INT32, "choices");
        String choicePlaces = graph.input("choice_places", INT32, "choices");
        String normalizedPlaces = graph.input("normalized_places", INT32, "normalized");

        String embeddings = weight("module/bert/embeddings/word_embeddings", VOCABULARY, WIDTH);
        String x = embedded(ids, embeddings);
        for (int layer = 0; layer < LAYERS; layer++) {
            x = encoderLayer(x, mask, layer, layer == LAYERS - 1 ? queried : null);
        }
        head(x, embeddings, places, choices, choicePlaces, normalizedPlaces);
    }

    /** Each piece's word embedding plus its position's, layer-normed. */
    private String embedded(String ids, String embeddings) throws IOException {
        // every piece is of segment 0: its segment embedding is folded into the position embeddings
        float[] positionsAndSegment = weights.read("module/bert/embeddings/position_embeddings");
        float[] segment = weights.read("module/bert/embeddings/token_type_embeddings");
        for (int i = 0; i < positionsAndSegment.length; i++) {
            positionsAndSegment[i] += segment[i % WIDTH];
        }
        String positions = graph.node(
                "Slice",
                graph.weight("positions_and_segment", positionsAndSegment, MAX_POSITIONS, WIDTH),
                graph.constant("zero", 0),
                graph.node("Gather", graph.node("Shape", ids), graph.constant("one", 1)),
                "zero");
        return layerNorm(
                graph.node("Add", graph.node("Gather", embeddings, ids), positions),
                "module/bert/embeddings/LayerNorm");
    }

    /** The pieces of x at flat indices (row × length + piece) [rows, slots], or all of x for null. */
    private String at(String x, String queried) {
        return queried == null
                ? x
                : graph.node("Gather", graph.node("Reshape", x, graph.constant("rows_of_width", -1, WIDTH)), queried);
    }

    /** The masked-word head at the places asked, cut to the choices' logits and the asked log-normalisers. */
    private void head(
            String x, String embeddings, String places, String choices, String choicePlaces, String normalizedPlaces)
            throws IOException {
        String head = "module/cls/predictions/";
        String atPlaces = at(x, places);
        String hidden = layerNorm(
                graph.microsoft(
                        "FastGelu",
                        List.of(),
                        graph.node("MatMul", atPlaces, weight(head + "transform/dense/kernel", WIDTH, WIDTH)),
                        weight(head + "transform/dense/bias", WIDTH)),
                head + "transform/LayerNorm");
        String bias = weight(head + "output_bias", VOCABULARY);
        // each choice's embedding against its place's vector: one dot product per choice
        String products = graph.node(
                "Mul", graph.node("Gather", embeddings, choices), graph.node("Gather", hidden, choicePlaces));
        String vectorAxis = graph.constant("vector_axis", 1);
        String notKept = "keepdims";
        graph.output(
                "choice_logits",
                graph.node(
                        "Add",
                        graph.node("ReduceSum", List.of(attribute(notKept, 0L)), products, vectorAxis),
                        graph.node("Gather", bias, choices)),
                FLOAT,
                "choices");
        String logits = graph.node(
                "Gemm",
                List.of(attribute("transB", 1L)),
                graph.node("Gather", hidden, normalizedPlaces),
                embeddings,
                bias);
        graph.output(
                "log_normalizers",
                graph.node("ReduceLogSumExp", List.of(attribute(notKept, 0L)), logits, vectorAxis),
                FLOAT,
                "normalized");
    }

    /**
     * Self-attention, then the feed-forward block, each followed by its residual sum and layer norm.
     *
     * @param queried the pieces to compute (flat indices [rows, slots]), attending to all; null for all
     */
    private String encoderLayer(String x, String mask, int index, String queried) throws IOException {
        String layer = "module/bert/encoder/layer_" + index + "/";
        activationOutput("layer_" + index + "_input", x, "width");
        String self = layer + "attention/self/";
        List<String> projections = List.of(self + "query", self + "key", self + "value");
        float[] smoothing = smoothing(ranges == null ? null : ranges.inputs()[index], projections);
        String smoothed = scaled(x, smoothing, layer + "input_smoothing");
        String query = dense(at(smoothed, queried), projections.get(0), WIDTH, smoothing);
        String key = dense(smoothed, projections.get(1), WIDTH, smoothing);
        String value = dense(smoothed, projections.get(2), WIDTH, smoothing);
        String context = graph.microsoft(
                "MultiHeadAttention", List.of(attribute("num_heads", (long) HEADS)), query, key, value, "", mask);
        String attended = residualNorm(
                matMul(context, layer + "attention/output/dense", WIDTH, WIDTH, null),
                at(x, queried),
                layer + "attention/output/");
        activationOutput("layer_" + index + "_attended", attended, "width");
        return feedForward(attended, layer, index);
    }

    /**
     * The feed-forward block. Quantized, both its layers run in 8 bits except the few channels of the GELU's output
     * that run far larger than the rest (up to 150 where the rest stay under about 12; measured, {@link
     * ActivationRanges#intermediate}): one scale for a row would drown the rest, so the first layer's columns are
     * reordered to put them last, and the second layer reads them in 32 bits.
     */
    private String feedForward(String attended, String layer, int index) throws IOException {
        String first = layer + "intermediate/dense";
        String second = layer + "output/dense";
        ChannelOrder order = ranges == null
                ? ChannelOrder.identity(4 * WIDTH)
                : ChannelOrder.widestLast(ranges.intermediate()[index], OUTLIERS);
        float[] smoothing = smoothing(ranges == null ? null : ranges.attended()[index], List.of(first));
        String intermediate = graph.microsoft(
                "FastGelu",
                List.of(),
                matMul(
                        scaled(attended, smoothing, layer + "attended_smoothing"),
                        first + "/kernel",
                        order.columns(weights.read(first + "/kernel")),
                        WIDTH,
                        4 * WIDTH,
                        smoothing),
                graph.weight(first + "/bias", order.columns(weights.read(first + "/bias")), 4 * WIDTH));
        activationOutput("layer_" + index + "_intermediate", intermediate, "intermediate_width");
        String product;
        if (ranges == null) {
            product =
                    matMul(intermediate, second + "/kernel", weights.read(second + "/kernel"), 4 * WIDTH, WIDTH, null);
        } else {
            int inliers = 4 * WIDTH - OUTLIERS;
            float[] kernel = order.rows(weights.read(second + "/kernel"), WIDTH);
            product = graph.node(
                    "Add",
                    matMul(
                            slice(intermediate, 0, inliers),
                            second + "/kernel/inliers",
                            Arrays.copyOfRange(kernel, 0, inliers * WIDTH),
                            inliers,
                            WIDTH,
                            null),
                    graph.node(
                            "MatMul",
                            slice(intermediate, inliers, 4 * WIDTH),
                            graph.weight(
                                    second + "/kernel/outliers",
                                    Arrays.copyOfRange(kernel, inliers * WIDTH, kernel.length),
                                    OUTLIERS,
                                    WIDTH)));
        }
        return residualNorm(product, attended, layer + "output/");
    }

    private void activationOutput(String name, String activation, String width) {
        if (activationOutputs) {
            graph.output(name, activation, FLOAT, "rows", "length", width);
        }
    }

    /** x times the layer's kernel, plus its bias. */
    private String dense(String x, String scope, int in, float[] smoothing) throws IOException {
        String bias = weight(scope + "/bias", WIDTH);
        return graph.node("Add", matMul(x, scope, in, WIDTH, smoothing), bias);
    }

    /** x times the kernel of {@code scope} ({@link #matMul(String, String, float[], int, int, float[])}). */
    private String matMul(String x, String scope, int in, int out, float[] smoothing) throws IOException {
        String name = scope + "/kernel";
        return matMul(x, name, weights.read(name), in, out, smoothing);
    }

    /**
     * x times a kernel whose rows are first multiplied by {@code smoothing} (x's channels having been divided by it);
     * quantized, the kernel is 7-bit per column (8-bit sums saturate in AVX2's int8 instructions) and x is quantized
     * per row.
     */
    private String matMul(String x, String name, float[] kernel, int in, int out, float[] smoothing)
            throws IOException {
        if (ranges == null) {
            return graph.node("MatMul", x, graph.weight(name, kernel, in, out));
        }
        byte[] levels = new byte[kernel.length];
        float[] scales = new float[out];
        for (int row = 0; row < in; row++) {
            for (int column = 0; column < out; column++) {
                kernel[row * out + column] *= smoothing == null ? 1 : smoothing[row];
                scales[column] = Math.max(scales[column], Math.abs(kernel[row * out + column]) / WEIGHT_LEVELS);
            }
        }
        for (int i = 0; i < kernel.length; i++) {
            float scale = scales[i % out];
            levels[i] = (byte) (scale == 0 ? 0 : Math.round(kernel[i] / scale));
        }
        // ONNX Runtime quantizes a call's activations with one scale; each row divided by its own largest value first
        // (and the product multiplied back) quantizes each row on its own scale, closer to 32 bits
        String rowRange = graph.node(
                "Add",
                graph.node(
                        "ReduceMax",
                        List.of(attribute("keepdims", 1L)),
                        graph.node("Abs", x),
                        graph.constant("last_axis", -1)),
                graph.weight(name + "/tiny", new float[] {TINY}, 1));
        return graph.node(
                "Mul",
                graph.microsoft(
                        "DynamicQuantizeMatMul",
                        List.of(),
                        graph.node("Div", x, rowRange),
                        graph.weight(name + "/quantized", levels, in, out),
                        graph.weight(name + "/scales", scales, out)),
                rowRange);
    }

    /** Channels [from, to) of x. */
    private String slice(String x, long from, long to) {
        return graph.node(
                "Slice",
                x,
                graph.constant("channel_" + from, from),
                graph.constant("channel_" + to, to),
                graph.constant("last_axis", -1));
    }

    /**
     * SmoothQuant's factors for the channels of an activation read by these layers: √(activation range / weight range)
     * per channel, which evens the two out; null when not quantizing.
     */
    private float[] smoothing(float[] activationRanges, List<String> readers) {
        return activationRanges == null
                ? null
                : evened(
                        activationRanges,
                        readers.stream()
                                .map(reader -> weights.read(reader + "/kernel"))
                                .toList());
    }

    private static float[] evened(float[] activationRanges, List<float[]> kernels) {
        float[] weightRanges = new float[activationRanges.length];
        for (float[] kernel : kernels) {
            int out = kernel.length / weightRanges.length;
            for (int i = 0; i < kernel.length; i++) {
                weightRanges[i / out] = Math.max(weightRanges[i / out], Math.abs(kernel[i]));
            }
        }
        float[] factors = new float[activationRanges.length];
        for (int i = 0; i < factors.length; i++) {
            factors[i] = (float) Math.sqrt(Math.max(activationRanges[i], TINY) / Math.max(weightRanges[i], TINY));
        }
        return factors;
    }

    /** x with each channel divided by its factor, or x itself without factors. */
    private String scaled(String x, float[] factors, String name) throws IOException {
        if (factors == null) {
            return x;
        }
        float[] inverse = new float[factors.length];
        for (int i = 0; i < factors.length; i++) {
            inverse[i] = 1 / factors[i];
        }
        return graph.node("Mul", x, graph.weight(name, inverse, inverse.length));
    }

    /** LayerNorm(product + bias + residual), the dense layer's bias added inside the fused operator. */
    private String residualNorm(String product, String residual, String scope) throws IOException {
        return graph.microsoft(
                "SkipLayerNormalization",
                List.of(attribute("epsilon", EPSILON)),
                product,
                residual,
                weight(scope + "LayerNorm/gamma", WIDTH),
                weight(scope + "LayerNorm/beta", WIDTH),
                weight(scope + "dense/bias", WIDTH));
    }

    private String layerNorm(String x, String scope) throws IOException {
        return graph.node(
                "LayerNormalization",
                List.of(attribute("epsilon", EPSILON), attribute("axis", -1L)),
                x,
                weight(scope + "/gamma", WIDTH),
                weight(scope + "/beta", WIDTH));
    }

    private String weight(String variable, long... dims) throws IOException {
        return graph.weight(variable, weights.read(variable), dims);
    }
}
