package org.quarryhep.ml.nn;

/**
 * One hidden layer: Dense → (BatchNorm) → activation → (Dropout), the order the LFV analysis uses.
 *
 * @param units output width
 * @param batchNorm whether a batch normalisation follows the dense layer
 * @param activation the activation
 * @param slope the negative slope α of LeakyReLU (ignored otherwise)
 * @param dropout the dropout rate in [0, 1), 0 for none
 */
public record LayerSpec(
        int units, boolean batchNorm, Activation activation, double slope, double dropout) {
    /**
     * Validates the values.
     *
     * @throws IllegalArgumentException for a width &lt; 1 or a dropout outside [0, 1)
     */
    public LayerSpec {
        if (units < 1) {
            throw new IllegalArgumentException("layer width must be ≥ 1, got " + units);
        }
        if (dropout < 0 || dropout >= 1) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation is required");
        }
    }

    /** A ReLU layer without batch norm or dropout. */
    public static LayerSpec relu(int units) {
        return new LayerSpec(units, false, Activation.RELU, 0, 0);
    }
}
