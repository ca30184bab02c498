package org.lectern.annotator.cleanup.artefacts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The largest absolute value each channel of BERT's layers reads, measured on news text: per layer, the layer's input
 * (read by attention's query, key and value), the attention block's output (read by the feed-forward block) and the
 * feed-forward block's GELU output (read by its second layer). A few channels run 20–50 times larger than the rest;
 * quantizing them together with the rest would drown the rest, so {@link BertOnnxExport} divides each channel of the
 * first two by a factor from these ranges and multiplies the weights reading it by the same (SmoothQuant, Xiao et al.
 * 2023), and keeps the widest of the third in 32 bits. Stored as text, one line per layer and kind: {@code LAYER KIND v0 v1 ...}.
 */
record ActivationRanges(float[][] inputs, float[][] attended, float[][] intermediate) {

    /** The ranges shipped with the annotator, measured by {@code ActivationRangeCalibration} on BBC news. */
    static final String RESOURCE = "bert-activation-ranges.txt";

    private static final String INPUT = "input";
    private static final String ATTENDED = "attended";
    private static final String INTERMEDIATE = "intermediate";
    private static final List<String> KINDS = List.of(INPUT, ATTENDED, INTERMEDIATE);

    static ActivationRanges shipped() {
        try (InputStream in = ActivationRanges.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ActivationRanges read(InputStream in) throws IOException {
        float[][][] kinds = {new float[0][], new float[0][], new float[0][]};
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            String[] fields = line.trim().split(" ");
            int kind = fields.length < 3 ? -1 : KINDS.indexOf(fields[1]);
            if (kind < 0) {
                throw new IOException("line " + number + ": expected LAYER input|attended|intermediate VALUES...");
            }
            int layer = Integer.parseInt(fields[0]);
            float[] values = new float[fields.length - 2];
            for (int i = 0; i < values.length; i++) {
                values[i] = Float.parseFloat(fields[i + 2]);
            }
            kinds[kind] = Arrays.copyOf(kinds[kind], Math.max(kinds[kind].length, layer + 1));
            kinds[kind][layer] = values;
        }
        return new ActivationRanges(kinds[0], kinds[1], kinds[2]);
    }

    void write(Writer out) throws IOException {
        for (int layer = 0; layer < inputs.length; layer++) {
            write(out, layer, INPUT, inputs[layer]);
            write(out, layer, ATTENDED, attended[layer]);
            write(out, layer, INTERMEDIATE, intermediate[layer]);
        }
    }

    private static void write(Writer out, int layer, String kind, float[] values) throws IOException {
        StringBuilder line = new StringBuilder().append(layer).append(' ').append(kind);
        for (float value : values) {
            line.append(' ').append(value);
        }
        out.write(line.append('\n').toString());
    }
}
