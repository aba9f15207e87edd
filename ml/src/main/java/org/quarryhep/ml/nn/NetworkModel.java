package org.quarryhep.ml.nn;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.quarryhep.ml.ExportNotSupportedException;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.table.FeatureTable;

/**
 * A trained network on DJL's PyTorch engine. Predictions run in inference mode (dropout off, batch
 * norm with its running statistics) in chunks of 65 536 rows.
 */
public final class NetworkModel implements Model {
    static final String ENGINE = "PyTorch";
    private static final int CHUNK = 1 << 16;

    private final ModelInfo info;
    private final NetworkConfig config;
    private final ai.djl.Model djl;

    NetworkModel(ModelInfo info, NetworkConfig config, ai.djl.Model djl) {
        this.info = info;
        this.config = config;
        this.djl = djl;
    }

    /**
     * Rebuilds a network from its description and saved parameters.
     *
     * @param info the model description (its config must be a {@link NetworkConfig})
     * @param config the network configuration
     * @param weights the bytes of {@link #weightBytes()}
     * @return the model
     * @throws IllegalArgumentException when the weights do not fit the configuration
     */
    public static NetworkModel fromWeights(ModelInfo info, NetworkConfig config, byte[] weights) {
        ai.djl.Model m = ai.djl.Model.newInstance("quarry-" + info.kind(), ENGINE);
        Block block = NetworkBlocks.build(config);
        m.setBlock(block);
        block.initialize(m.getNDManager(), DataType.FLOAT32, new Shape(1, info.features().size()));
        try {
            block.loadParameters(
                    m.getNDManager(), new DataInputStream(new ByteArrayInputStream(weights)));
        } catch (IOException | MalformedModelException e) {
            m.close();
            throw new IllegalArgumentException(
                    "network weights do not match the config: " + e.getMessage(), e);
        }
        return new NetworkModel(info, config, m);
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    /** The network configuration. */
    public NetworkConfig config() {
        return config;
    }

    ai.djl.Model djl() {
        return djl;
    }

    Block block() {
        return djl.getBlock();
    }

    /**
     * The dense layers of an MLP with their batch-norm statistics, hidden layers first and the
     * output layer last (dropout is an identity at inference and has no values).
     *
     * @return the layers
     * @throws ExportNotSupportedException for residual and Deep Sets networks
     */
    public List<DenseLayer> denseLayers() {
        if (config.architecture() != Architecture.MLP) {
            throw new ExportNotSupportedException(
                    "only MLPs can be exported layer by layer, not " + config.architecture());
        }
        Iterator<Block> children = djl.getBlock().getChildren().values().iterator();
        List<DenseLayer> out = new ArrayList<>();
        for (LayerSpec spec : config.layers()) {
            Block linear = children.next();
            Block bn = spec.batchNorm() ? children.next() : null;
            if (spec.activation() != Activation.LINEAR) {
                children.next();
            }
            if (spec.dropout() > 0) {
                children.next();
            }
            out.add(layer(linear, bn, spec));
        }
        out.add(layer(children.next(), null, null));
        return out;
    }

    private static DenseLayer layer(Block linear, Block bn, LayerSpec spec) {
        NDArray w = linear.getParameters().get("weight").getArray();
        int outW = (int) w.getShape().get(0);
        int inW = (int) w.getShape().get(1);
        float[] bias = linear.getParameters().get("bias").getArray().toFloatArray();
        if (bn == null) {
            return new DenseLayer(
                    inW, outW, w.toFloatArray(), bias, null, null, null, null, 0f, spec);
        }
        return new DenseLayer(
                inW,
                outW,
                w.toFloatArray(),
                bias,
                bn.getParameters().get("gamma").getArray().toFloatArray(),
                bn.getParameters().get("beta").getArray().toFloatArray(),
                bn.getParameters().get("runningMean").getArray().toFloatArray(),
                bn.getParameters().get("runningVar").getArray().toFloatArray(),
                NetworkBlocks.BN_EPSILON,
                spec);
    }

    @Override
    public float[] predict(FeatureTable table) {
        float[] raw = outputs(info.standardizer().transformRowMajor(table), table.rows());
        for (int i = 0; i < raw.length; i++) {
            raw[i] = finish(raw[i]);
        }
        return raw;
    }

    /** Turns a raw network output (a logit for classifiers) into the prediction. */
    float finish(float out) {
        if (info.task() == Task.CLASSIFICATION) {
            return (float) (1 / (1 + Math.exp(-out)));
        }
        if (info.task() == Task.LIKELIHOOD_RATIO) {
            return (float) (Math.exp(out) * info.priorRatio());
        }
        return out;
    }

    /** Raw network outputs (logits for classifiers) for standardised row-major inputs. */
    float[] outputs(float[] standardized, int rows) {
        int d = info.features().size();
        float[] out = new float[rows];
        for (int start = 0; start < rows; start += CHUNK) {
            int n = Math.min(CHUNK, rows - start);
            float[] part = new float[n * d];
            System.arraycopy(standardized, start * d, part, 0, n * d);
            try (NDManager sub = djl.getNDManager().newSubManager()) {
                NDArray x = sub.create(part, new Shape(n, d));
                NDArray y =
                        djl.getBlock()
                                .forward(new ParameterStore(sub, false), new NDList(x), false)
                                .singletonOrThrow();
                System.arraycopy(y.toFloatArray(), 0, out, start, n);
            }
        }
        return out;
    }

    @Override
    public byte[] weightBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            djl.getBlock().saveParameters(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        djl.close();
    }
}
