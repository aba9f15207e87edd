package org.quarryhep.gen.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.process.WPairProcess;
import org.quarryhep.gen.process.ZPairProcess;

/**
 * The electroweak gauge self-couplings and the Higgs couplings against independent numbers: the
 * hand-written q q̄ → W⁺W⁻ and q q̄ → ZZ closed forms of {@code gen.process} (relative 1e-10, as in
 * {@link HandWrittenAgreementTest}), e⁺e⁻ → ZH against its textbook cross section, γγ → W⁺W⁻
 * against its constant high-energy limit, longitudinal W scattering against the low-energy theorem
 * of the Higgs-less theory, the unitarity cancellation with the Higgs, and h h → h h against its
 * three Feynman diagrams written out.
 */
class ElectroweakAmplitudeTest {
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();
    private static final StandardModel SM = MODEL.sm();
    private static final double TOLERANCE = 1e-10;

    private static MatrixElement me(String process, AmplitudeModel model) {
        return new MatrixElement(ProcessSyntax.subprocesses(process).get(0), model);
    }

    /**
     * A 2 → 2 point in the centre-of-mass frame, beams of mass ma along ±z, angle θ of particle 3.
     */
    private static FourMomentum[] point(double sqrtS, double ma, double m1, double m2, double cos) {
        double pin = Math.sqrt(sqrtS * sqrtS / 4 - ma * ma);
        FourMomentum[] f = Points.split(FourMomentum.ofPxPyPzE(0, 0, 0, sqrtS), m1, m2, cos, 0.7);
        return new FourMomentum[] {
            FourMomentum.ofPxPyPzM(0, 0, pin, ma),
            FourMomentum.ofPxPyPzM(0, 0, -pin, ma),
            f[0],
            f[1]
        };
    }

    @Test
    void quarkPairsToWPairsMatchTheHandWrittenProcess() {
        // WPairProcess.matrixElement: the s-channel γ/Z and t-channel quark diagrams in closed
        // form (physics-formulas.md §5); t = (p_q - p_W-)²
        SplittableRandom rng = new RandomStreams(19).stream(11);
        double mw = SM.mW();
        String[][] cases = {{"u u~ > w+ w-", "2"}, {"d d~ > w+ w-", "1"}, {"c c~ > w- w+", "4"}};
        for (String[] c : cases) {
            MatrixElement me = me(c[0], MODEL);
            int wMinus = c[0].endsWith("w-") ? 3 : 2;
            for (int i = 0; i < 5; i++) {
                double sqrtS = 2 * mw + 1 + 3000 * rng.nextDouble();
                FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {mw, mw}, rng);
                double t = p[0].minus(p[wMinus]).m2();
                int quark = Integer.parseInt(c[1]);
                double expected = WPairProcess.matrixElement(SM, quark, sqrtS * sqrtS, t);
                assertEquals(expected, me.squared(p), TOLERANCE * expected, c[0]);
            }
        }
    }

    @Test
    void quarkPairsToZPairsMatchTheHandWrittenProcess() {
        // ZPairProcess.matrixElement leaves out the identical-particle 1/2
        SplittableRandom rng = new RandomStreams(19).stream(12);
        double mz = SM.mZ();
        for (int quark : new int[] {1, 2}) {
            MatrixElement me = me(quark == 1 ? "d d~ > z z" : "u u~ > z z", MODEL);
            for (int i = 0; i < 5; i++) {
                double sqrtS = 2 * mz + 1 + 3000 * rng.nextDouble();
                FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {mz, mz}, rng);
                double t = p[0].minus(p[2]).m2();
                double expected = 0.5 * ZPairProcess.matrixElement(SM, quark, sqrtS * sqrtS, t);
                assertEquals(expected, me.squared(p), TOLERANCE * expected, "q q~ > z z");
            }
        }
    }

    @Test
    void electronPairsToWPairsMatchTheClosedForm() {
        // The closed form of WPairProcess holds for any doublet member: for the electron (T3 =
        // -1/2, Q = -1, t-channel neutrino) it is used without its colour average 1/3
        SplittableRandom rng = new RandomStreams(19).stream(13);
        double mw = SM.mW();
        MatrixElement me = me("e- e+ > w- w+", MODEL);
        for (int i = 0; i < 5; i++) {
            double sqrtS = 2 * mw + 1 + 3000 * rng.nextDouble();
            FourMomentum[] p = Points.generate(sqrtS, 0, 0, new double[] {mw, mw}, rng);
            double t = p[0].minus(p[2]).m2();
            double expected = 3 * WPairProcess.matrixElement(SM, 11, sqrtS * sqrtS, t);
            assertEquals(expected, me.squared(p), TOLERANCE * expected, "e- e+ > w- w+");
        }
    }

    /**
     * σ of a 2 → 2 process with massless beams: β/(32π s) ∫ Σ̄|M|² d cos θ, with the integrand
     * mapped by x = ln(1 ∓ β cos θ) on each half so that forward and backward peaks of width M²/s
     * are resolved.
     */
    private static double sigma(MatrixElement me, double sqrtS, double m, int points) {
        double s = sqrtS * sqrtS;
        double beta = Math.sqrt(1 - 4 * m * m / s);
        DoubleUnaryOperator f = cos -> me.squared(point(sqrtS, 0, m, m, cos));
        double lo = Math.log(1 - beta);
        double sum = 0;
        for (int i = 0; i < points; i++) {
            double x = lo * (i + 0.5) / points;
            double w = -lo / points * Math.exp(x) / beta;
            double cos = (1 - Math.exp(x)) / beta;
            sum += w * (f.applyAsDouble(cos) + f.applyAsDouble(-cos));
        }
        return beta / (32 * Math.PI * s) * sum;
    }

    @Test
    void electronPairsToWPairsShowTheGaugeCancellation() {
        // Without the s-channel γ and Z (the neutrino diagram alone) σ grows like s/M_W⁴; with
        // them the E² growth cancels and σ falls like ln(s)/s
        MatrixElement full = me("e+ e- > w+ w-", MODEL);
        MatrixElement neutrinoOnly = me("e+ e- > w+ w- / a z", MODEL);
        double mw = SM.mW();
        double s1 = 2000;
        double s2 = 8000;
        double ratioFull = sigma(full, s2, mw, 400) / sigma(full, s1, mw, 400);
        double ratioNeutrino = sigma(neutrinoOnly, s2, mw, 400) / sigma(neutrinoOnly, s1, mw, 400);
        // (s1/s2)² = 1/16: the neutrino diagram alone grows like s (to O(M_W²/s) and logs, 5 %)
        double fourfold = Math.pow(s2 / s1, 2);
        assertEquals(fourfold, ratioNeutrino, 0.05 * fourfold, "neutrino exchange alone");
        // the full σ·s grows, but more slowly than ln(s/M_W²)
        double logRatio = Math.log(s2 * s2 / (mw * mw)) / Math.log(s1 * s1 / (mw * mw));
        assertTrue(ratioFull > 1 / fourfold, "sigma s grows: " + ratioFull);
        assertTrue(ratioFull < logRatio / fourfold, "like ln s / s: " + ratioFull);
    }

    @Test
    void photonPairsToWPairsApproachTheConstantLimit() {
        // σ(γγ → W⁺W⁻) → 8πα²/M_W² at √s ≫ M_W (Pesic, Phys. Rev. D 8 (1973) 1540; Ginzburg,
        // Kotkin, Panfil, Serbo, Nucl. Phys. B 228 (1983) 285); the approach is O(M_W²/s · ln)
        double mw = SM.mW();
        double limit = 8 * Math.PI * SM.alpha() * SM.alpha() / (mw * mw);
        MatrixElement me = me("a a > w+ w-", MODEL);
        assertEquals(limit, sigma(me, 30000, mw, 1000), 1e-4 * limit, "30 TeV");
        assertEquals(limit, sigma(me, 10000, mw, 1000), 1e-3 * limit, "10 TeV");
    }

    @Test
    void electronPairsToZHiggsMatchTheTextbookCrossSection() {
        // σ(e+e- → ZH) = G_F² M_Z⁴/(96π s) (v_e² + a_e²) λ^½ (λ + 12 M_Z²/s)/(1 - M_Z²/s)², v_e =
        // -1 + 4 sin²θ_W, a_e = -1 (Djouadi, Phys. Rept. 457 (2008) 1, eq. 3.2), at Γ_Z = 0
        AmplitudeModel model = MODEL.with("WZ", 0);
        MatrixElement me = me("e+ e- > z h", model);
        double mz = SM.mZ();
        double mh = model.mHiggs();
        double gf = 1 / (Math.sqrt(2) * SM.vev() * SM.vev());
        double ve = -1 + 4 * SM.sw2();
        for (double sqrtS : new double[] {250, 500, 1400, 3000}) {
            double s = sqrtS * sqrtS;
            double lambda = (1 - Math.pow(mh + mz, 2) / s) * (1 - Math.pow(mh - mz, 2) / s);
            double expected =
                    gf
                            * gf
                            * Math.pow(mz, 4)
                            / (96 * Math.PI * s)
                            * (ve * ve + 1)
                            * Math.sqrt(lambda)
                            * (lambda + 12 * mz * mz / s)
                            / Math.pow(1 - mz * mz / s, 2);
            // the angular distribution is a quadratic in cos θ: 3-point Gauss-Legendre is exact
            double[] nodes = {-Math.sqrt(0.6), 0, Math.sqrt(0.6)};
            double[] weights = {5.0 / 9, 8.0 / 9, 5.0 / 9};
            double integral = 0;
            for (int i = 0; i < 3; i++) {
                integral += weights[i] * me.squared(point(sqrtS, 0, mz, mh, nodes[i]));
            }
            double sigma = Math.sqrt(lambda) / (32 * Math.PI * s) * integral;
            assertEquals(expected, sigma, TOLERANCE * expected, "e+ e- > z h at " + sqrtS);
        }
    }

    @Test
    void heavyHiggsDecaysToWAndZPairsHaveTheTextbookWidths() {
        // Γ(H → VV) = δ_V G_F M_H³/(16√2π) √(1 − 4x) (1 − 4x + 12x²), x = M_V²/M_H², δ_W = 2,
        // δ_Z = 1 (Djouadi, Phys. Rept. 457 (2008) 1, Sec. 2.1), at M_H = 300 GeV; the engine's
        // width is Σ̄|M|² β/(16π M_H) with β = √(1 − 4x) (its Σ̄|M|² holds the ZZ factor ½)
        double mh = 300;
        AmplitudeModel model = MODEL.with("MH", mh);
        double gf = 1 / (Math.sqrt(2) * SM.vev() * SM.vev());
        String[] processes = {"h > w+ w-", "h > z z"};
        double[] masses = {SM.mW(), SM.mZ()};
        double[] delta = {2, 1};
        for (int i = 0; i < 2; i++) {
            double x = masses[i] * masses[i] / (mh * mh);
            double beta = Math.sqrt(1 - 4 * x);
            double expected =
                    delta[i]
                            * gf
                            * Math.pow(mh, 3)
                            / (16 * Math.sqrt(2) * Math.PI)
                            * beta
                            * (1 - 4 * x + 12 * x * x);
            FourMomentum h = FourMomentum.ofPxPyPzE(0, 0, 0, mh);
            FourMomentum[] pair = Points.split(h, masses[i], masses[i], 0.3, 1.1);
            double me = me(processes[i], model).squared(new FourMomentum[] {h, pair[0], pair[1]});
            double width = me * beta / (16 * Math.PI * mh);
            assertEquals(expected, width, TOLERANCE * expected, processes[i]);
        }
    }

    @Test
    void higgsSelfCouplingsMatchTheThreeDiagrams() {
        // h h → h h: the quartic vertex and the s, t, u exchanges with the cubic one,
        // M = -3 M_H²/v² - 9 M_H⁴/v² Σ_x 1/(x - M_H²), x = s, t, u; Σ̄|M|² = |M|²/2 (identical
        // final state); at Γ_H = 0
        AmplitudeModel model = MODEL.with("WH", 0);
        MatrixElement me = me("h h > h h", model);
        double mh = model.mHiggs();
        double v = SM.vev();
        SplittableRandom rng = new RandomStreams(19).stream(14);
        for (int i = 0; i < 5; i++) {
            double sqrtS = 2 * mh + 1 + 2000 * rng.nextDouble();
            FourMomentum[] p = point(sqrtS, mh, mh, mh, 2 * rng.nextDouble() - 1);
            double s = sqrtS * sqrtS;
            double t = p[0].minus(p[2]).m2();
            double u = p[0].minus(p[3]).m2();
            double m2 = mh * mh;
            double amp =
                    -3 * m2 / (v * v)
                            - 9 * m2 * m2 / (v * v) * (1 / (s - m2) + 1 / (t - m2) + 1 / (u - m2));
            double expected = amp * amp / 2;
            assertEquals(expected, me.squared(p), TOLERANCE * expected, "h h > h h");
        }
    }

    /** Σ̄|M|² at 90° (cos θ = 0) at √s. */
    private static double at90(MatrixElement me, double sqrtS, double mIn, double mOut) {
        return me.squared(point(sqrtS, mIn, mOut, mOut, 0));
    }

    @Test
    void longitudinalScatteringWithoutTheHiggsFollowsTheLowEnergyTheorem() {
        // Without the Higgs the E⁴ growth of W_L W_L scattering cancels between the gauge
        // diagrams, and the E² terms left are the low-energy theorem (Lee, Quigg, Thacker, Phys.
        // Rev. D 16 (1977) 1519; Chanowitz, Gaillard, Nucl. Phys. B 261 (1985) 379): A(W_L⁺W_L⁻ →
        // Z_L Z_L) = s/v², A(W_L⁺W_L⁻ → W_L⁺W_L⁻) = (s + t)/v². At √s = 30 TeV and 90° the other
        // helicities and the O(M²/s) corrections are below 1e-3 of the squared amplitude; widths
        // zero so that the cancellation is exact.
        AmplitudeModel model = MODEL.with("WZ", 0).with("WW", 0);
        double mw = SM.mW();
        double mz = SM.mZ();
        double v2 = SM.vev() * SM.vev();
        double sqrtS = 30000;
        double s = sqrtS * sqrtS;
        // 1/9: the initial helicity average; 1/2: identical Z bosons
        double zz = at90(me("w+ w- > z z / h", model), sqrtS, mw, mz);
        assertEquals(Math.pow(s / v2, 2) / 18, zz, 1e-3 * zz, "w+ w- > z z / h");
        FourMomentum[] p = point(sqrtS, mw, mw, mw, 0);
        double t = p[0].minus(p[2]).m2();
        double ww = me("w+ w- > w+ w- / h", model).squared(p);
        assertEquals(Math.pow((s + t) / v2, 2) / 9, ww, 1e-3 * ww, "w+ w- > w+ w- / h");
    }

    @Test
    void theHiggsRestoresUnitarity() {
        // With the Higgs the E² growth cancels too: at fixed angle Σ̄|M|² tends to a constant,
        // so between 3 and 30 TeV it changes by O(M²/s) (below 1 %) where without the Higgs it
        // grows by (30/3)⁴ = 10⁴
        AmplitudeModel model = MODEL.with("WZ", 0).with("WW", 0).with("WH", 0);
        double mw = SM.mW();
        double mz = SM.mZ();
        String[] processes = {"w+ w- > w+ w-", "w+ w- > z z", "z z > z z", "w+ w- > h h"};
        double[][] masses = {{mw, mw}, {mw, mz}, {mz, mz}, {mw, MODEL.mHiggs()}};
        for (int i = 0; i < processes.length; i++) {
            MatrixElement me = me(processes[i], model);
            double low = at90(me, 3000, masses[i][0], masses[i][1]);
            double high = at90(me, 30000, masses[i][0], masses[i][1]);
            assertEquals(1, high / low, 0.01, processes[i]);
            assertTrue(high > 0, processes[i]);
        }
    }
}
