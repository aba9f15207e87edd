package org.quarryhep.shower.parton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;

class FinalStateShowerTest {
    private static final double RS = 91.2;

    private static ShowerParameters params(
            double alphaS, int order, boolean cmw, double ptMin, boolean me) {
        return new ShowerParameters(
                alphaS, order, cmw, ptMin, ptMin, 1.5, 4.8, 5, true, true, me, 1.0);
    }

    /**
     * Property: every showered event conserves four-momentum (final state = beams, to 1e-9 of √s)
     * and colour (every colour tag of the final partons appears once as colour and once as
     * anticolour), and every vertex conserves four-momentum.
     */
    @Test
    void conservesMomentumAndColourInEveryEvent() {
        PartonShower shower =
                new PartonShower(org.quarryhep.shower.Tune.defaults().shower(), null, null);
        SplittableRandom rng = new SplittableRandom(11);
        int[] flavours = {1, 2, 3, 4, 5};
        double[] masses = {0, 0, 0, 1.5, 4.8};
        for (int n = 0; n < 3000; n++) {
            int f = n % 5;
            Event in =
                    n % 2 == 0
                            ? PartonEvents.electronPositronToQuarks(RS, flavours[f], masses[f], rng)
                            : PartonEvents.electronPositronToZToQuarks(RS, flavours[f], rng);
            Event out = shower.shower(in, rng);
            assertConserved(out, RS);
        }
    }

    static void assertConserved(Event out, double scale) {
        double[] sum = new double[4];
        Map<Integer, int[]> tags = new HashMap<>();
        for (Particle p : out.particles()) {
            double sign = p.status() == ShowerRecord.BEAM ? -1 : p.isFinal() ? 1 : 0;
            sum[0] += sign * p.momentum().px();
            sum[1] += sign * p.momentum().py();
            sum[2] += sign * p.momentum().pz();
            sum[3] += sign * p.momentum().e();
            if (p.isFinal()) {
                if (p.colour() != 0) {
                    tags.computeIfAbsent(p.colour(), k -> new int[2])[0]++;
                }
                if (p.anticolour() != 0) {
                    tags.computeIfAbsent(p.anticolour(), k -> new int[2])[1]++;
                }
            }
        }
        for (double c : sum) {
            assertEquals(0, c, 1e-9 * scale, () -> "momentum not conserved in " + out);
        }
        for (var t : tags.entrySet()) {
            assertEquals(1, t.getValue()[0], "colour " + t.getKey());
            assertEquals(1, t.getValue()[1], "anticolour " + t.getKey());
        }
        for (var v : out.vertices()) {
            double[] d = new double[4];
            for (int i : v.incoming()) {
                d[0] += out.particle(i).momentum().px();
                d[3] += out.particle(i).momentum().e();
                d[2] += out.particle(i).momentum().pz();
            }
            for (int o : v.outgoing()) {
                d[0] -= out.particle(o).momentum().px();
                d[3] -= out.particle(o).momentum().e();
                d[2] -= out.particle(o).momentum().pz();
            }
            for (double c : d) {
                assertEquals(0, c, 1e-8 * scale, () -> "vertex " + v + " unbalanced");
            }
        }
    }

    /**
     * Sudakov: with fixed α_s and no matrix-element correction, the probability that a massless qq̄
     * pair emits nothing above p⊥evol = p⊥min is exp(−2 ∫ dt/t ∫ dz α_s/2π (1−y) V(z, y)), V the
     * Catani–Seymour q → qg kernel C_F[2/(1−z(1−y)) − (1+z)] (hep-ph/9605323 eq. 5.145), t =
     * z(1−z)ys < s/4. The integral is done here by 2-d quadrature; the shower gets it by the veto
     * algorithm. Tolerance: 4 binomial standard deviations.
     */
    @Test
    void noEmissionProbabilityFixedCoupling() {
        double alpha = 0.118;
        double ptMin = 5;
        double expected = Math.exp(-2 * sudakovExponent(t -> alpha, ptMin * ptMin));
        double measured = noEmissionFraction(params(alpha, 0, false, ptMin, false), 20000);
        double sigma = Math.sqrt(expected * (1 - expected) / 20000);
        assertEquals(expected, measured, 4 * sigma, "P(no emission), fixed alpha_s");
    }

    /**
     * As above with one-loop running α_s(p⊥²) = 1/(b₀ ln(p⊥²/Λ²)), b₀ = 23/12π for n_f = 5 above
     * m_b and 25/12π below (Λ fixed by α_s(M_Z) = 0.118 and continuity at m_b = 4.8 GeV).
     */
    @Test
    void noEmissionProbabilityRunningCoupling() {
        double ptMin = 5;
        double mz = 91.1876;
        double b5 = 23 / (12 * Math.PI);
        double b4 = 25 / (12 * Math.PI);
        double lambda5 = mz * mz * Math.exp(-1 / (b5 * 0.118));
        double aMb = 1 / (b5 * Math.log(4.8 * 4.8 / lambda5));
        double lambda4 = 4.8 * 4.8 * Math.exp(-1 / (b4 * aMb));
        java.util.function.DoubleUnaryOperator alpha =
                t ->
                        t >= 4.8 * 4.8
                                ? 1 / (b5 * Math.log(t / lambda5))
                                : 1 / (b4 * Math.log(t / lambda4));
        double expected = Math.exp(-2 * sudakovExponent(alpha, ptMin * ptMin));
        double measured = noEmissionFraction(params(0.118, 1, false, ptMin, false), 20000);
        double sigma = Math.sqrt(expected * (1 - expected) / 20000);
        assertEquals(expected, measured, 4 * sigma, "P(no emission), running alpha_s");
    }

    private static double noEmissionFraction(ShowerParameters p, int n) {
        PartonShower shower = new PartonShower(p, null, null);
        SplittableRandom rng = new SplittableRandom(5);
        int none = 0;
        for (int i = 0; i < n; i++) {
            Event out = shower.shower(PartonEvents.electronPositronToQuarks(RS, 2, 0, rng), rng);
            if (out.finalState().size() == 2) {
                none++;
            }
        }
        return none / (double) n;
    }

    /** ∫ dt/t ∫ dz α(t)/2π (1−y) V over tc < t < s/4, z(1−z) > t/s (midpoint rule in ln t, z). */
    private static double sudakovExponent(java.util.function.DoubleUnaryOperator alpha, double tc) {
        double s = RS * RS;
        double cf = 4.0 / 3.0;
        int nt = 2000;
        int nz = 4000;
        double lo = Math.log(tc);
        double hi = Math.log(s / 4);
        double sum = 0;
        for (int a = 0; a < nt; a++) {
            double t = Math.exp(lo + (a + 0.5) * (hi - lo) / nt);
            double root = Math.sqrt(1 - 4 * t / s);
            double z0 = (1 - root) / 2;
            double z1 = (1 + root) / 2;
            // z = 1 - u with u spaced logarithmically: the kernel peaks at z -> z1
            double u0 = 1 - z1;
            double u1 = 1 - z0;
            double inner = 0;
            double lu0 = Math.log(u0);
            double lu1 = Math.log(u1);
            for (int b = 0; b < nz; b++) {
                double u = Math.exp(lu0 + (b + 0.5) * (lu1 - lu0) / nz);
                double z = 1 - u;
                double y = t / (z * (1 - z) * s);
                double v = cf * (2 / (1 - z * (1 - y)) - (1 + z));
                inner += (1 - y) * v * u;
            }
            inner *= (lu1 - lu0) / nz;
            sum += alpha.applyAsDouble(t) / (2 * Math.PI) * inner;
        }
        return sum * (hi - lo) / nt;
    }

    /**
     * The matrix-element correction factor never exceeds 1 (else the first emission would be
     * under-produced), tends to 1 in the soft limit (both sides reduce to the eikonal) and in the
     * collinear limit (both reduce to the Altarelli–Parisi P_qq).
     */
    @Test
    void matrixElementCorrectionIsBoundedAndExactInTheLimits() {
        for (int a = 1; a < 200; a++) {
            for (int b = 1; b < 200; b++) {
                double x1 = a / 200.0;
                double x2 = b / 200.0;
                if (x1 + x2 > 1.0001) {
                    double r = MatrixElementCorrections.ratio(x1, x2);
                    assertTrue(r > 0 && r <= 1 + 1e-12, "ratio " + r + " at " + x1 + ", " + x2);
                }
            }
        }
        assertEquals(1, MatrixElementCorrections.ratio(1 - 1e-6, 1 - 1.3e-6), 1e-5, "soft");
        assertEquals(1, MatrixElementCorrections.ratio(0.7, 1 - 1e-7), 1e-5, "collinear");
    }

    /**
     * Events without colour tags (Sherpa's LHE output): a q q̄ g final state from colourless beams
     * gets the one planar colour flow and showers with closed colour lines; two quark lines cannot
     * be inferred and are refused with the event and particle named.
     */
    @Test
    void infersTheColourFlowOfUntaggedEvents() {
        PartonShower shower =
                new PartonShower(org.quarryhep.shower.Tune.defaults().shower(), null, null);
        SplittableRandom rng = new SplittableRandom(2);
        double[] q = {30, 0, 20, 0};
        double[] g = {-10, 25, -5, 0};
        // q̄ balances the three-momentum; √s is the sum of the (massless) energies
        double[] qb = {-(q[0] + g[0]), -(q[1] + g[1]), -(q[2] + g[2]), 0};
        double eq = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]);
        double eg = Math.sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]);
        double eqb = Math.sqrt(qb[0] * qb[0] + qb[1] * qb[1] + qb[2] * qb[2]);
        double rs = eq + eg + eqb;
        q[3] = eq;
        g[3] = eg;
        qb[3] = eqb;
        double half = rs / 2;
        Event.Builder b = Event.builder().optNumber(7).optScale(rs);
        b.addParticle(PartonEvents.particle(11, -1, new double[] {0, 0, half, half}, 0, 0, 0));
        b.addParticle(PartonEvents.particle(-11, -1, new double[] {0, 0, -half, half}, 0, 0, 0));
        b.addParticle(PartonEvents.particle(2, 1, q, 0, 0, 0, 0, 1));
        b.addParticle(PartonEvents.particle(21, 1, g, 0, 0, 0, 0, 1));
        b.addParticle(PartonEvents.particle(-2, 1, qb, 0, 0, 0, 0, 1));
        Event untagged = b.build();
        for (int n = 0; n < 50; n++) {
            assertConserved(shower.shower(untagged, rng), rs);
        }
        Event.Builder two = Event.builder().optNumber(8).optScale(rs);
        two.addParticle(untagged.particle(0));
        two.addParticle(untagged.particle(1));
        two.addParticle(PartonEvents.particle(2, 1, q, 0, 0, 0, 0, 1));
        two.addParticle(PartonEvents.particle(1, 1, g, 0, 0, 0, 0, 1));
        two.addParticle(PartonEvents.particle(-2, 1, qb, 0, 0, 0, 0, 1));
        InvalidPartonEventException x =
                org.junit.jupiter.api.Assertions.assertThrows(
                        InvalidPartonEventException.class, () -> shower.shower(two.build(), rng));
        assertTrue(x.getMessage().startsWith("event 8, particle 4"), x.getMessage());
    }
}
