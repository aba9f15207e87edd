package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.process.GeneratorCuts;

/**
 * The multichannel phase space integrates 1 to the volume of the n-body phase space: massless
 * Φ_n(s) = (2π)^(4−3n) (π/2)^(n−1) s^(n−2)/((n−1)!(n−2)!) (Byckling–Kajantie; the RAMBO paper,
 * Kleiss–Stirling–Ellis 1986), and the massive two-body p* over 4π√s. Each check passes within 5
 * standard errors of its own Monte Carlo estimate; the weights are 1/Σ_k α_k g_k as in {@link
 * TreeLevelProcess}, so a wrong channel density in any channel (Breit–Wigner, γ*, chains) biases
 * the sum.
 */
class PhaseSpaceChannelsTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    private static double[] volume(String process, double[] masses, double sqrtS, long seed) {
        List<PhaseSpaceChannel> channels =
                PhaseSpaceChannels.of(
                        ProcessSyntax.subprocesses(process, MODEL),
                        MODEL,
                        new GeneratorCuts(Map.of()),
                        masses,
                        TreeLevelProcess.DEFAULT_BWCUTOFF);
        assertTrue(channels.size() >= 1);
        SplittableRandom rng = new RandomStreams(seed).stream(0);
        int d = channels.get(0).dimensions();
        FourMomentum total = new FourMomentum(0, 0, 0, sqrtS);
        int points = 200_000;
        double sum = 0;
        double sum2 = 0;
        double[] x = new double[d];
        FourMomentum[] out = new FourMomentum[masses.length];
        for (int i = 0; i < points; i++) {
            PhaseSpaceChannel c = channels.get(rng.nextInt(channels.size()));
            for (int k = 0; k < d; k++) {
                x[k] = rng.nextDouble();
            }
            double w = 0;
            if (c.build(x, 0, total, out)) {
                double g = 0;
                for (PhaseSpaceChannel ch : channels) {
                    g += ch.density(out);
                }
                w = channels.size() / g;
            }
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / points;
        double error = Math.sqrt((sum2 / points - mean * mean) / (points - 1));
        return new double[] {mean, error, channels.size()};
    }

    private static double masslessVolume(int n, double s) {
        double f = Math.pow(2 * Math.PI, 4 - 3 * n) * Math.pow(Math.PI / 2, n - 1);
        f *= Math.pow(s, n - 2);
        for (int k = 2; k <= n - 1; k++) {
            f /= k;
        }
        for (int k = 2; k <= n - 2; k++) {
            f /= k;
        }
        return f;
    }

    @Test
    void masslessVolumesWithResonanceChannels() {
        // u u~ > e+ e- g: chain + γ* + Z channels; d d~ > e+ e- g g: chain + γ* + Z, four bodies
        String[] processes = {"u u~ > e+ e- g", "d d~ > e+ e- g g", "u d~ > e+ ve g"};
        int[] n = {3, 4, 3};
        for (int p = 0; p < processes.length; p++) {
            double sqrtS = 250;
            double[] r = volume(processes[p], new double[n[p]], sqrtS, 17 + p);
            double expected = masslessVolume(n[p], sqrtS * sqrtS);
            assertTrue(r[2] > 1, processes[p] + " should have resonance channels");
            assertEquals(expected, r[0], 5 * r[1], processes[p]);
            assertTrue(r[1] < 0.02 * expected, processes[p] + ": estimate too coarse");
        }
    }

    @Test
    void massiveTwoBodyVolume() {
        double mt = MODEL.mass(6);
        double sqrtS = 500;
        double[] r = volume("g g > t t~", new double[] {mt, mt}, sqrtS, 3);
        double pstar = Math.sqrt(sqrtS * sqrtS / 4 - mt * mt);
        assertEquals(pstar / (4 * Math.PI * sqrtS), r[0], 1e-12, "two-body: exact per point");
    }
}
