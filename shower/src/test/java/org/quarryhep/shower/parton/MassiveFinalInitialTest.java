package org.quarryhep.shower.parton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.core.Vertex;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.testkit.ReferenceData;

/**
 * Final–initial dipoles whose final-state end is massive: a top (before its decay) radiating
 * against the incoming parton it is colour-connected to, as in q q̄ → t t̄ and g g → t t̄.
 */
class MassiveFinalInitialTest {
    private static final double MT = 172.5;

    /**
     * The massive map conserves momentum (i′ + j − a′ = p_i − p_a), keeps the radiator's mass and
     * the incoming parton on the beam axis, and realises the variables it was given, read back from
     * the momenta by their definitions: Q² = (i′ + j)² − m², x = s̃/(s̃ + Q²), z = i′·p_a/(i′ +
     * j)·p_a.
     */
    @Test
    void mapConservesMomentumAndRealisesTheVariables() {
        SplittableRandom rng = new SplittableRandom(11);
        int done = 0;
        for (int n = 0; n < 2000; n++) {
            double e = MT + 2000 * rng.nextDouble();
            double p = Math.sqrt(e * e - MT * MT);
            double c = 2 * rng.nextDouble() - 1;
            double s = Math.sqrt(1 - c * c);
            double[] pi = {p * s, 0, p * c, e};
            double ea = 50 + 3000 * rng.nextDouble();
            double[] pa = {0, 0, ea, ea};
            double z = rng.nextDouble();
            double x = 0.05 + 0.95 * rng.nextDouble();
            double[][] out =
                    FinalInitialDipoles.finalInitialKinematics(
                            pi, pa, z, x, MT, 2 * Math.PI * rng.nextDouble());
            double sTilde = 2 * Vectors.dot(pi, pa);
            double q2 = (1 - x) / x * sTilde;
            if (z * (1 - z) * q2 <= (1 - z) * (1 - z) * MT * MT) {
                assertEquals(null, out, "outside phase space");
                continue;
            }
            assertNotNull(out);
            done++;
            double scale = e + ea;
            double[] before = Vectors.sub(pi, pa);
            double[] after = Vectors.sub(Vectors.add(out[0], out[1]), out[2]);
            for (int k = 0; k < 4; k++) {
                assertEquals(before[k], after[k], 1e-9 * scale, "momentum component " + k);
            }
            assertEquals(MT * MT, Vectors.m2(out[0]), 1e-9 * scale * scale, "top mass kept");
            assertEquals(0, Vectors.m2(out[1]), 1e-9 * scale * scale, "gluon massless");
            assertEquals(0, out[2][0], 1e-12);
            assertEquals(0, out[2][1], 1e-12);
            assertEquals(ea / x, out[2][3], 1e-9 * scale, "a' = p_a / x");
            double[] pair = Vectors.add(out[0], out[1]);
            assertEquals(q2, Vectors.m2(pair) - MT * MT, 1e-8 * q2 + 1e-9 * scale * scale);
            assertEquals(z, Vectors.dot(out[0], pa) / Vectors.dot(pair, pa), 1e-9);
        }
        assertTrue(done > 500, "enough points inside phase space: " + done);
    }

    /**
     * The q → q g kernel in the quasi-collinear limit (x → 1 at fixed z and Q²) is the massive
     * Altarelli–Parisi kernel of Catani, Dittmaier and Trócsányi (hep-ph/0011222, eq. 18), written
     * in the transverse momentum: C_F[(1 + z²)/(1 − z) − 2z(1 − z)m²/(p⊥² + (1 − z)²m²)], with p⊥²
     * = z(1 − z)Q² − (1 − z)²m² — which vanishes, the dead cone, as p⊥ → 0 for z → 1.
     */
    @Test
    void kernelHasTheQuasiCollinearLimit() {
        double cf = 4.0 / 3.0;
        for (double z : new double[] {0.3, 0.6, 0.9, 0.99}) {
            for (double q2 : new double[] {10.0, 1e3, 1e5}) {
                double pt2 = z * (1 - z) * q2 - (1 - z) * (1 - z) * MT * MT;
                if (pt2 <= 0) {
                    continue;
                }
                double expected =
                        cf
                                * ((1 + z * z) / (1 - z)
                                        - 2
                                                * z
                                                * (1 - z)
                                                * MT
                                                * MT
                                                / (pt2 + (1 - z) * (1 - z) * MT * MT));
                double v = FinalInitialDipoles.kernel(SystemEvolution.Q_QG, z, 1 - 1e-12, q2, MT);
                assertEquals(expected, v, 1e-8 * Math.abs(expected) + 1e-9, "z " + z + " Q2 " + q2);
            }
        }
    }

    /**
     * Shower level: u ū → t t̄ at √ŝ = 4 TeV (tops at 90°, E = 2 TeV, stable), final-state
     * radiation only, fixed α_s. Each top's partner is the incoming quark (a final–initial dipole).
     * For soft gluons emitted by a top (energy ω = 40–200 GeV, ω/E ≤ 0.1) the angle θ to the
     * emitting top, in u = (θE/m)², follows the dead cone: dP ∝ du/(1 + u) [1 + z² − 2z/(1 + u)]
     * (the quasi-collinear kernel above with p⊥ = ωθ, dQ²/Q² = du/(1 + u)), so N(0.1 < u < 1)/N(1 <
     * u < 9) = 0.156 (at z → 1: [ln(2/1.1) − (1/1.1 − 1/2)]/[ln 5 − 0.4]; 0.1564 at z = 0.95),
     * where a massless radiator gives ln 10/ln 9 = 1.05. Tolerance: 3 binomial σ ⊕ 10 % for the
     * soft and small-angle approximations and the recoil (1 − x ≈ 0.04(1 − z) here).
     */
    @Test
    void aTopRadiatesWithTheDeadCone() {
        ReferenceData.require("pdf/NNPDF23_lo_as_0130_qed");
        PdfSet pdf = PdfSearchPath.standard(List.of(), Map.of()).load("NNPDF23_lo_as_0130_qed", 0);
        ShowerParameters par =
                new ShowerParameters(0.118, 0, false, 1.0, 1.0, 1.5, 4.8, 5, true, false, true, 0);
        PartonShower shower = new PartonShower(par, pdf, null);
        SplittableRandom rng = new SplittableRandom(23);
        long inner = 0;
        long outer = 0;
        for (int n = 0; n < 4000; n++) {
            Event out = shower.shower(topPair(4000, n), rng);
            for (Vertex v : out.vertices()) {
                if (v.incoming().length != 1
                        || Math.abs(out.particle(v.incoming()[0]).pdgId()) != 6) {
                    continue;
                }
                Particle top = out.particle(v.incoming()[0]);
                for (int k : v.outgoing()) {
                    Particle g = out.particle(k);
                    double w = g.momentum().e();
                    if (g.pdgId() != 21 || w < 40 || w > 200) {
                        continue;
                    }
                    double theta = angle(top, g);
                    double u = Math.pow(theta * top.momentum().e() / MT, 2);
                    inner += u > 0.1 && u < 1 ? 1 : 0;
                    outer += u > 1 && u < 9 ? 1 : 0;
                }
            }
        }
        double r = (double) inner / outer;
        double sigma = r * Math.sqrt(1.0 / inner + 1.0 / outer);
        double expected = 0.156;
        assertTrue(
                Math.abs(r - expected) < 3 * Math.hypot(sigma, 0.1 * expected),
                "N(0.1<u<1)/N(1<u<9) = " + r + " ± " + sigma + " (" + inner + ", " + outer + ")");
    }

    private static double angle(Particle a, Particle b) {
        var p = a.momentum();
        var q = b.momentum();
        double c = (p.px() * q.px() + p.py() * q.py() + p.pz() * q.pz()) / (p.p() * q.p());
        return Math.acos(Math.max(-1, Math.min(1, c)));
    }

    /** u ū → t t̄ (stable) at √ŝ, the top at 90° with a random azimuth, one colour line each. */
    static Event topPair(double rs, int number) {
        double e = rs / 2;
        double p = Math.sqrt(e * e - MT * MT);
        double x = rs / 13000;
        double phi = 2 * Math.PI * (number * 0.618034 % 1);
        double[] t = {p * Math.cos(phi), p * Math.sin(phi), 0, e};
        double[] tb = {-t[0], -t[1], 0, e};
        Event.Builder b =
                Event.builder()
                        .optNumber(number)
                        .optScale(rs)
                        .optPdfInfo(new PdfInfo(2, -2, x, x, rs, 0, 0, 247000, 247000));
        b.addParticle(PartonEvents.particle(2, -1, new double[] {0, 0, e, e}, 0, 101, 0));
        b.addParticle(PartonEvents.particle(-2, -1, new double[] {0, 0, -e, e}, 0, 0, 102));
        b.addParticle(PartonEvents.particle(6, 1, t, MT, 101, 0, 0, 1));
        b.addParticle(PartonEvents.particle(-6, 1, tb, MT, 0, 102, 0, 1));
        return b.build();
    }
}
