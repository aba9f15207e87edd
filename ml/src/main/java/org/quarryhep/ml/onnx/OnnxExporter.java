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
import org.quarryhep.ml.nn.LayerSpec;
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
        GraphParts g = new GraphParts();
        String x = std.hasMissingValue() ? g.fillMissing("x", std, d) : "x";
        for (int k = 0; k < layers.size(); k++) {
            DenseLayer l = layers.get(k);
            String p = "l" + k;
            x = g.dense(p, l, k == 0 ? std : null, x);
            if (l.bnScale() != null) {
                x = g.batchNorm(p, l, x);
            }
            if (l.spec() != null) {
                x = g.activation(p, l.spec(), x);
            }
        }
        g.head(model.info().task(), model.info().priorRatio(), x);
        GraphProto graph =
                GraphProto.newBuilder()
                        .setName("quarry_" + model.info().kind())
                        .addAllNode(g.nodes)
                        .addAllInitializer(g.inits)
                        .addInput(floatValueInfo("x", "N", d))
                        .addOutput(floatValueInfo("score", "N", 1))
                        .build();
        return modelProto(graph, model.info().features(), model.info().task()).toByteArray();
    }

    /** The nodes and initialisers of the graph being built; each step returns its output name. */
    private static final class GraphParts {
        final List<NodeProto> nodes = new ArrayList<>();
        final List<TensorProto> inits = new ArrayList<>();

        /** Equal + Where: missing-value markers replaced by the training mean. */
        String fillMissing(String x, Standardizer std, int d) {
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
            return "x_filled";
        }

        /**
         * A Gemm layer; with {@code std} the standardisation is folded in (W' = W / σ column-wise,
         * b' = b − W' μ).
         */
        String dense(String p, DenseLayer l, Standardizer std, String x) {
            float[] w = l.weight().clone();
            float[] b = l.bias().clone();
            if (std != null) {
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
            return y;
        }

        String batchNorm(String p, DenseLayer l, String x) {
            inits.add(floatTensor(p + "_bn_scale", new long[] {l.out()}, l.bnScale()));
            inits.add(floatTensor(p + "_bn_shift", new long[] {l.out()}, l.bnShift()));
            inits.add(floatTensor(p + "_bn_mean", new long[] {l.out()}, l.bnMean()));
            inits.add(floatTensor(p + "_bn_var", new long[] {l.out()}, l.bnVar()));
            String y = p + "_bn";
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
            return y;
        }

        /** The layer's activation, or {@code x} itself for a linear one. */
        String activation(String p, LayerSpec spec, String x) {
            String op =
                    switch (spec.activation()) {
                        case RELU -> "Relu";
                        case LEAKY_RELU -> "LeakyRelu";
                        case TANH -> "Tanh";
                        case SIGMOID -> "Sigmoid";
                        case LINEAR -> null;
                    };
            if (op == null) {
                return x;
            }
            String y = p + "_act";
            List<AttributeProto> attrs =
                    op.equals("LeakyRelu")
                            ? List.of(floatAttribute("alpha", (float) spec.slope()))
                            : List.of();
            nodes.add(node(op, p + "_activation", List.of(x), List.of(y), attrs));
            return y;
        }

        /**
         * The output {@code score}: Sigmoid for a classifier, Exp times the prior ratio for a
         * likelihood-ratio model, the value itself for a regression.
         */
        void head(Task task, double priorRatio, String x) {
            if (task == Task.CLASSIFICATION) {
                nodes.add(node("Sigmoid", "probability", List.of(x), List.of("score"), List.of()));
            } else if (task == Task.LIKELIHOOD_RATIO) {
                inits.add(
                        floatTensor(
                                "prior_ratio", new long[] {1}, new float[] {(float) priorRatio}));
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
        }
    }

    /** The ModelProto around a graph, with the feature names and task as metadata. */
    private static ModelProto modelProto(GraphProto graph, List<String> featureNames, Task task) {
        String features;
        try {
            features = ModelFiles.MAPPER.writeValueAsString(featureNames);
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
                .build();
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
