package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.model.StandardModel;

/**
 * The tree-level engine's q q̄ → e⁺ν_e μ⁻ν̄_μ (all diagrams, WWγ/WWZ vertices included) against the
 * hand-written spin-correlated decay amplitude {@link WPairAmplitude} (doubly resonant diagrams,
 * on-shell W propagators left out) where both W are exactly on shell: there the engine's Σ̄|M|²
 * times (M_W Γ_W)⁴ is the doubly resonant part, up to the singly and non-resonant diagrams, which
 * are O(Γ_W/M_W) of the amplitude. With Γ_W = 1e-3 GeV that is ~1e-5; tolerance 1e-4. (This test
 * lives beside {@code WPairAmplitude} because that class is package-private.)
 */
class WPairDecayEngineTest {
    @Test
    void onShellLeptonicWPairsMatchTheSpinCorrelatedAmplitude() {
        double width = 1e-3;
        AmplitudeModel model = AmplitudeModel.madgraphDefaults().with("WW", width);
        StandardModel sm = model.sm();
        double mw = sm.mW();
        SplittableRandom rng = new RandomStreams(29).stream(1);
        String[][] cases = {{"u u~ > e+ ve mu- vm~", "2"}, {"d d~ > e+ ve mu- vm~", "1"}};
        for (String[] c : cases) {
            MatrixElement me =
                    new MatrixElement(ProcessSyntax.subprocesses(c[0], model).get(0), model);
            for (int i = 0; i < 4; i++) {
                double sqrtS = 2 * mw + 20 + 1500 * rng.nextDouble();
                FourMomentum pa = FourMomentum.ofPxPyPzE(0, 0, sqrtS / 2, sqrtS / 2);
                FourMomentum pb = FourMomentum.ofPxPyPzE(0, 0, -sqrtS / 2, sqrtS / 2);
                FourMomentum[] ws =
                        split(pa.plus(pb), mw, mw, 2 * rng.nextDouble() - 1, 6 * rng.nextDouble());
                FourMomentum[] plus =
                        split(ws[0], 0, 0, 2 * rng.nextDouble() - 1, 6 * rng.nextDouble());
                FourMomentum[] minus =
                        split(ws[1], 0, 0, 2 * rng.nextDouble() - 1, 6 * rng.nextDouble());
                // order of the process string: e+ ve mu- vm~
                FourMomentum[] p = {pa, pb, plus[0], plus[1], minus[0], minus[1]};
                double engine = me.squared(p) * Math.pow(mw * width, 4);
                double expected =
                        WPairAmplitude.squared(
                                sm,
                                Integer.parseInt(c[1]),
                                pa,
                                pb,
                                minus[0],
                                minus[1],
                                plus[0],
                                plus[1]);
                assertEquals(expected, engine, 1e-4 * expected, c[0] + " at " + sqrtS);
            }
        }
    }

    /** Two-body split of p into masses m1, m2 at rest-frame angles (cos θ, φ) of particle 1. */
    private static FourMomentum[] split(
            FourMomentum p, double m1, double m2, double cos, double phi) {
        double m = p.mass();
        double q =
                Math.sqrt((m * m - Math.pow(m1 + m2, 2)) * (m * m - Math.pow(m1 - m2, 2)))
                        / (2 * m);
        double sin = Math.sqrt(1 - cos * cos);
        FourMomentum a =
                FourMomentum.ofPxPyPzM(
                        q * sin * Math.cos(phi), q * sin * Math.sin(phi), q * cos, m1);
        FourMomentum b =
                FourMomentum.ofPxPyPzM(
                        -q * sin * Math.cos(phi), -q * sin * Math.sin(phi), -q * cos, m2);
        return new FourMomentum[] {boost(a, p), boost(b, p)};
    }

    private static FourMomentum boost(FourMomentum k, FourMomentum p) {
        double m = p.mass();
        double bx = p.px() / p.e();
        double by = p.py() / p.e();
        double bz = p.pz() / p.e();
        double gamma = p.e() / m;
        double bp = bx * k.px() + by * k.py() + bz * k.pz();
        double b2 = bx * bx + by * by + bz * bz;
        double f = b2 == 0 ? 0 : (gamma - 1) * bp / b2 + gamma * k.e();
        return FourMomentum.ofPxPyPzE(
                k.px() + f * bx, k.py() + f * by, k.pz() + f * bz, gamma * (k.e() + bp));
    }
}
