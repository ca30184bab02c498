package org.lectern.annotator.cleanup.artefacts;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an ONNX model (opset 18, and ONNX Runtime's {@code com.microsoft} operators) node by node. Weights go to a
 * file beside the model as they come (ONNX's external data), so a model of hundreds of megabytes is written without
 * holding its weights in memory.
 */
final class OnnxGraph implements AutoCloseable {

    static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;
    static final int INT32 = TensorProto.DataType.INT32_VALUE;
    private static final String MICROSOFT = "com.microsoft";

    private final GraphProto.Builder graph = GraphProto.newBuilder().setName("lectern");
    private final Set<String> constants = new HashSet<>();
    private final String weightsName;
    private final OutputStream weights;
    private long offset;
    private int nodes;

    /** @param weightsFile where the weights go; the model must be written into the same folder */
    OnnxGraph(Path weightsFile) throws IOException {
        this.weightsName = weightsFile.getFileName().toString();
        this.weights = new BufferedOutputStream(Files.newOutputStream(weightsFile), 1 << 20);
    }

    /** A float tensor of weights, written to the weights file; returns its name. */
    String weight(String name, float[] values, long... dims) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return weight(name, FLOAT, bytes.array(), dims);
    }

    /** A tensor of 8-bit integer weights, written to the weights file; returns its name. */
    String weight(String name, byte[] values, long... dims) throws IOException {
        return weight(name, TensorProto.DataType.INT8_VALUE, values, dims);
    }

    private String weight(String name, int type, byte[] bytes, long... dims) throws IOException {
        weights.write(bytes);
        graph.addInitializer(TensorProto.newBuilder()
                .setName(name)
                .setDataType(type)
                .addAllDims(Arrays.stream(dims).boxed().toList())
                .setDataLocation(TensorProto.DataLocation.EXTERNAL)
                .addExternalData(entry("location", weightsName))
                .addExternalData(entry("offset", Long.toString(offset)))
                .addExternalData(entry("length", Integer.toString(bytes.length))));
        offset += bytes.length;
        return name;
    }

    /** A small vector of 64-bit integers kept in the model itself (shapes, axes), once per name; returns its name. */
    String constant(String name, long... values) {
        if (!constants.add(name)) {
            return name;
        }
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        graph.addInitializer(TensorProto.newBuilder()
                .setName(name)
                .setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length)
                .setRawData(ByteString.copyFrom(bytes.array())));
        return name;
    }

    /** A standard operator's node; returns the name of its (only) output. */
    String node(String op, List<AttributeProto> attributes, String... inputs) {
        return add(op, "", attributes, inputs);
    }

    String node(String op, String... inputs) {
        return add(op, "", List.of(), inputs);
    }

    /** A node of one of ONNX Runtime's own fused operators. */
    String microsoft(String op, List<AttributeProto> attributes, String... inputs) {
        return add(op, MICROSOFT, attributes, inputs);
    }

    private String add(String op, String domain, List<AttributeProto> attributes, String... inputs) {
        String output = op + "_" + nodes++;
        graph.addNode(NodeProto.newBuilder()
                .setOpType(op)
                .setDomain(domain)
                .setName(output)
                .addAllInput(Arrays.asList(inputs))
                .addOutput(output)
                .addAllAttribute(attributes));
        return output;
    }

    /** A graph input of the given element type, each dimension named (its size given at each call). */
    String input(String name, int type, String... dims) {
        graph.addInput(valueInfo(name, type, dims));
        return name;
    }

    /** Makes a node's output a graph output under a name of its own. */
    void output(String name, String from, int type, String... dims) {
        graph.addNode(
                NodeProto.newBuilder().setOpType("Identity").addInput(from).addOutput(name));
        graph.addOutput(valueInfo(name, type, dims));
    }

    static AttributeProto attribute(String name, long value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.INT)
                .setI(value)
                .build();
    }

    static AttributeProto attribute(String name, float value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.FLOAT)
                .setF(value)
                .build();
    }

    /** Writes the model; its weights file must stay beside it. */
    void write(Path model) throws IOException {
        weights.flush();
        ModelProto proto = ModelProto.newBuilder()
                .setIrVersion(8)
                .setProducerName("lectern")
                .setGraph(graph)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(18))
                .addOpsetImport(
                        OperatorSetIdProto.newBuilder().setDomain(MICROSOFT).setVersion(1))
                .build();
        try (OutputStream out = Files.newOutputStream(model)) {
            proto.writeTo(out);
        }
    }

    @Override
    public void close() throws IOException {
        weights.close();
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private static ValueInfoProto valueInfo(String name, int type, String... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (String dim : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(dim));
        }
        return ValueInfoProto.newBuilder()
                .setName(name)
                .setType(TypeProto.newBuilder()
                        .setTensorType(
                                TypeProto.Tensor.newBuilder().setElemType(type).setShape(shape)))
                .build();
    }
}
