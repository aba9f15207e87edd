package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.process.SmuonPairProcess;

/**
 * The bino-like neutralino in the recursion: Γ(μ̃_R → μ χ̃⁰₁) against the closed form of {@code
 * SmuonPairProcess.width} and the table of physics-formulas.md §10; the narrow-width chain u ū →
 * μ̃⁻μ̃⁺, μ̃ → μ χ̃⁰ against production × decay; μ⁻μ⁻ → μ̃⁻μ̃⁻, which only a Majorana neutralino
 * allows, against its two-diagram closed form; and the photon's Ward identity with the t-channel
 * neutralino in μ⁻μ⁺ → μ̃⁻μ̃⁺γ.
 */
class NeutralinoTest {
    private static AmplitudeModel model(double mSmuon, double widthSmuon, double mChi) {
        return AmplitudeModel.madgraphDefaults()
                .withSmuon(new RightSmuon(mSmuon, widthSmuon))
                .withNeutralino(Neutralino.bino(mChi));
    }

    private static MatrixElement me(String process, AmplitudeModel model) {
        return new MatrixElement(ProcessSyntax.subprocesses(process, model).get(0), model);
    }

    /** g′² = e²/c_W² (G_μ scheme). */
    private static double gPrime2(StandardModel sm) {
        return sm.e() * sm.e() / sm.cw2();
    }

    /** Γ = α m (1 − m_χ²/m²)²/(2 c_W²), SmuonPairProcess.width. */
    private static double closedFormWidth(StandardModel sm, double m, double mChi) {
        double r = 1 - mChi * mChi / (m * m);
        return sm.alpha() * m * r * r / (2 * sm.cw2());
    }

    @Test
    void decayWidthMatchesTheClosedForm() {
        // Γ = Σ|M|² (m² − m_χ²)/(16π m³) from the engine's 1 → 2 matrix element, for μ̃⁻ and μ̃⁺:
        // against the closed form (relative 1e-12) and the §10 table (G_μ α, 5 digits)
        double[][] table = {
            {100, 0, 0.48516}, {200, 100, 0.54581}, {300, 100, 1.1500}, {500, 300, 0.99362}
        };
        SplittableRandom rng = new RandomStreams(41).stream(1);
        for (double[] row : table) {
            AmplitudeModel model = model(row[0], 0, row[1]);
            for (String process : new String[] {"mur- > mu- neu1", "mur+ > mu+ neu1"}) {
                double m = row[0];
                double q = (m * m - row[1] * row[1]) / (2 * m);
                double cos = 2 * rng.nextDouble() - 1;
                double sin = Math.sqrt(1 - cos * cos);
                FourMomentum[] p = {
                    FourMomentum.ofPxPyPzE(0, 0, 0, m),
                    FourMomentum.ofPxPyPzM(q * sin, 0, q * cos, 0),
                    FourMomentum.ofPxPyPzM(-q * sin, 0, -q * cos, row[1])
                };
                double width =
                        me(process, model).squared(p)
                                * (m * m - row[1] * row[1])
                                / (16 * Math.PI * m * m * m);
                double expected = closedFormWidth(model.sm(), m, row[1]);
                assertEquals(expected, width, 1e-12 * expected, process);
                assertEquals(row[2], width, 5e-5 * row[2], process + " table");
            }
        }
    }

    @Test
    void narrowChainFactorises() {
        // u ū → μ̃⁻μ̃⁺ with one smuon decayed, on shell: Σ̄|M_prod|² (SmuonPairProcess, DEQ) ×
        // 2 g′²(m² − m_χ²)/(m Γ)² — a scalar, so no spin correlation: pointwise, relative 1e-10
        double m = 300;
        double mChi = 120;
        AmplitudeModel base = model(m, 0, mChi);
        double width = closedFormWidth(base.sm(), m, mChi);
        AmplitudeModel model = model(m, width, mChi);
        double decay = 2 * gPrime2(model.sm()) * (m * m - mChi * mChi);
        SplittableRandom rng = new RandomStreams(41).stream(2);
        String[] chains = {
            "u u~ > mur- mur+, mur- > mu- neu1", "u u~ > mur- mur+, mur+ > mu+ neu1"
        };
        for (int c = 0; c < 2; c++) {
            MatrixElement me = me(chains[c], model);
            for (int i = 0; i < 4; i++) {
                double sqrtS = 2 * m + 20 + 2000 * rng.nextDouble();
                FourMomentum[] pair = Points.generate(sqrtS, 0, 0, new double[] {m, m}, rng);
                FourMomentum decaying = pair[2 + c];
                FourMomentum[] d = Points.split(decaying, 0, mChi, rng);
                FourMomentum[] p =
                        c == 0
                                ? new FourMomentum[] {pair[0], pair[1], d[0], d[1], pair[3]}
                                : new FourMomentum[] {pair[0], pair[1], pair[2], d[0], d[1]};
                double t = pair[0].minus(pair[2]).m2();
                double production =
                        SmuonPairProcess.matrixElement(model.sm(), 2, sqrtS * sqrtS, t, m);
                double expected = production * decay / (m * m * width * width);
                assertEquals(expected, me.squared(p), 1e-10 * expected, chains[c]);
            }
        }
    }

    @Test
    void sameChargeSmuonPairsNeedAMajoranaNeutralino() {
        // μ⁻μ⁻ → μ̃⁻μ̃⁻ through t- and u-channel χ̃⁰ (the chirality flip picks the mass term):
        // M = y² m_χ [v̄(p₂) P_R u(p₁)] (1/(t − m_χ²) + 1/(u − m_χ²)), y² = 2g′², the two diagrams
        // adding as Bose symmetry of the smuons demands; Σ_spins |v̄ P_R u|² = s, so Σ̄|M|² =
        // ¼ · ½ · 4g′⁴ m_χ² s (…)²: relative 1e-10
        double m = 250;
        double mChi = 180;
        AmplitudeModel model = model(m, 0, mChi);
        MatrixElement me = me("mu- mu- > mur- mur-", model);
        double g4 = gPrime2(model.sm()) * gPrime2(model.sm());
        SplittableRandom rng = new RandomStreams(41).stream(3);
        for (int i = 0; i < 5; i++) {
            double sqrtS = 2 * m + 10 + 2000 * rng.nextDouble();
            FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {m, m}, rng);
            double s = sqrtS * sqrtS;
            double t = p[0].minus(p[2]).m2();
            double u = p[0].minus(p[3]).m2();
            double f = 1 / (t - mChi * mChi) + 1 / (u - mChi * mChi);
            double expected = 0.5 * g4 * mChi * mChi * s * f * f;
            assertEquals(expected, me.squared(p), 1e-10 * expected);
        }
    }

    @Test
    void photonDecouplesWithNeutralinoExchange() {
        // ε → k for the photon of μ⁻μ⁺ → μ̃⁻μ̃⁺γ (s-channel γ/Z and t-channel χ̃⁰, the photon on
        // the muons, the smuons and the seagull): Σ|M|² below 1e-18 of the physical value
        AmplitudeModel model = model(300, 0, 150);
        MatrixElement me = me("mu- mu+ > mur- mur+ a", model);
        SplittableRandom rng = new RandomStreams(41).stream(4);
        FourMomentum[] p = Points.generate(1500, 0, 0, new double[] {300, 300, 0}, rng);
        double[][] x = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            x[i] = new double[] {p[i].e(), p[i].px(), p[i].py(), p[i].pz()};
        }
        double physical = me.squared(x, -1);
        double ward = me.squared(x, 4);
        assertTrue(physical > 0);
        assertTrue(ward < 1e-18 * physical, ward + " vs " + physical);
    }
}
