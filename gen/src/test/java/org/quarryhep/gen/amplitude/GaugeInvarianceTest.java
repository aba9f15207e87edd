package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;

/**
 * Ward identities: replacing a gluon's or photon's polarisation ε by its momentum k (normalised to
 * k/E, the size of ε) makes every helicity amplitude vanish, so that ε → ε + c·k leaves the
 * amplitude unchanged. The probe's Σ|M|² must be below 1e-18 of the physical one, i.e. the
 * amplitudes cancel to 1e-9 — double precision leaves room for ~1e-14.
 */
class GaugeInvarianceTest {
    // The fixed top width in s-channel propagators (t -> t g after the hard process) breaks the
    // Ward identity at O(m_t Γ_t/(p² - m_t²)), as in every fixed-width scheme (2e-9 of Σ|M|² at
    // the gg -> ttg point below); the identity is exact only with Γ_t = 0.
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults().with("WT", 0);

    private static void check(String process, double[] finalMasses, int... probes) {
        Subprocess sp = ProcessSyntax.subprocesses(process).get(0);
        MatrixElement me = new MatrixElement(sp, MODEL);
        SplittableRandom rng = new RandomStreams(11).stream(process.hashCode());
        FourMomentum[] p = Points.generate(900, 0, 0, finalMasses, rng);
        double[][] x = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            x[i] = new double[] {p[i].e(), p[i].px(), p[i].py(), p[i].pz()};
        }
        double physical = me.squared(x, -1);
        assertTrue(physical > 0, process);
        for (int probe : probes) {
            double ward = me.squared(x, probe);
            assertTrue(
                    ward < 1e-18 * physical,
                    process + " probe " + probe + ": " + ward + " vs " + physical);
        }
    }

    @Test
    void gluonsDecoupleInTopPairPlusJet() {
        double mt = MODEL.sm().mTop();
        check("g g > t t~ g", new double[] {mt, mt, 0}, 0, 1, 4);
    }

    @Test
    void gluonDecouplesInDrellYanPlusJet() {
        check("d d~ > e+ e- g", new double[] {0, 0, 0}, 4);
    }

    @Test
    void gluonsDecoupleInQuarkAntiquarkToThreeGluons() {
        check("u u~ > g g g", new double[] {0, 0, 0}, 2, 3, 4);
    }

    @Test
    void gluonsDecoupleFromTwoInterleavedQuarkLines() {
        // the three- and four-gluon vertices join gluon currents whose quark pairs interleave
        // (u d -> u d g: {u, u~} and {d, d~}), which carries a Fermi sign
        check("u d > u d g", new double[] {0, 0, 0}, 4);
        check("u d > u d g g", new double[] {0, 0, 0, 0}, 4, 5);
    }

    @Test
    void photonDecouplesWithZExchange() {
        check("u u~ > e+ e- a", new double[] {0, 0, 0}, 4);
    }
}
