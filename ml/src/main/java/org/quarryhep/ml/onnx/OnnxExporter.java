package org.quarryhep.ml.onnx;

import java.io.IOException;
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
import org.quarryhep.ml.table.Standardizer;

/**
 * Writes an MLP as an ONNX model (IR version 7, opset 13) that takes raw features.
 *
 * <p>Graph: input {@code x} [N, d] → (Equal + Where: missing-value markers replaced by the training
 * mean, i.e. 0 after standardisation) → Gemm with the standardisation folded into the first layer
 * (W' = W / σ column-wise, b' = b − W' μ) → per hidden layer BatchNormalization, Relu / LeakyRelu /
 * Tanh / Sigmoid → output Gemm → Sigmoid for classifiers (Exp and a prior factor for
 * likelihood-ratio models) → output {@code score} [N, 1]. Dropout is the identity at inference and
 * is left out. The feature names and task are stored in {@code metadata_props}.
 */
public final class OnnxExporter {
    /** The metadata key holding the feature names as a JSON array. */
    public static final String FEATURES_KEY = "quarry.features";

    /** The metadata key holding the task. */
    public static final String TASK_KEY = "quarry.task";

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
        List<byte[]> nodes = new ArrayList<>();
        List<byte[]> inits = new ArrayList<>();
        String x = "x";
        if (std.hasMissingValue()) {
            float[] marker = new float[d];
            float[] mean = new float[d];
            for (int j = 0; j < d; j++) {
                marker[j] = (float) std.missingValue();
                mean[j] = (float) std.mean()[j];
            }
            inits.add(OnnxProto.floatTensor("missing_marker", new long[] {d}, marker));
            inits.add(OnnxProto.floatTensor("feature_mean", new long[] {d}, mean));
            nodes.add(
                    OnnxProto.node(
                            "Equal",
                            "is_missing",
                            List.of(x, "missing_marker"),
                            List.of("missing"),
                            List.of()));
            nodes.add(
                    OnnxProto.node(
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
            inits.add(OnnxProto.floatTensor(p + "_W", new long[] {l.out(), l.in()}, w));
            inits.add(OnnxProto.floatTensor(p + "_b", new long[] {l.out()}, b));
            String y = p + "_gemm";
            nodes.add(
                    OnnxProto.node(
                            "Gemm",
                            p + "_dense",
                            List.of(x, p + "_W", p + "_b"),
                            List.of(y),
                            List.of(OnnxProto.intAttribute("transB", 1))));
            x = y;
            if (l.bnScale() != null) {
                inits.add(
                        OnnxProto.floatTensor(p + "_bn_scale", new long[] {l.out()}, l.bnScale()));
                inits.add(
                        OnnxProto.floatTensor(p + "_bn_shift", new long[] {l.out()}, l.bnShift()));
                inits.add(OnnxProto.floatTensor(p + "_bn_mean", new long[] {l.out()}, l.bnMean()));
                inits.add(OnnxProto.floatTensor(p + "_bn_var", new long[] {l.out()}, l.bnVar()));
                y = p + "_bn";
                nodes.add(
                        OnnxProto.node(
                                "BatchNormalization",
                                p + "_batchnorm",
                                List.of(
                                        x,
                                        p + "_bn_scale",
                                        p + "_bn_shift",
                                        p + "_bn_mean",
                                        p + "_bn_var"),
                                List.of(y),
                                List.of(OnnxProto.floatAttribute("epsilon", l.bnEpsilon()))));
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
                    List<byte[]> attrs =
                            op.equals("LeakyRelu")
                                    ? List.of(
                                            OnnxProto.floatAttribute(
                                                    "alpha", (float) l.spec().slope()))
                                    : List.of();
                    nodes.add(OnnxProto.node(op, p + "_activation", List.of(x), List.of(y), attrs));
                    x = y;
                }
            }
        }
        Task task = model.info().task();
        if (task == Task.CLASSIFICATION) {
            nodes.add(
                    OnnxProto.node(
                            "Sigmoid", "probability", List.of(x), List.of("score"), List.of()));
        } else if (task == Task.LIKELIHOOD_RATIO) {
            inits.add(
                    OnnxProto.floatTensor(
                            "prior_ratio",
                            new long[] {1},
                            new float[] {(float) model.info().priorRatio()}));
            nodes.add(OnnxProto.node("Exp", "odds", List.of(x), List.of("odds"), List.of()));
            nodes.add(
                    OnnxProto.node(
                            "Mul",
                            "ratio",
                            List.of("odds", "prior_ratio"),
                            List.of("score"),
                            List.of()));
        } else {
            nodes.add(OnnxProto.node("Identity", "value", List.of(x), List.of("score"), List.of()));
        }
        byte[] graph =
                OnnxProto.graph(
                        "quarry_" + model.info().kind(),
                        nodes,
                        inits,
                        List.of(OnnxProto.floatValueInfo("x", "N", d)),
                        List.of(OnnxProto.floatValueInfo("score", "N", 1)));
        String features;
        try {
            features = ModelFiles.MAPPER.writeValueAsString(model.info().features());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return OnnxProto.model(
                7,
                "quarry",
                QuarryVersion.get(),
                graph,
                13,
                List.of(
                        new String[] {FEATURES_KEY, features},
                        new String[] {TASK_KEY, task.name()}));
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
}
