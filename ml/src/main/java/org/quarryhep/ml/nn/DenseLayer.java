package org.quarryhep.ml.nn;

/**
 * The trained values of one dense layer of an MLP, in engine-neutral form for export.
 *
 * @param in input width
 * @param out output width
 * @param weight row-major (out × in) matrix, y = W x + b
 * @param bias length {@code out}
 * @param bnScale batch-norm γ, or {@code null} without batch norm
 * @param bnShift batch-norm β
 * @param bnMean batch-norm running mean
 * @param bnVar batch-norm running variance
 * @param bnEpsilon batch-norm ε
 * @param spec the layer's activation and dropout ({@code null} for the output layer)
 */
public record DenseLayer(
        int in,
        int out,
        float[] weight,
        float[] bias,
        float[] bnScale,
        float[] bnShift,
        float[] bnMean,
        float[] bnVar,
        float bnEpsilon,
        LayerSpec spec) {}
