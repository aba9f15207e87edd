package org.quarryhep.gen.amplitude;

/**
 * Colour factors of the flows of {@link LeadingColourFlows}: chains of the gluon states' matrices.
 */
final class ColourChains {
    private ColourChains() {}

    /** The real 3×3 matrices Σ_a c^a T^a of the eight gluon states, row-major. */
    private static final double[][] GLUON_MATRICES = new double[8][9];

    static {
        for (int state = 0; state < 8; state++) {
            double[] coefficient = ColourStates.gluonCoefficients(state);
            for (int a = 0; a < 8; a++) {
                for (int k = 0; k < 9; k++) {
                    GLUON_MATRICES[state][k] +=
                            coefficient[2 * a] * Colour.T[a][2 * k]
                                    - coefficient[2 * a + 1] * Colour.T[a][2 * k + 1];
                }
            }
        }
    }

    /**
     * The colour factor of a flow under the states of all particles: Tr(M₁ ⋯ M_n) over the gluons'
     * matrices M = Σ_a c^a T^a, or e_{q̄}ᵀ M₁ ⋯ M_k e_q along a quark line. The eight gluon states'
     * matrices (E_ij/√2, T³, T⁸) are real, so the factor is.
     */
    static double of(int[] order, boolean cyclic, int[] states) {
        int first = cyclic ? 0 : 1;
        int last = cyclic ? order.length : order.length - 1;
        double[] product = {1, 0, 0, 0, 1, 0, 0, 0, 1};
        for (int k = first; k < last; k++) {
            product = times(product, GLUON_MATRICES[states[order[k]]]);
        }
        if (!cyclic) {
            return product[3 * states[order[0]] + states[order[order.length - 1]]];
        }
        return product[0] + product[4] + product[8];
    }

    private static double[] times(double[] x, double[] y) {
        double[] out = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    out[3 * i + j] += x[3 * i + k] * y[3 * k + j];
                }
            }
        }
        return out;
    }
}
