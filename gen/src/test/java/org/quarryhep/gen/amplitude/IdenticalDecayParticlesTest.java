package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.phasespace.Rambo;

/**
 * Identical particles in different branches of a decay chain and {@code $$} (issue 19), at the
 * amplitude level.
 *
 * <ul>
 *   <li>{@code u d~ > e+ n1, n1 > e+ d u~} (LRSM, M_N = 500 GeV, M_WR = 3 TeV): one subprocess, two
 *       assignments (which e⁺ the N makes), |M|² symmetric under swapping the positrons' momenta,
 *       and equal point by point to {@code u d~ > n1 > e+ e+ d u~} — the s-channel requirement
 *       keeps the diagrams with an N propagator on any s-channel subset, and the only such subsets
 *       are {e⁺_a, d, ū}: the same diagram set built by the root tag instead of the alternatives'
 *       tags.
 *   <li>{@code u u~ > z z, z > mu+ mu-, z > mu+ mu-}: two pairings, 1/(2!2!), symmetric under both
 *       swaps; the two assignments' own |M|² add up to the symmetrised one up to the interference.
 *   <li>{@code $$ g}: u ū → u ū at QCD = 2, QED = 0 keeps the t-channel gluon only, g⁴·(4/9)(s² +
 *       u²)/t² (Combridge's q q̄ → q q̄ terms, ESW table 7.1), while the whole is the full formula.
 * </ul>
 */
class IdenticalDecayParticlesTest {
    private static final AmplitudeModel LRSM =
            AmplitudeModel.madgraphDefaults().with("MN1", 500).with("MWR", 3000);

    private static FourMomentum[] point(double sqrtS, int n, SplittableRandom rng) {
        FourMomentum[] k = Rambo.generate(n, sqrtS, rng);
        FourMomentum[] p = new FourMomentum[n + 2];
        p[0] = FourMomentum.ofPxPyPzE(0, 0, sqrtS / 2, sqrtS / 2);
        p[1] = FourMomentum.ofPxPyPzE(0, 0, -sqrtS / 2, sqrtS / 2);
        System.arraycopy(k, 0, p, 2, n);
        return p;
    }

    /** A point with the N's products {2 + a, 4, 5} near its mass shell (a = 0 or 1). */
    private static FourMomentum[] nearShell(int a, SplittableRandom rng) {
        double sqrtS = 1500;
        double mN = 500 + 2 * (rng.nextDouble() - 0.5);
        double p = (sqrtS * sqrtS - mN * mN) / (2 * sqrtS);
        double c = 2 * rng.nextDouble() - 1;
        double s = Math.sqrt(1 - c * c);
        FourMomentum lepton = FourMomentum.ofPxPyPzE(p * s, 0, p * c, p);
        FourMomentum[] k = Rambo.generate(3, mN, rng);
        FourMomentum n = FourMomentum.ofPxPyPzE(-p * s, 0, -p * c, Math.sqrt(p * p + mN * mN));
        FourMomentum[] decay = new FourMomentum[3];
        for (int i = 0; i < 3; i++) {
            decay[i] = k[i].boost(n.px() / n.e(), n.py() / n.e(), n.pz() / n.e());
        }
        FourMomentum[] out = point(sqrtS, 4, rng);
        out[2 + a] = decay[0];
        out[3 - a] = lepton;
        out[4] = decay[1];
        out[5] = decay[2];
        return out;
    }

    private static FourMomentum[] swap(FourMomentum[] p, int i, int j) {
        FourMomentum[] q = p.clone();
        q[i] = p[j];
        q[j] = p[i];
        return q;
    }

    @Test
    void sameSignMajoranaChainIsSymmetricAndEqualsTheSChannelRequirement() {
        List<Subprocess> chain = ProcessSyntax.subprocesses("u d~ > e+ n1, n1 > e+ d u~", LRSM);
        assertEquals(1, chain.size());
        Subprocess sp = chain.get(0);
        assertEquals(0.5, sp.symmetryFactor());
        assertEquals(2, ResonanceAssignments.of(sp).size());
        MatrixElement me = new MatrixElement(sp, LRSM);
        MatrixElement own = new MatrixElement(sp, LRSM, false);
        Subprocess full = ProcessSyntax.subprocesses("u d~ > n1 > e+ e+ d u~", LRSM).get(0);
        MatrixElement sChannel = new MatrixElement(full, LRSM);
        SplittableRandom rng = new SplittableRandom(19);
        for (int k = 0; k < 6; k++) {
            FourMomentum[] p = k < 2 ? point(2000, 4, rng) : nearShell(k % 2, rng);
            double m2 = me.squared(p);
            assertTrue(m2 > 0);
            assertEquals(m2, me.squared(swap(p, 2, 3)), 1e-12 * m2, "e+ e+ swap");
            assertEquals(m2, sChannel.squared(p), 1e-10 * m2, "u d~ > n1 > e+ e+ d u~");
            if (k >= 2) {
                // near the shell of one assignment its diagrams dominate: the own assignment (its N
                // on {e+_2, d, u~}, momenta 3, 4, 5) has all of |M|² or almost none of it
                double share = own.squared(p) / m2;
                assertTrue(k % 2 == 1 ? share > 0.99 : share < 0.01, "share " + share);
            }
        }
    }

    @Test
    void fourMuonZPairChainHasTwoPairingsAndBothSymmetries() {
        AmplitudeModel sm = AmplitudeModel.madgraphDefaults();
        List<Subprocess> chain =
                ProcessSyntax.subprocesses("u u~ > z z, z > mu+ mu-, z > mu+ mu-", sm);
        assertEquals(1, chain.size());
        Subprocess sp = chain.get(0);
        assertEquals(0.25, sp.symmetryFactor());
        List<List<Resonance>> pairings = ResonanceAssignments.of(sp);
        assertEquals(2, pairings.size());
        MatrixElement me = new MatrixElement(sp, sm);
        SplittableRandom rng = new SplittableRandom(7);
        int[] out = sp.outgoing();
        int[] plus = new int[2];
        int[] minus = new int[2];
        int np = 0;
        int nm = 0;
        for (int i = 0; i < out.length; i++) {
            if (out[i] == -13) {
                plus[np++] = 2 + i;
            } else {
                minus[nm++] = 2 + i;
            }
        }
        for (int k = 0; k < 4; k++) {
            FourMomentum[] p = point(400, 4, rng);
            double m2 = me.squared(p);
            assertTrue(m2 > 0);
            assertEquals(m2, me.squared(swap(p, plus[0], plus[1])), 1e-12 * m2, "mu+ swap");
            assertEquals(m2, me.squared(swap(p, minus[0], minus[1])), 1e-12 * m2, "mu- swap");
        }
        // p p > z z, z > l+ l-: (e e)(mu mu) and (mu mu)(e e) are one subprocess
        assertEquals(
                3,
                ProcessSyntax.subprocesses("u u~ > z z, z > l+ l-", sm).size(),
                "ee ee, ee mumu, mumu mumu");
    }

    @Test
    void doubleDollarDropsTheSChannelDiagramsOnly() {
        AmplitudeModel sm = AmplitudeModel.madgraphDefaults();
        MatrixElement tOnly =
                new MatrixElement(
                        ProcessSyntax.subprocesses("u u~ > u u~ QCD=2 QED=0 $$ g", sm).get(0), sm);
        MatrixElement all =
                new MatrixElement(
                        ProcessSyntax.subprocesses("u u~ > u u~ QCD=2 QED=0", sm).get(0), sm);
        SplittableRandom rng = new SplittableRandom(3);
        double gs = sm.gs();
        for (int k = 0; k < 4; k++) {
            FourMomentum[] p = point(300, 2, rng);
            double s = p[0].plus(p[1]).m2();
            double t = p[0].minus(p[2]).m2();
            double u = p[0].minus(p[3]).m2();
            double g4 = Math.pow(gs, 4);
            double tChannel = g4 * 4.0 / 9 * (s * s + u * u) / (t * t);
            double whole =
                    tChannel
                            + g4
                                    * (4.0 / 9 * (u * u + t * t) / (s * s)
                                            - 8.0 / 27 * u * u / (s * t));
            assertEquals(tChannel, tOnly.squared(p), 1e-10 * tChannel);
            assertEquals(whole, all.squared(p), 1e-10 * whole);
        }
        assertTrue(
                assertThrows(
                                ProcessSyntaxException.class,
                                () -> ProcessSyntax.subprocesses("u u~ > e+ e- $$z"))
                        .getMessage()
                        .contains("'$$ z'"));
    }

    @Test
    void tooManyAssignmentsAreRefusedWithTheReason() {
        // four Z -> e+ e-: 24 pairings need 16 tagged propagators
        ProcessSyntaxException ex =
                assertThrows(
                        ProcessSyntaxException.class,
                        () ->
                                ProcessSyntax.subprocesses(
                                        "u u~ > z z z z, z > e+ e-",
                                        AmplitudeModel.madgraphDefaults()));
        assertTrue(ex.getMessage().contains("identical particles across decays"), ex.getMessage());
    }
}
