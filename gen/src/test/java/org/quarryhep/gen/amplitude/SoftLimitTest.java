package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;

/**
 * Soft-gluon factorisation: as the gluon energy λ → 0, Σ̄|M(q q̄ → ℓℓ g)|² → g_s² C_F · 2 p_a·p_b /
 * ((p_a·k)(p_b·k)) · Σ̄|M(q q̄ → ℓℓ)|² (the eikonal factor of a soft gluon off a colour-singlet q
 * q̄ pair, e.g. Catani and Seymour, Nucl. Phys. B485 (1997) 291; C_F = 4/3). The corrections are
 * O(λ/√s): at λ = 1e-6 √s the ratio must be 1 to 1e-4.
 */
class SoftLimitTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    @Test
    void drellYanPlusSoftGluonFactorises() {
        MatrixElement born =
                new MatrixElement(ProcessSyntax.subprocesses("d d~ > e+ e-").get(0), MODEL);
        MatrixElement real =
                new MatrixElement(ProcessSyntax.subprocesses("d d~ > e+ e- g").get(0), MODEL);
        double sqrtS = 120;
        FourMomentum pa = FourMomentum.ofPxPyPzE(0, 0, sqrtS / 2, sqrtS / 2);
        FourMomentum pb = FourMomentum.ofPxPyPzE(0, 0, -sqrtS / 2, sqrtS / 2);
        FourMomentum total = pa.plus(pb);
        double[][] directions = {{0.3, 1.1}, {-0.7, 4.0}, {0.9, 2.5}};
        for (double[] d : directions) {
            double lambda = 1e-6 * sqrtS;
            double sin = Math.sqrt(1 - d[0] * d[0]);
            FourMomentum k =
                    FourMomentum.ofPxPyPzE(
                            lambda * sin * Math.cos(d[1]),
                            lambda * sin * Math.sin(d[1]),
                            lambda * d[0],
                            lambda);
            FourMomentum[] leptonsBorn = Points.split(total, 0, 0, -0.4, 0.7);
            FourMomentum[] leptonsReal = Points.split(total.minus(k), 0, 0, -0.4, 0.7);
            double m2Born =
                    born.squared(new FourMomentum[] {pa, pb, leptonsBorn[0], leptonsBorn[1]});
            double m2Real =
                    real.squared(new FourMomentum[] {pa, pb, leptonsReal[0], leptonsReal[1], k});
            double gs2 = 4 * Math.PI * MODEL.alphaS();
            double eikonal = gs2 * 4.0 / 3 * 2 * pa.dot(pb) / (pa.dot(k) * pb.dot(k));
            assertEquals(1, m2Real / (eikonal * m2Born), 1e-4);
        }
    }
}
