package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * Majorana fermion flow ({@link MajoranaFlow}): the charge-conjugation identity the flips rest on;
 * amplitudes that must not depend on which orientation the recursion happens to choose (the order
 * the particles are written in, time reversal); the gluon's Ward identity with a W_R in the
 * diagrams; and the syntax's lepton-number-violating subprocesses. W_R and the SM-W mixing are both
 * on, so that left- and right-handed vertices meet on one N line and the p̸ part of the N
 * propagator, not only its mass part, passes through the flips.
 */
class MajoranaFlowTest {
    private static final double MN = 700;
    private static final AmplitudeModel MODEL =
            AmplitudeModel.madgraphDefaults()
                    .with("MN1", MN)
                    .with("MWR", 2500)
                    .with("VeN1", 0.3)
                    .with("WN1", 2.0);

    private static MatrixElement me(String process) {
        return new MatrixElement(ProcessSyntax.subprocesses(process, MODEL).get(0), MODEL);
    }

    private static double[] randomSpinor(SplittableRandom rng) {
        double[] v = new double[8];
        for (int k = 0; k < 8; k++) {
            v[k] = rng.nextDouble() - 0.5;
        }
        return v;
    }

    private static Current current(int id, double[] v) {
        Current c = new Current(id, 0, 0, 8);
        System.arraycopy(v, 0, c.v, 0, 8);
        return c;
    }

    @Test
    void flipsRealiseChargeConjugation() {
        // r γ^μ (a P_L + b P_R) c = (c^T C) γ^μ (a P_R + b P_L) (C r^T) for commuting spinors
        // (Denner et al., Γ' = C Γ^T C⁻¹ = −γ^μ(a P_R + b P_L) and the transposition's −1), and
        // flipping twice is the identity
        SplittableRandom rng = new RandomStreams(5).stream(1);
        double[] r = randomSpinor(rng);
        double[] c = randomSpinor(rng);
        double[] rc = MajoranaFlow.flip(current(-9900012, r)).v;
        double[] cr = MajoranaFlow.flip(current(9900012, c)).v;
        double[] back = MajoranaFlow.flip(MajoranaFlow.flip(current(9900012, c))).v;
        for (int k = 0; k < 8; k++) {
            assertEquals(c[k], back[k], 0);
        }
        double[] lhs = new double[8];
        double[] rhs = new double[8];
        Dirac.addBilinear(r, 0, c, 0, 0.3, 1.7, 1, 0, lhs, 0);
        Dirac.addBilinear(cr, 0, rc, 0, 1.7, 0.3, 1, 0, rhs, 0);
        for (int k = 0; k < 8; k++) {
            assertEquals(lhs[k], rhs[k], 1e-15);
        }
    }

    /** The momenta of {@code p} in the order {@code order} (a permutation of the slots). */
    private static FourMomentum[] permute(FourMomentum[] p, int[] order) {
        FourMomentum[] q = new FourMomentum[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = p[order[i]];
        }
        return q;
    }

    @Test
    void amplitudesDoNotDependOnTheOrderParticlesAreWrittenIn() {
        // u d̄ → e⁺e⁺ d ū (every diagram: s-channel W_R/W → e⁺N, N → e⁺ W*, and the W W fusion
        // through a t-channel N) and e⁺e⁻ → N N (t- and u-channel W_R/W): the same physical
        // process written in other orders makes the recursion orient the N lines differently
        // (root N or not, flips at other vertices); relative 1e-10
        SplittableRandom rng = new RandomStreams(5).stream(2);
        String base = "u d~ > e+ e+ d u~";
        String[] same = {"u d~ > d e+ u~ e+", "d~ u > u~ e+ d e+", "u d~ > e+ d u~ e+"};
        int[][] orders = {{0, 1, 4, 2, 5, 3}, {1, 0, 5, 2, 4, 3}, {0, 1, 2, 4, 5, 3}};
        checkOrders(base, same, orders, new double[] {0, 0, 0, 0}, 0, rng);
        checkOrders(
                "e+ e- > n1 n1",
                new String[] {"e- e+ > n1 n1"},
                new int[][] {{1, 0, 2, 3}},
                new double[] {MN, MN},
                0,
                rng);
    }

    private static void checkOrders(
            String base,
            String[] others,
            int[][] orders,
            double[] masses,
            double mIn,
            SplittableRandom rng) {
        MatrixElement reference = me(base);
        for (int i = 0; i < 3; i++) {
            FourMomentum[] p =
                    Points.generate(2 * MN + 2000 * rng.nextDouble(), mIn, mIn, masses, rng);
            double expected = reference.squared(p);
            assertTrue(expected > 0, base);
            for (int k = 0; k < others.length; k++) {
                double value = me(others[k]).squared(permute(p, orders[k]));
                assertEquals(expected, value, 1e-10 * expected, others[k]);
            }
        }
    }

    @Test
    void timeReversalHoldsForMajoranaPairs() {
        // real couplings: Σ|M|²(e⁺e⁻ → N N) = Σ|M|²(N N → e⁺e⁻) at the same momenta; both average
        // over four initial spin states, and the N N final state carries the factor ½
        SplittableRandom rng = new RandomStreams(5).stream(3);
        MatrixElement forward = me("e+ e- > n1 n1");
        MatrixElement backward = me("n1 n1 > e+ e-");
        for (int i = 0; i < 4; i++) {
            FourMomentum[] p =
                    Points.generate(
                            2 * MN + 50 + 2000 * rng.nextDouble(),
                            0,
                            0,
                            new double[] {MN, MN},
                            rng);
            double f = forward.squared(p);
            double b = backward.squared(new FourMomentum[] {p[2], p[3], p[0], p[1]});
            assertTrue(f > 0);
            assertEquals(2 * f, b, 1e-10 * b);
        }
    }

    @Test
    void gluonsDecoupleWithRightHandedCurrents() {
        // ε → k for the gluon of u d̄ → e⁺ N g (W_R and W in the s-channel) and of u d̄ → e⁺e⁺ d ū
        // g
        // (two quark lines joined by W_R/W and an N line): Σ|M|² below 1e-18 of the physical value
        ward("u d~ > e+ n1 g", new double[] {0, MN, 0}, 4);
        ward("u d~ > e+ e+ d u~ g", new double[] {0, 0, 0, 0, 0}, 6);
    }

    @Test
    void photonsDecoupleWithRightHandedW() {
        // the W_R⁺W_R⁻γ vertex (coupling e) and the W_R⁺W_R⁻γγ seagull of RightHandedW: ε → k for
        // a photon of u d̄ → e⁺N γ and u d̄ → e⁺N γγ (photons on the quarks, the lepton and the
        // W_R), zero widths (a fixed width breaks the Ward identity at O(Γ/M)): probe below 1e-18
        // of the physical Σ|M|². (2 → 5 electroweak processes such as u d̄ → e⁺e⁺d ū γ sit at a
        // rounding floor of 1e-17 to 1e-15 here — the SM's own u d̄ → e⁺e⁻u d̄ γ gives 0.8–3e-17 —
        // so they are not used.)
        AmplitudeModel model = MODEL.with("WWR", 0).with("WN1", 0).with("WW", 0).with("WZ", 0);
        ward("u d~ > e+ n1 a", new double[] {0, MN, 0}, 4, model);
        ward("u d~ > e+ n1 a a", new double[] {0, MN, 0, 0}, 5, model);
        ward("u d~ > n1 a e+", new double[] {MN, 0, 0}, 3, model);
    }

    private static void ward(String process, double[] masses, int probe) {
        ward(process, masses, probe, MODEL);
    }

    private static void ward(String process, double[] masses, int probe, AmplitudeModel model) {
        MatrixElement me =
                new MatrixElement(ProcessSyntax.subprocesses(process, model).get(0), model);
        SplittableRandom rng = new RandomStreams(5).stream(process.hashCode());
        FourMomentum[] p = Points.generate(3000, 0, 0, masses, rng);
        double[][] x = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            x[i] = new double[] {p[i].e(), p[i].px(), p[i].py(), p[i].pz()};
        }
        double physical = me.squared(x, -1);
        double ward = me.squared(x, probe);
        assertTrue(physical > 0, process);
        assertTrue(ward < 1e-18 * physical, process + ": " + ward + " vs " + physical);
    }

    @Test
    void parametersNameTheSectorAndModelsCompareByValue() {
        // MadGraph param-card names switch the states on; an unknown name still reaches the SM
        // parameters' error; equal parameters give equal models
        assertEquals(MN, MODEL.mass(9900012));
        assertEquals(2500, MODEL.mass(34));
        assertEquals(0.3, MODEL.heavy().mixing(0, 0));
        assertEquals(2.0, MODEL.width(9900012));
        assertEquals(MODEL, MODEL.with("MWR", 2500));
        assertEquals(AmplitudeModel.madgraphDefaults(), AmplitudeModel.madgraphDefaults());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> MODEL.with("MN4", 1));
    }

    @Test
    void syntaxListsLeptonNumberViolatingSubprocesses() {
        // p p > e+ n1: u d̄, c s̄ in both beam orders (W_R with V_R = 1 and the W); same-sign
        // e⁺e⁺ + 2 jets exists only with the Majorana N; without it, the syntax refuses n1
        List<Subprocess> production = ProcessSyntax.subprocesses("p p > e+ n1", MODEL);
        assertEquals(4, production.size());
        assertTrue(ProcessSyntax.subprocesses("u d~ > e+ e+ d u~", MODEL).size() == 1);
        assertTrue(
                org.junit.jupiter.api.Assertions.assertThrows(
                                ProcessSyntaxException.class,
                                () -> ProcessSyntax.subprocesses("u d~ > e+ e+ d u~"))
                        .getMessage()
                        .contains("no subprocess"));
    }
}
