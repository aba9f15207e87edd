package org.quarryhep.gen.process;

import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.amplitude.MatrixElement;

/**
 * A 1 → 3 width from an engine matrix element, for tests that check it against a closed form:
 * massless products on an n × n Gauss–Legendre Dalitz grid in (s₂₃, s₁₃), dΓ = Σ̄|M|² ds₂₃
 * ds₁₃/(256π³m³) (the spin-averaged decay is isotropic, so one plane suffices).
 */
public final class DalitzWidth {
    private DalitzWidth() {}

    /**
     * Γ(1 → 2 3 4) of a decay matrix element.
     *
     * @param me the decay's matrix element (first leg the decaying particle)
     * @param m the decaying particle's mass, GeV
     * @param points the Gauss–Legendre points per Dalitz variable
     * @return the width, GeV
     */
    public static double width(MatrixElement me, double m, int points) {
        double[] x = new double[points];
        double[] w = new double[points];
        gaussLegendre(x, w);
        double m2 = m * m;
        double sum = 0;
        for (int a = 0; a < points; a++) {
            double s23 = 0.5 * m2 * (1 + x[a]);
            double wa = 0.5 * m2 * w[a];
            for (int b = 0; b < points; b++) {
                double s13 = 0.5 * (m2 - s23) * (1 + x[b]);
                double wb = 0.5 * (m2 - s23) * w[b];
                sum += wa * wb * me.squared(decay(m, s23, s13));
            }
        }
        return sum / (256 * Math.pow(Math.PI, 3) * m2 * m);
    }

    /** A (at rest) → 1 2 3 massless with s₂₃ = (p₂ + p₃)², s₁₃ = (p₁ + p₃)², in a fixed plane. */
    private static FourMomentum[] decay(double m, double s23, double s13) {
        double s12 = m * m - s23 - s13;
        double e1 = (m * m - s23) / (2 * m);
        double e2 = (m * m - s13) / (2 * m);
        double e3 = m - e1 - e2;
        // angle between 1 and 2 from s12 = 2 e1 e2 (1 − cos)
        double cos = 1 - s12 / (2 * e1 * e2);
        double sin = Math.sqrt(Math.max(0, 1 - cos * cos));
        FourMomentum p1 = FourMomentum.ofPxPyPzE(0, 0, e1, e1);
        FourMomentum p2 = FourMomentum.ofPxPyPzE(e2 * sin, 0, e2 * cos, e2);
        FourMomentum p3 = FourMomentum.ofPxPyPzE(-p1.px() - p2.px(), 0, -p1.pz() - p2.pz(), e3);
        return new FourMomentum[] {FourMomentum.ofPxPyPzE(0, 0, 0, m), p1, p2, p3};
    }

    /** Nodes x and weights w of the x.length-point Gauss–Legendre rule on [−1, 1] (Newton). */
    private static void gaussLegendre(double[] x, double[] w) {
        int n = x.length;
        for (int k = 1; k <= n; k++) {
            double z = Math.cos(Math.PI * (k - 0.25) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = z;
                for (int j = 2; j <= n; j++) {
                    double p2 = ((2 * j - 1) * z * p1 - (j - 1) * p0) / j;
                    p0 = p1;
                    p1 = p2;
                }
                dp = n * (z * p1 - p0) / (z * z - 1);
                double next = z - p1 / dp;
                boolean done = Math.abs(next - z) < 1e-16;
                z = next;
                if (done) {
                    break;
                }
            }
            x[k - 1] = z;
            w[k - 1] = 2 / ((1 - z * z) * dp * dp);
        }
    }
}
