package org.lectern.annotator.cleanup.artefacts;

import java.nio.file.Path;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.types.TFloat32;

/**
 * The trained variables of a TensorFlow SavedModel, read one at a time by name (TensorFlow Java reads the checkpoint
 * format; nothing else here does).
 */
final class SavedModelWeights implements AutoCloseable {

    private final SavedModelBundle bundle;

    SavedModelWeights(Path savedModel) {
        this.bundle =
                SavedModelBundle.loader(savedModel.toString()).withTags("serve").load();
    }

    /** A variable's values, row-major, e.g. {@code module/bert/embeddings/word_embeddings}. */
    float[] read(String variable) {
        if (bundle.graph().operation(variable) == null) {
            throw new IllegalArgumentException("no variable " + variable + " in the SavedModel");
        }
        try (Result result = bundle.session()
                .runner()
                .fetch(variable + "/Read/ReadVariableOp")
                .run()) {
            TFloat32 tensor = (TFloat32) result.get(0);
            float[] values = new float[Math.toIntExact(tensor.size())];
            tensor.copyTo(DataBuffers.of(values, false, false));
            return values;
        }
    }

    @Override
    public void close() {
        bundle.close();
    }
}
