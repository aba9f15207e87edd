package org.quarryhep.gen.amplitude;

import java.util.List;

/**
 * The colour matrix C_στ = Σ_colours c_σ c_τ of a set of colour flows (exact SU(3), 1/N terms
 * included), by enumerating every colour state of the coloured particles in {@link ColourStates}'
 * orthonormal basis (quark basis colours, the eight real gluon matrices E_ij/√2, T³, T⁸ of {@link
 * ColourChains}): the sum over an orthonormal basis equals the sum over the adjoint indices, and
 * the chains are real, so C is real and symmetric and Σ_colours |M|² = Σ_στ A_σ C_στ A_τ*. Only the
 * assignments whose colour weights balance ({@link ColourStates#conserving}) are visited: the
 * chains of the others vanish.
 */
final class ColourMatrix {
    private ColourMatrix() {}

    /**
     * @param crossed crossed-incoming PDG ids
     * @param orders the flows, as in {@link ColourChains#of}
     * @param cyclic whether the flows are traces (gluons only)
     * @return C as a flat row-major F×F array
     */
    static double[] of(int[] crossed, List<int[]> orders, boolean cyclic) {
        int n = crossed.length;
        int flows = orders.size();
        int rootStates = Particle.byPdg(crossed[n - 1]).colour();
        double[] c = new double[flows * flows];
        double[] chain = new double[flows];
        for (int[] config : ColourStates.conserving(crossed)) {
            int[] states = java.util.Arrays.copyOf(config, n);
            for (int root = 0; root < rootStates; root++) {
                states[n - 1] = root;
                accumulate(orders, cyclic, states, chain, c);
            }
        }
        return c;
    }

    private static void accumulate(
            List<int[]> orders, boolean cyclic, int[] states, double[] chain, double[] c) {
        int flows = chain.length;
        for (int f = 0; f < flows; f++) {
            chain[f] = ColourChains.of(orders.get(f), cyclic, states);
        }
        for (int s = 0; s < flows; s++) {
            if (chain[s] == 0) {
                continue;
            }
            for (int t = 0; t < flows; t++) {
                c[s * flows + t] += chain[s] * chain[t];
            }
        }
    }
}
