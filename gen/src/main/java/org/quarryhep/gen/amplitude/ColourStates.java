package org.quarryhep.gen.amplitude;

import java.util.ArrayList;
import java.util.List;

/**
 * External colour states with definite colour weights, so that the explicit colour sum can skip the
 * assignments whose amplitude vanishes by colour conservation. Quarks use the basis colours (weight
 * +e_c incoming, −e_c for the crossed antiquarks); gluons use the six off-diagonal states E_ij/√2
 * (weight e_i − e_j) and the two diagonal generators λ₃, λ₈ (weight 0). The basis is orthonormal,
 * so Σ|M|² over it equals the sum over the Gell-Mann basis; an amplitude is non-zero only if the
 * weights of all external particles add up to zero.
 */
final class ColourStates {
    private ColourStates() {}

    /** Adjoint coefficient vectors c^a (complex, 16 doubles) of the eight gluon states. */
    private static final double[][] GLUON = new double[8][];

    /** Colour weights (as vectors in Z³) of the eight gluon states. */
    private static final int[][] GLUON_WEIGHT = new int[8][];

    static {
        int k = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i == j) {
                    continue;
                }
                // M = E_ij/√2; c^a = 2 Tr(T^a M) = √2 T^a_ji
                double[] c = new double[16];
                for (int a = 0; a < 8; a++) {
                    c[2 * a] = Math.sqrt(2) * Colour.T[a][2 * (3 * j + i)];
                    c[2 * a + 1] = Math.sqrt(2) * Colour.T[a][2 * (3 * j + i) + 1];
                }
                GLUON[k] = c;
                int[] w = new int[3];
                w[i] += 1;
                w[j] -= 1;
                GLUON_WEIGHT[k++] = w;
            }
        }
        for (int a : new int[] {2, 7}) {
            double[] c = new double[16];
            c[2 * a] = 1;
            GLUON[k] = c;
            GLUON_WEIGHT[k++] = new int[3];
        }
    }

    /**
     * The off-diagonal gluon state E_ij/√2 with colour label i and anticolour label j (i ≠ j): the
     * states 0–5 run over (i, j) in the order (0,1), (0,2), (1,0), (1,2), (2,0), (2,1).
     */
    static int gluonState(int colour, int anticolour) {
        if (colour == anticolour) {
            throw new IllegalArgumentException("a gluon state E_ij needs i ≠ j, got " + colour);
        }
        return 2 * colour + (anticolour > colour ? anticolour - 1 : anticolour);
    }

    /** The adjoint coefficients c^a (re, im interleaved) of gluon state {@code state}. */
    static double[] gluonCoefficients(int state) {
        return GLUON[state].clone();
    }

    /** The colour weight of state {@code state} of a crossed-incoming particle. */
    static int[] weight(int id, int state) {
        Particle p = Particle.byPdg(id);
        int[] w = new int[3];
        if (p.colour() == 3) {
            w[state] = id > 0 ? 1 : -1;
            return w;
        }
        return p.colour() == 8 ? GLUON_WEIGHT[state] : w;
    }

    /** A colourless wavefunction dressed with colour state {@code state}. */
    static double[] embed(int id, int state, double[] w) {
        int colours = Particle.byPdg(id).colour();
        if (colours == 1) {
            return w;
        }
        double[] out = new double[w.length * colours];
        if (colours == 3) {
            System.arraycopy(w, 0, out, w.length * state, w.length);
            return out;
        }
        double[] c = GLUON[state];
        for (int a = 0; a < 8; a++) {
            double cr = c[2 * a];
            double ci = c[2 * a + 1];
            if (cr == 0 && ci == 0) {
                continue;
            }
            for (int k = 0; k < w.length; k += 2) {
                out[w.length * a + k] = cr * w[k] - ci * w[k + 1];
                out[w.length * a + k + 1] = cr * w[k + 1] + ci * w[k];
            }
        }
        return out;
    }

    /**
     * The colour assignments of all particles but the last (the root, whose colour the recursion
     * leaves open) for which some root colour state balances the weights.
     */
    static List<int[]> conserving(int[] crossedIds) {
        int n = crossedIds.length;
        int root = crossedIds[n - 1];
        int rootStates = Particle.byPdg(root).colour();
        List<int[]> out = new ArrayList<>();
        int[] digits = new int[n - 1];
        int[] radix = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            radix[i] = Particle.byPdg(crossedIds[i]).colour();
        }
        while (true) {
            int[] total = new int[3];
            for (int i = 0; i < n - 1; i++) {
                int[] w = weight(crossedIds[i], digits[i]);
                for (int k = 0; k < 3; k++) {
                    total[k] += w[k];
                }
            }
            for (int s = 0; s < rootStates; s++) {
                int[] w = weight(root, s);
                if (total[0] + w[0] == 0 && total[1] + w[1] == 0 && total[2] + w[2] == 0) {
                    out.add(digits.clone());
                    break;
                }
            }
            int k = n - 2;
            while (k >= 0 && ++digits[k] == radix[k]) {
                digits[k] = 0;
                k--;
            }
            if (k < 0) {
                return out;
            }
        }
    }
}
