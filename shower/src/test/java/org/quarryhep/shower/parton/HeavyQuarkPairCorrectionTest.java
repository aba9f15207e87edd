package org.quarryhep.shower.parton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The massive V → Q Q̄ g matrix element and the first-emission correction built on it (Z/γ* → b b̄,
 * c c̄).
 */
class HeavyQuarkPairCorrectionTest {
    private static final double CF = 4.0 / 3.0;

    /**
     * Three-body momenta {Q, Q̄, g} at energy fractions x1, x2 in the rest frame (√s = rs), or null
     * outside phase space.
     */
    static double[][] point(double rs, double m, double x1, double x2) {
        double s = rs * rs;
        double e1 = x1 * rs / 2;
        double e2 = x2 * rs / 2;
        double e3 = rs - e1 - e2;
        double p1 = Math.sqrt(e1 * e1 - m * m);
        double p2 = Math.sqrt(e2 * e2 - m * m);
        if (!(p1 > 0 && p2 > 0 && e3 > 0)) {
            return null;
        }
        // |p1 + p2| = e3 fixes the angle between Q and Q̄
        double c = (e3 * e3 - p1 * p1 - p2 * p2) / (2 * p1 * p2);
        if (!(Math.abs(c) < 1)) {
            return null;
        }
        double sn = Math.sqrt(1 - c * c);
        double[] q = {0, 0, p1, e1};
        double[] qb = {p2 * sn, 0, p2 * c, e2};
        double[] g = {-qb[0], 0, -p1 - qb[2], e3};
        assertEquals(s, Vectors.m2(Vectors.add(Vectors.add(q, qb), g)), 1e-9 * s);
        return new double[][] {q, qb, g};
    }

    /**
     * Massless limit (m = 10⁻⁴ √s): the explicit Dirac algebra gives Ellis–Stirling–Webber's (1/σ₀)
     * dσ/dx₁dx₂ = (α_s/2π) C_F (x₁² + x₂²)/((1 − x₁)(1 − x₂)) (QCD and collider physics, eq. 3.13)
     * for the vector and the axial current alike (within 10⁻⁵).
     */
    @Test
    void masslessLimitIsTheKnownThreeJetMatrixElement() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 0;
        while (n < 200) {
            double x1 = rng.nextDouble();
            double x2 = rng.nextDouble();
            double[][] p = point(100, 0.01, x1, x2);
            if (p == null || x1 + x2 < 1.02 || x1 > 0.98 || x2 > 0.98) {
                continue;
            }
            n++;
            double expected = CF * (x1 * x1 + x2 * x2) / ((1 - x1) * (1 - x2));
            for (boolean axial : new boolean[] {false, true}) {
                double f =
                        HeavyQuarkPairMatrixElement.ratioToBorn(
                                p[0], p[1], p[2], 0.01, axial ? 0 : 1, axial ? 1 : 0);
                assertEquals(expected, f, 1e-5 * expected, "x1 " + x1 + " x2 " + x2);
            }
        }
    }

    /**
     * Soft limit with masses: a gluon of energy 10⁻⁵ √s factorises into the massive eikonal factor,
     * F → C_F [2p₁·p₂/(p₁·k p₂·k) − m²/(p₁·k)² − m²/(p₂·k)²] · s/(2β) (β the Born velocity: the
     * two- and three-body phase spaces), for b quarks at 20 and 91.2 GeV, within 10⁻³.
     */
    @Test
    void softGluonsFactoriseIntoTheMassiveEikonal() {
        for (double rs : new double[] {20, 91.2}) {
            double m = 4.8;
            double s = rs * rs;
            double e = rs / 2;
            double p = Math.sqrt(e * e - m * m);
            for (double theta : new double[] {0.05, 0.5, 1.5, 2.8}) {
                double w = 1e-5 * rs;
                double[] k = {w * Math.sin(theta), 0, w * Math.cos(theta), w};
                double[] q = {0, 0, p, e};
                double[] qb = {0, 0, -p, e};
                // recoil of the soft gluon taken by the antiquark, masses kept
                double[] rest = Vectors.sub(new double[] {0, 0, 0, rs}, Vectors.add(q, k));
                double scale =
                        Math.sqrt(rest[3] * rest[3] - m * m)
                                / Math.sqrt(
                                        rest[0] * rest[0] + rest[1] * rest[1] + rest[2] * rest[2]);
                qb = new double[] {rest[0] * scale, rest[1] * scale, rest[2] * scale, rest[3]};
                double[] total = Vectors.add(Vectors.add(q, qb), k);
                double sNow = Vectors.m2(total);
                double pk1 = Vectors.dot(q, k);
                double pk2 = Vectors.dot(qb, k);
                double eik =
                        2 * Vectors.dot(q, qb) / (pk1 * pk2)
                                - m * m / (pk1 * pk1)
                                - m * m / (pk2 * pk2);
                double beta = Math.sqrt(1 - 4 * m * m / sNow);
                double expected = CF * eik * sNow / (2 * beta);
                double f = HeavyQuarkPairMatrixElement.ratioToBorn(q, qb, k, m, 1, 0.3);
                assertEquals(
                        expected, f, 1e-3 * Math.abs(expected), "rs " + rs + " theta " + theta);
                assertTrue(s > 0);
            }
        }
    }

    /**
     * The correction is a probability and tends to 1 for soft gluons: at 10⁻⁴ √s and any angle the
     * two massive dipole ends sum to the massive eikonal within m²/s + 10⁻³ (b b̄ at 91.2 GeV: 1.2
     * × 10⁻³; b b̄ at 20 GeV, m²/s = 0.058: 3 %, the light-cone z of the shower's map partitions
     * the soft mass terms slightly differently from the eikonal; c c̄ at 91.2 GeV: 10⁻⁴), and the
     * ratio is ≤ 1 on a 40 × 40 grid of the three-jet phase space (largest 0.9987, 0.969 and
     * 0.9998), so that the corrected first emission is exactly the matrix element.
     */
    @Test
    void correctionIsOneForSoftGluonsAndBoundedElsewhere() {
        double[][] cases = {{91.2, 4.8}, {20, 4.8}, {91.2, 1.5}};
        for (double[] cs : cases) {
            double rs = cs[0];
            double m = cs[1];
            for (double theta : new double[] {0.2, 1.0, 2.0, 3.0}) {
                double e = rs / 2;
                double p = Math.sqrt(e * e - m * m);
                double w = 1e-4 * rs;
                double[] k = {w * Math.sin(theta), 0, w * Math.cos(theta), w};
                double[] q = {0, 0, p, e};
                double[] rest = Vectors.sub(new double[] {0, 0, 0, rs}, Vectors.add(q, k));
                double scale =
                        Math.sqrt(rest[3] * rest[3] - m * m)
                                / Math.sqrt(
                                        rest[0] * rest[0] + rest[1] * rest[1] + rest[2] * rest[2]);
                double[] qb = {rest[0] * scale, rest[1] * scale, rest[2] * scale, rest[3]};
                double r = MatrixElementCorrections.heavyRatio(q, qb, k, m, 0.12, 0.25);
                assertEquals(
                        1,
                        r,
                        m * m / (rs * rs) + 1e-3,
                        "soft, rs " + rs + " m " + m + " theta " + theta);
            }
            double max = 0;
            for (int a = 1; a < 40; a++) {
                for (int b = 1; b < 40; b++) {
                    double x1 = a / 40.0;
                    double x2 = b / 40.0;
                    double[][] pt = point(rs, m, x1, x2);
                    if (pt == null) {
                        continue;
                    }
                    double r =
                            MatrixElementCorrections.heavyRatio(pt[0], pt[1], pt[2], m, 0.12, 0.25);
                    assertTrue(r > 0, "positive at " + x1 + ", " + x2);
                    max = Math.max(max, r);
                }
            }
            assertTrue(max <= 1, "largest ratio " + max + " at rs " + rs + " m " + m);
        }
    }
}
