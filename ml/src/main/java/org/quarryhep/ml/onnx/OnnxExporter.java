package org.quarryhep.ml.onnx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.QuarryVersion;
import org.quarryhep.ml.ExportNotSupportedException;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.nn.DenseLayer;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.onnx.proto.OnnxProtos.AttributeProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.GraphProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.ModelProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.NodeProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.OperatorSetIdProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.StringStringEntryProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.TensorProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.TensorShapeProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.TypeProto;
import org.quarryhep.ml.onnx.proto.OnnxProtos.ValueInfoProto;
import org.quarryhep.ml.table.Standardizer;

/**
 * Writes an MLP as an ONNX model (IR version 7, opset 13) that takes raw features.
 *
 * <p>Graph: input {@code x} [N, d] → (Equal + Where: missing-value markers replaced by the training
 * mean, i.e. 0 after standardisation) → Gemm with the standardisation folded into the first layer
 * (W' = W / σ column-wise, b' = b − W' μ) → per hidden layer BatchNormalization, Relu / LeakyRelu /
 * Tanh / Sigmoid → output Gemm → Sigmoid for classifiers (Exp and a prior factor for
 * likelihood-ratio models) → output {@code score} [N, 1]. Dropout is the identity at inference and
 * is left out. The feature names and task are stored in {@code metadata_props}. The messages are
 * built with the classes protoc generates from ONNX's {@code onnx.proto} ({@link
 * org.quarryhep.ml.onnx.proto.OnnxProtos}).
 */
public final class OnnxExporter {
    /** The metadata key holding the feature names as a JSON array. */
    public static final String FEATURES_KEY = "quarry.features";

    /** The metadata key holding the task. */
    public static final String TASK_KEY = "quarry.task";

    /** The ONNX IR version written (IR 7 is the one of opset 13). */
    private static final long IR_VERSION = 7;

    /** The default-domain opset the graph's operators are taken from. */
    private static final long OPSET = 13;

    private OnnxExporter() {}

    /**
     * The ONNX bytes of a network.
     *
     * @param model an MLP
     * @return a serialised ModelProto
     * @throws ExportNotSupportedException for a residual or Deep Sets network
     */
    public static byte[] toBytes(NetworkModel model) {
        List<DenseLayer> layers = model.denseLayers();
        Standardizer std = model.info().standardizer();
        int d = model.info().features().size();
        List<NodeProto> nodes = new ArrayList<>();
        List<TensorProto> inits = new ArrayList<>();
        String x = "x";
        if (std.hasMissingValue()) {
            float[] marker = new float[d];
            float[] mean = new float[d];
            for (int j = 0; j < d; j++) {
                marker[j] = (float) std.missingValue();
                mean[j] = (float) std.mean()[j];
            }
            inits.add(floatTensor("missing_marker", new long[] {d}, marker));
            inits.add(floatTensor("feature_mean", new long[] {d}, mean));
            nodes.add(
                    node(
                            "Equal",
                            "is_missing",
                            List.of(x, "missing_marker"),
                            List.of("missing"),
                            List.of()));
            nodes.add(
                    node(
                            "Where",
                            "fill_missing",
                            List.of("missing", "feature_mean", x),
                            List.of("x_filled"),
                            List.of()));
            x = "x_filled";
        }
        for (int k = 0; k < layers.size(); k++) {
            DenseLayer l = layers.get(k);
            float[] w = l.weight().clone();
            float[] b = l.bias().clone();
            if (k == 0) {
                for (int o = 0; o < l.out(); o++) {
                    double shift = 0;
                    for (int i = 0; i < l.in(); i++) {
                        double wi = w[o * l.in() + i] / std.std()[i];
                        w[o * l.in() + i] = (float) wi;
                        shift += wi * std.mean()[i];
                    }
                    b[o] = (float) (b[o] - shift);
                }
            }
            String p = "l" + k;
            inits.add(floatTensor(p + "_W", new long[] {l.out(), l.in()}, w));
            inits.add(floatTensor(p + "_b", new long[] {l.out()}, b));
            String y = p + "_gemm";
            nodes.add(
                    node(
                            "Gemm",
                            p + "_dense",
                            List.of(x, p + "_W", p + "_b"),
                            List.of(y),
                            List.of(intAttribute("transB", 1))));
            x = y;
            if (l.bnScale() != null) {
                inits.add(floatTensor(p + "_bn_scale", new long[] {l.out()}, l.bnScale()));
                inits.add(floatTensor(p + "_bn_shift", new long[] {l.out()}, l.bnShift()));
                inits.add(floatTensor(p + "_bn_mean", new long[] {l.out()}, l.bnMean()));
                inits.add(floatTensor(p + "_bn_var", new long[] {l.out()}, l.bnVar()));
                y = p + "_bn";
                nodes.add(
                        node(
                                "BatchNormalization",
                                p + "_batchnorm",
                                List.of(
                                        x,
                                        p + "_bn_scale",
                                        p + "_bn_shift",
                                        p + "_bn_mean",
                                        p + "_bn_var"),
                                List.of(y),
                                List.of(floatAttribute("epsilon", l.bnEpsilon()))));
                x = y;
            }
            if (l.spec() != null) {
                String op =
                        switch (l.spec().activation()) {
                            case RELU -> "Relu";
                            case LEAKY_RELU -> "LeakyRelu";
                            case TANH -> "Tanh";
                            case SIGMOID -> "Sigmoid";
                            case LINEAR -> null;
                        };
                if (op != null) {
                    y = p + "_act";
                    List<AttributeProto> attrs =
                            op.equals("LeakyRelu")
                                    ? List.of(floatAttribute("alpha", (float) l.spec().slope()))
                                    : List.of();
                    nodes.add(node(op, p + "_activation", List.of(x), List.of(y), attrs));
                    x = y;
                }
            }
        }
        Task task = model.info().task();
        if (task == Task.CLASSIFICATION) {
            nodes.add(node("Sigmoid", "probability", List.of(x), List.of("score"), List.of()));
        } else if (task == Task.LIKELIHOOD_RATIO) {
            inits.add(
                    floatTensor(
                            "prior_ratio",
                            new long[] {1},
                            new float[] {(float) model.info().priorRatio()}));
            nodes.add(node("Exp", "odds", List.of(x), List.of("odds"), List.of()));
            nodes.add(
                    node(
                            "Mul",
                            "ratio",
                            List.of("odds", "prior_ratio"),
                            List.of("score"),
                            List.of()));
        } else {
            nodes.add(node("Identity", "value", List.of(x), List.of("score"), List.of()));
        }
        GraphProto graph =
                GraphProto.newBuilder()
                        .setName("quarry_" + model.info().kind())
                        .addAllNode(nodes)
                        .addAllInitializer(inits)
                        .addInput(floatValueInfo("x", "N", d))
                        .addOutput(floatValueInfo("score", "N", 1))
                        .build();
        String features;
        try {
            features = ModelFiles.MAPPER.writeValueAsString(model.info().features());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("quarry")
                .setProducerVersion(QuarryVersion.get())
                .setGraph(graph)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .addMetadataProps(metadata(FEATURES_KEY, features))
                .addMetadataProps(metadata(TASK_KEY, task.name()))
                .build()
                .toByteArray();
    }

    /**
     * Writes the ONNX file (through a temporary file moved into place).
     *
     * @throws IOException when the file cannot be written
     * @throws ExportNotSupportedException for a residual or Deep Sets network
     */
    public static void write(NetworkModel model, Path file) throws IOException {
        byte[] bytes = toBytes(model);
        AtomicFile.write(file, tmp -> Files.write(tmp, bytes));
    }

    private static NodeProto node(
            String op,
            String name,
            List<String> inputs,
            List<String> outputs,
            List<AttributeProto> attributes) {
        return NodeProto.newBuilder()
                .setOpType(op)
                .setName(name)
                .addAllInput(inputs)
                .addAllOutput(outputs)
                .addAllAttribute(attributes)
                .build();
    }

    private static AttributeProto floatAttribute(String name, float value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.FLOAT)
                .setF(value)
                .build();
    }

    private static AttributeProto intAttribute(String name, long value) {
        return AttributeProto.newBuilder()
                .setName(name)
                .setType(AttributeProto.AttributeType.INT)
                .setI(value)
                .build();
    }

    /** A float tensor with its values in raw_data (ONNX stores raw data little-endian). */
    private static TensorProto floatTensor(String name, long[] dims, float[] values) {
        ByteBuffer raw =
                ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        TensorProto.Builder t =
                TensorProto.newBuilder()
                        .setName(name)
                        .setDataType(TensorProto.DataType.FLOAT_VALUE)
                        .setRawData(ByteString.copyFrom(raw.array()));
        for (long dim : dims) {
            t.addDims(dim);
        }
        return t.build();
    }

    /** A float tensor's ValueInfoProto whose first dimension is the symbolic batch size. */
    private static ValueInfoProto floatValueInfo(String name, String batchDim, long... dims) {
        TensorShapeProto.Builder shape =
                TensorShapeProto.newBuilder()
                        .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(batchDim));
        for (long dim : dims) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(dim));
        }
        TypeProto.Tensor tensor =
                TypeProto.Tensor.newBuilder()
                        .setElemType(TensorProto.DataType.FLOAT_VALUE)
                        .setShape(shape)
                        .build();
        return ValueInfoProto.newBuilder()
                .setName(name)
                .setType(TypeProto.newBuilder().setTensorType(tensor))
                .build();
    }

    private static StringStringEntryProto metadata(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }
}
