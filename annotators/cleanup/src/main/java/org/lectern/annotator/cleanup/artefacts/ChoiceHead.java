package org.lectern.annotator.cleanup.artefacts;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Max;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Operations added to BERT's graph so that a call scores only the word pieces asked about at each masked place,
 * instead of the model's own head, which scores all 30,522 (12 % of a call's time, and as many floats copied out
 * per place). A place's scores are then its choices' logits; only places whose scores are compared with another
 * place's (a word of several pieces) need them as log-probabilities, and only those are scored against the whole
 * vocabulary.
 */
final class ChoiceHead {

    /** The model's head up to its last layer: one vector per masked place, in mlm_positions order. */
    private static final String HIDDEN = "module/cls/predictions/transform/LayerNorm/batchnorm/add_1";
    /** The word-piece embeddings the head scores vectors against (tied with the input embeddings), and its bias. */
    private static final String EMBEDDINGS = "module/cls/predictions/MatMul/ReadVariableOp";

    private static final String BIAS = "module/cls/predictions/BiasAdd/ReadVariableOp";

    /** Feed: the piece ids to score, all places' one after the other, [choices]. */
    final Placeholder<TInt32> choices;
    /** Feed: the place (index into the places) each choice is scored at, [choices]. */
    final Placeholder<TInt32> choicePlaces;
    /** Feed: the places whose log-normaliser is wanted, [k]. */
    final Placeholder<TInt32> normalizedPlaces;
    /** Fetch: the logit of each choice at its place, [choices]. */
    final Operand<TFloat32> choiceLogits;
    /** Fetch: log Σ exp(logit) over the whole vocabulary at each normalized place, [k]. */
    final Operand<TFloat32> logNormalizers;

    /** Adds the operations to a graph holding BERT's masked-word head; call before the first run of its session. */
    ChoiceHead(Graph graph) {
        Ops tf = Ops.create(graph).withSubScope("lectern");
        Operand<TFloat32> hidden = graph.operation(HIDDEN).output(0);
        Operand<TFloat32> embeddings = graph.operation(EMBEDDINGS).output(0);
        Operand<TFloat32> bias = graph.operation(BIAS).output(0);
        Operand<TInt32> rows = tf.constant(0);
        Operand<TInt32> vectorAxis = tf.constant(1);
        choices = tf.placeholder(TInt32.class);
        choicePlaces = tf.placeholder(TInt32.class);
        normalizedPlaces = tf.placeholder(TInt32.class);
        // each choice's embedding against its place's vector: one dot product per choice, no padding
        Operand<TFloat32> products =
                tf.math.mul(tf.gather(embeddings, choices, rows), tf.gather(hidden, choicePlaces, rows));
        choiceLogits = tf.math.add(tf.sum(products, vectorAxis), tf.gather(bias, choices, rows));
        Operand<TFloat32> logits = tf.nn.biasAdd(
                tf.linalg.matMul(tf.gather(hidden, normalizedPlaces, rows), embeddings, MatMul.transposeB(true)), bias);
        Operand<TFloat32> max = tf.max(logits, vectorAxis, Max.keepDims(true));
        logNormalizers = tf.math.add(
                tf.reshape(max, tf.constant(new int[] {-1})),
                tf.math.log(tf.sum(tf.math.exp(tf.math.sub(logits, max)), vectorAxis)));
    }
}
