package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.process.GeneratorCuts;

/**
 * The recoil channels' density in dŝ dy dΦ_n against the chain channels', whose n-body volumes
 * {@link PhaseSpaceChannelsTest} checks against the closed form: the same hadron-level integral ∫
 * dŝ dy dΦ_n F over the region the recoil channels cover (60 < m_ℓℓ < 120 GeV, partons p_T > 20 GeV
 * and |y| < 5, x₁, x₂ < 1), F = (100 GeV)⁴/ŝ², estimated with each parametrisation — ŝ and y
 * uniform and the chain channels' splittings against the partons' p_T, y, φ and the pair's mass,
 * rapidity and decay angles — agrees within 5 combined standard errors. Both share only the
 * momenta.
 */
class PairRecoilChannelTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();
    private static final double SQRT_S = 500;
    private static final int POINTS = 200_000;
    private static final GeneratorCuts CUTS =
            new GeneratorCuts(Map.of("ptj", 20.0, "etaj", 5.0, "mmll", 60.0, "mmllmax", 120.0));

    private static boolean inRegion(FourMomentum[] p) {
        double m = p[0].plus(p[1]).mass();
        if (m < 60 || m > 120) {
            return false;
        }
        for (int i = 2; i < p.length; i++) {
            if (p[i].pt() < 20 || Math.abs(p[i].rapidity()) > 5) {
                return false;
            }
        }
        return true;
    }

    private static double integrand(double shat) {
        return 1e8 / (shat * shat);
    }

    @Test
    void recoilAndChainChannelsGiveTheSameIntegral() {
        List<Subprocess> subs = ProcessSyntax.subprocesses("u u~ > e+ e- g g", MODEL);
        double[] masses = new double[4];
        PhaseSpaceChannels.RecoilChannels recoil =
                PhaseSpaceChannels.recoilChannels(subs, MODEL, CUTS, masses);
        assertTrue(recoil.complete(), "the recoil channels cover the cut phase space");
        // γ* and Z, each with independent p_T's and with either gluon balancing
        assertEquals(6, recoil.channels().size());
        List<PhaseSpaceChannel> chains =
                PhaseSpaceChannels.of(subs, MODEL, CUTS, masses, TreeLevelProcess.DEFAULT_BWCUTOFF);
        double s = SQRT_S * SQRT_S;
        double lo = 60 * 60;
        SplittableRandom rng = new RandomStreams(5).stream(0);
        int d = 3 * masses.length - 2;
        double[] x = new double[d];
        FourMomentum[] fin = new FourMomentum[masses.length];

        double[] chain = new double[2];
        for (int i = 0; i < POINTS; i++) {
            for (int k = 0; k < d; k++) {
                x[k] = rng.nextDouble();
            }
            double shat = lo + (s - lo) * x[0];
            double yMax = -0.5 * Math.log(shat / s);
            double y = yMax * (2 * x[1] - 1);
            double e = Math.sqrt(shat) * Math.cosh(y);
            double pz = Math.sqrt(shat) * Math.sinh(y);
            PhaseSpaceChannel c = chains.get(rng.nextInt(chains.size()));
            double w = 0;
            if (c.build(x, 0, new FourMomentum(0, 0, pz, e), fin) && inRegion(fin)) {
                double g = 0;
                for (PhaseSpaceChannel ch : chains) {
                    g += ch.density(fin) / chains.size();
                }
                w = integrand(shat) * (s - lo) * 2 * yMax / g;
            }
            chain[0] += w;
            chain[1] += w * w;
        }

        double[] rec = new double[2];
        double[] fractions = new double[2];
        List<PairRecoilChannel> channels = recoil.channels();
        for (int i = 0; i < POINTS; i++) {
            for (int k = 0; k < d; k++) {
                x[k] = rng.nextDouble();
            }
            PairRecoilChannel c = channels.get(rng.nextInt(channels.size()));
            double w = 0;
            if (c.build(x, 0, SQRT_S, fin, fractions) && inRegion(fin)) {
                double g = 0;
                for (PairRecoilChannel ch : channels) {
                    g += ch.density(fin, s) / channels.size();
                }
                w = integrand(fractions[0] * fractions[1] * s) / g;
            }
            rec[0] += w;
            rec[1] += w * w;
        }
        double[] a = meanAndError(chain);
        double[] b = meanAndError(rec);
        assertTrue(a[1] < 0.05 * a[0] && b[1] < 0.05 * b[0], "precise enough to compare");
        assertEquals(
                a[0],
                b[0],
                5 * Math.hypot(a[1], b[1]),
                "chain " + a[0] + " ± " + a[1] + ", recoil " + b[0] + " ± " + b[1]);
    }

    @Test
    void noRecoilChannelsWithoutJetCutOrWithMassiveStates() {
        List<Subprocess> dy = ProcessSyntax.subprocesses("u u~ > e+ e- g", MODEL);
        assertTrue(
                PhaseSpaceChannels.recoilChannels(
                                dy, MODEL, new GeneratorCuts(Map.of()), new double[3])
                        .channels()
                        .isEmpty());
        List<Subprocess> tt = ProcessSyntax.subprocesses("g g > t t~ g", MODEL);
        double mt = MODEL.mass(6);
        assertFalse(
                PhaseSpaceChannels.recoilChannels(tt, MODEL, CUTS, new double[] {mt, mt, 0})
                        .complete());
    }

    private static double[] meanAndError(double[] sums) {
        double mean = sums[0] / POINTS;
        return new double[] {mean, Math.sqrt((sums[1] / POINTS - mean * mean) / (POINTS - 1))};
    }
}
