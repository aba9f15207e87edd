package org.quarryhep.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

/**
 * The standardisation of regression targets, y' = (y − μ)/σ with the weighted mean and spread of
 * the training labels. A network that starts near zero output would otherwise spend most of its
 * steps growing an output bias of the target's size (a mass regression's targets sit near 125 GeV),
 * and the step size that suits unit targets diverges on large ones. MSE and Huber both scale
 * exactly: MSE(σd') = σ² MSE(d') and h_δ(σd') = σ² h_{δ/σ}(d'), so training on y' with δ/σ is the
 * same problem, and after training the output layer absorbs σ and μ.
 *
 * @param mean μ
 * @param sd σ (1 when the labels do not spread)
 */
record TargetScale(double mean, double sd) {
    static final TargetScale IDENTITY = new TargetScale(0, 1);

    /**
     * The weighted mean and standard deviation of the labels (weights summing to a positive total).
     */
    static TargetScale fit(float[] labels, double[] weights) {
        double sw = 0;
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sw += weights[i];
            sum += weights[i] * labels[i];
        }
        if (!(sw > 0)) {
            return IDENTITY;
        }
        double mean = sum / sw;
        double var = 0;
        for (int i = 0; i < labels.length; i++) {
            double d = labels[i] - mean;
            var += weights[i] * d * d;
        }
        double sd = Math.sqrt(var / sw);
        return new TargetScale(mean, sd > 0 && Double.isFinite(sd) ? sd : 1);
    }

    float[] standardize(float[] y) {
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = (float) ((y[i] - mean) / sd);
        }
        return out;
    }

    float[] physical(float[] standardized) {
        float[] out = new float[standardized.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (standardized[i] * sd + mean);
        }
        return out;
    }

    /** A loss of the standardised problem in the target's units squared. */
    double physicalLoss(double standardizedLoss) {
        return standardizedLoss * sd * sd;
    }

    /**
     * Rescales the output layer, the last dense layer of width 1 in the block's parameter order
     * (every architecture of {@link NetworkBlocks} ends in one): W → σW, b → σb + μ.
     */
    void foldIntoOutputLayer(Block block) {
        if (this.equals(IDENTITY)) {
            return;
        }
        NDArray weight = null;
        NDArray bias = null;
        for (Pair<String, Parameter> p : block.getParameters()) {
            NDArray a = p.getValue().getArray();
            String key = p.getKey();
            if (key.endsWith("_weight")
                    && a.getShape().dimension() == 2
                    && a.getShape().get(0) == 1) {
                weight = a;
                bias = null;
            } else if (key.endsWith("_bias") && weight != null && a.getShape().size() == 1) {
                bias = a;
            }
        }
        if (weight == null || bias == null) {
            throw new IllegalStateException("the network has no dense output layer of width 1");
        }
        weight.set(weight.mul((float) sd).toFloatArray());
        bias.set(new float[] {(float) (bias.getFloat() * sd + mean)});
    }
}
