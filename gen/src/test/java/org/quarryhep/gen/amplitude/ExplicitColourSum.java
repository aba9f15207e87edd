package org.quarryhep.gen.amplitude;

/**
 * Σ_colours Σ_h |Σ_σ c_σ A_σ|² over the full orthonormal colour basis of every particle (quark
 * colours; the eight gluon states, diagonal ones included), with each flow's colour factor c_σ
 * computed as a product of 3×3 matrices: Tr(M₁ ⋯ M_n) for gluons, e_{q̄}ᵀ M₁ ⋯ M_k e_q for a quark
 * line, M = Σ_a c^a T^a of each gluon state (T = λ/2). Independent of the δ-counting {@link
 * LeadingColourFlows} fits with, so it tests that the decomposition holds on the whole colour
 * space.
 */
final class ExplicitColourSum {
    private ExplicitColourSum() {}

    static double of(int[] crossed, LeadingColourFlows flows, LeadingColourFlows.Amplitudes a) {
        int n = crossed.length;
        int[] radix = new int[n];
        for (int i = 0; i < n; i++) {
            radix[i] = Particle.byPdg(crossed[i]).colour();
        }
        int[] states = new int[n];
        int helicities = a.re().length;
        double sum = 0;
        do {
            double[][] factor = new double[flows.flowCount()][];
            for (int f = 0; f < factor.length; f++) {
                factor[f] = chain(crossed, flows.order(f), states);
            }
            for (int h = 0; h < helicities; h++) {
                double re = 0;
                double im = 0;
                for (int f = 0; f < factor.length; f++) {
                    re += factor[f][0] * a.re()[h][f] - factor[f][1] * a.im()[h][f];
                    im += factor[f][0] * a.im()[h][f] + factor[f][1] * a.re()[h][f];
                }
                sum += re * re + im * im;
            }
        } while (next(states, radix));
        return sum;
    }

    /** The colour factor (re, im) of a flow under the given states. */
    private static double[] chain(int[] crossed, int[] order, int[] states) {
        boolean quarkLine = Particle.byPdg(crossed[order[0]]).colour() == 3;
        int first = quarkLine ? 1 : 0;
        int last = quarkLine ? order.length - 1 : order.length;
        double[] product = identity();
        for (int k = first; k < last; k++) {
            product = times(product, gluonMatrix(states[order[k]]));
        }
        if (quarkLine) {
            int row = states[order[0]];
            int column = states[order[order.length - 1]];
            return new double[] {
                product[2 * (3 * row + column)], product[2 * (3 * row + column) + 1]
            };
        }
        double re = 0;
        double im = 0;
        for (int i = 0; i < 3; i++) {
            re += product[2 * (3 * i + i)];
            im += product[2 * (3 * i + i) + 1];
        }
        return new double[] {re, im};
    }

    private static double[] gluonMatrix(int state) {
        double[] c = ColourStates.gluonCoefficients(state);
        double[] m = new double[18];
        for (int a = 0; a < 8; a++) {
            for (int k = 0; k < 9; k++) {
                double tr = Colour.T[a][2 * k];
                double ti = Colour.T[a][2 * k + 1];
                m[2 * k] += c[2 * a] * tr - c[2 * a + 1] * ti;
                m[2 * k + 1] += c[2 * a] * ti + c[2 * a + 1] * tr;
            }
        }
        return m;
    }

    private static double[] identity() {
        double[] m = new double[18];
        for (int i = 0; i < 3; i++) {
            m[2 * (3 * i + i)] = 1;
        }
        return m;
    }

    private static double[] times(double[] x, double[] y) {
        double[] out = new double[18];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    double xr = x[2 * (3 * i + k)];
                    double xi = x[2 * (3 * i + k) + 1];
                    double yr = y[2 * (3 * k + j)];
                    double yi = y[2 * (3 * k + j) + 1];
                    out[2 * (3 * i + j)] += xr * yr - xi * yi;
                    out[2 * (3 * i + j) + 1] += xr * yi + xi * yr;
                }
            }
        }
        return out;
    }

    private static boolean next(int[] digits, int[] radix) {
        for (int k = digits.length - 1; k >= 0; k--) {
            if (++digits[k] < radix[k]) {
                return true;
            }
            digits[k] = 0;
        }
        return false;
    }
}
