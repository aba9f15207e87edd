package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.phasespace.Rambo;
import org.quarryhep.gen.treelevel.TreeLevelProcess;
import org.quarryhep.testkit.Requirements;

/**
 * The amplitude engine's heavy Majorana neutrino and W_R against the hand-written {@link
 * HeavyNeutrino} and physics-formulas.md §11–12: production u d̄ → ℓ⁺N (W_R and the SM W with
 * mixing) at random points, the narrow-width chains q q̄′ → ℓN, N → ℓ q q̄′ with both lepton
 * charges against production × decay, Γ(N → ℓ q q̄′) against the closed form, and σ(p p → ℓN) at 13
 * TeV from the process strings against the hand-written {@code wr-lN} process (validation profile).
 */
class HeavyNeutrinoEngineTest {
    private static final double MWR = 3000;
    private static final double MN = 500;

    /** The LRSM with N₁ (electron partner) and W_R; the W_R width of the hand-written process. */
    private static AmplitudeModel lrsm(double mN, double mWr) {
        AmplitudeModel m = AmplitudeModel.madgraphDefaults();
        double wr = HeavyNeutrino.widthWr(m.sm().g(), mWr, mN, m.sm().mTop());
        return m.with("MN1", mN).with("MWR", mWr).with("WWR", wr);
    }

    private static MatrixElement me(String process, AmplitudeModel model) {
        return new MatrixElement(ProcessSyntax.subprocesses(process, model).get(0), model);
    }

    /** a b → 1 2 in the partonic rest frame, 1 massless, 2 of mass m2, at polar angle cos. */
    private static FourMomentum[] twoBody(double sqrtS, double m2, double cos, double phi) {
        double e = sqrtS / 2;
        double q = (sqrtS * sqrtS - m2 * m2) / (2 * sqrtS);
        double sin = Math.sqrt(1 - cos * cos);
        FourMomentum p1 =
                FourMomentum.ofPxPyPzM(
                        q * sin * Math.cos(phi), q * sin * Math.sin(phi), q * cos, 0);
        FourMomentum p2 =
                FourMomentum.ofPxPyPzM(
                        -q * sin * Math.cos(phi), -q * sin * Math.sin(phi), -q * cos, m2);
        return new FourMomentum[] {
            FourMomentum.ofPxPyPzE(0, 0, e, e), FourMomentum.ofPxPyPzE(0, 0, -e, e), p1, p2
        };
    }

    @Test
    void rightHandedProductionMatchesTheHandWrittenProcess() {
        // Σ̄|M|²(u d̄ → W_R → ℓ⁺N) = g⁴(p_u·p_ℓ⁺)(p_d̄·p_N)/(3|D|²) (HeavyNeutrino, §11); the
        // charge conjugate with u ↔ d̄ roles, and with N as root or not: relative 1e-10
        AmplitudeModel model = lrsm(MN, MWR);
        double g = model.sm().g();
        double width = model.width(34);
        SplittableRandom rng = new RandomStreams(19).stream(1);
        // {process, slot of the up-type (anti)quark, whether N is written first}
        Object[][] cases = {
            {"u d~ > e+ n1", 0, false},
            {"u d~ > n1 e+", 0, true},
            {"d~ u > e+ n1", 1, false},
            {"d u~ > e- n1", 1, false},
            {"d u~ > n1 e-", 1, true}
        };
        for (Object[] c : cases) {
            String process = (String) c[0];
            int up = (int) c[1];
            boolean nFirst = (boolean) c[2];
            MatrixElement me = me(process, model);
            for (int i = 0; i < 5; i++) {
                double sqrtS = MN + 50 + 4000 * rng.nextDouble();
                FourMomentum[] p =
                        twoBody(sqrtS, MN, 2 * rng.nextDouble() - 1, 6 * rng.nextDouble());
                double expected =
                        HeavyNeutrino.productionMatrixElement(
                                g, 1, MWR, width, p[up], p[1 - up], p[2], p[3]);
                double engine = me.squared(nFirst ? swap(p) : p);
                assertEquals(expected, engine, 1e-10 * expected, process);
            }
        }
    }

    /** Swaps the two outgoing momenta. */
    private static FourMomentum[] swap(FourMomentum[] p) {
        return new FourMomentum[] {p[0], p[1], p[3], p[2]};
    }

    @Test
    void mixingProductionMatchesTheHandWrittenProcess() {
        // the heavy neutral lepton: SM W, |V_eN|² = 0.01, m_N = 20 GeV, no W_R (§12.1)
        AmplitudeModel model = AmplitudeModel.madgraphDefaults().with("MN1", 20).with("VeN1", 0.1);
        StandardModel sm = model.sm();
        MatrixElement me = me("u d~ > e+ n1", model);
        SplittableRandom rng = new RandomStreams(19).stream(2);
        for (int i = 0; i < 5; i++) {
            double sqrtS = 25 + 200 * rng.nextDouble();
            FourMomentum[] p = twoBody(sqrtS, 20, 2 * rng.nextDouble() - 1, 6 * rng.nextDouble());
            double expected =
                    HeavyNeutrino.productionMatrixElement(
                            sm.g(), 0.01, sm.mW(), sm.widthW(), p[0], p[1], p[2], p[3]);
            assertEquals(expected, me.squared(p), 1e-10 * expected);
        }
    }

    /**
     * Σ̄|M|² of a narrow-width chain u d̄ → ℓ⁺N, N → products, N exactly on shell, averaged over
     * the four rotations {1, R_x(π), R_y(π), R_z(π)} of the decay in the N rest frame (they average
     * any polarisation vector to zero, and a spin-½ decay is linear in it), so the spin correlation
     * drops out and the result is Σ̄|M_prod|² × avg|M_dec|²/(m_N Γ_N)².
     */
    private static double rotationAveraged(
            MatrixElement chain, FourMomentum[] production, FourMomentum[] decayRest) {
        FourMomentum n = production[3];
        double bx = n.px() / n.e();
        double by = n.py() / n.e();
        double bz = n.pz() / n.e();
        double[][] signs = {{1, 1, 1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, 1}};
        double sum = 0;
        for (double[] s : signs) {
            FourMomentum[] p = new FourMomentum[6];
            p[0] = production[0];
            p[1] = production[1];
            p[2] = production[2];
            for (int k = 0; k < 3; k++) {
                FourMomentum d = decayRest[k];
                p[3 + k] =
                        FourMomentum.ofPxPyPzE(s[0] * d.px(), s[1] * d.py(), s[2] * d.pz(), d.e())
                                .boost(bx, by, bz);
            }
            sum += chain.squared(p) / 4;
        }
        return sum;
    }

    @Test
    void narrowChainsFactoriseForBothLeptonCharges() {
        // production (HeavyNeutrino) × avg|M|²(N → ℓ q q̄′) = 2 g⁴ (p_N·p_q̄′)(p_ℓ·p_q) N_c/|D|²
        // (§11; the weight HeavyNeutrino.decay samples), q q̄′ = u d̄ for ℓ⁻ and ū d for ℓ⁺
        // (Majorana: the same formula, charge conjugated) / (m_N Γ_N)²: relative 1e-10. LRSM with
        // ℓ = e for the opposite-sign chain; the same-sign one as e⁺μ⁺ through the SM W and
        // mixing (identical leptons from production and decay are not supported by the syntax).
        SplittableRandom rng = new RandomStreams(19).stream(3);
        AmplitudeModel lrsm = lrsm(MN, MWR);
        double mwSm = lrsm.sm().mW();
        double wSm = lrsm.sm().widthW();
        AmplitudeModel hnl =
                AmplitudeModel.madgraphDefaults()
                        .with("MN1", 40)
                        .with("VeN1", 0.1)
                        .with("VmuN1", 0.2)
                        .with("WN1", 1e-3);
        Object[][] cases = {
            {"u d~ > e+ n1, n1 > e- u d~", lrsm, 1.0, 1.0, MWR, lrsm.width(34), false},
            {"u d~ > e+ n1, n1 > mu+ d u~", hnl, 0.01, 0.04, mwSm, wSm, true},
            {"u d~ > e+ n1, n1 > mu- u d~", hnl, 0.01, 0.04, mwSm, wSm, false},
        };
        for (Object[] c : cases) {
            String process = (String) c[0];
            AmplitudeModel model = (AmplitudeModel) c[1];
            double mN = model.mass(9900012);
            double gammaN = model.width(9900012);
            double g = model.sm().g();
            double mMed = (double) c[4];
            double wMed = (double) c[5];
            boolean sameSign = (boolean) c[6];
            MatrixElement chain = me(process, model);
            for (int i = 0; i < 4; i++) {
                double sqrtS = mN + 30 + 3000 * rng.nextDouble();
                FourMomentum[] prod =
                        twoBody(sqrtS, mN, 2 * rng.nextDouble() - 1, 6 * rng.nextDouble());
                FourMomentum[] k = Rambo.generate(3, mN, rng);
                // k[0] = lepton, k[1] = q (u, or ū), k[2] = q̄′ (d̄, or d)
                FourMomentum[] rest = {k[0], sameSign ? k[2] : k[1], sameSign ? k[1] : k[2]};
                double production =
                        HeavyNeutrino.productionMatrixElement(
                                g, (double) c[2], mMed, wMed, prod[0], prod[1], prod[2], prod[3]);
                FourMomentum pn = FourMomentum.ofPxPyPzE(0, 0, 0, mN);
                double sud = k[1].plus(k[2]).m2();
                double d = (sud - mMed * mMed) * (sud - mMed * mMed) + mMed * mMed * wMed * wMed;
                double decay =
                        2 * g * g * g * g * (double) c[3] * pn.dot(k[2]) * k[0].dot(k[1]) * 3 / d;
                double expected = production * decay / (mN * mN * gammaN * gammaN);
                double engine = rotationAveraged(chain, prod, rest);
                assertEquals(expected, engine, 1e-10 * expected, process);
            }
        }
    }

    @Test
    void decayWidthMatchesTheClosedForm() {
        // physics-formulas.md §11 table: Γ_N (Majorana, two light generations, off-shell W_R of the
        // 3-N LRSM width) at M_WR = 4 TeV, 5 significant digits; Γ_N = 4 Γ(N → e⁻ u d̄) and
        // Γ(N → e⁺ d ū) = Γ(N → e⁻ u d̄) (Majorana)
        double[][] table = {{100, 4.4769e-10}, {1000, 4.6504e-05}, {2000, 0.0016906}};
        for (double[] row : table) {
            AmplitudeModel model = lrsm(row[0], 4000);
            double minus = DalitzWidth.width(me("n1 > e- u d~", model), row[0], 24);
            double plus = DalitzWidth.width(me("n1 > e+ d u~", model), row[0], 24);
            assertEquals(minus, plus, 1e-12 * minus);
            assertEquals(row[1], 4 * minus, 2e-5 * row[1], "m_N = " + row[0]);
            // the model's own width of N (its 1-D integral of the same closed form): 1e-10
            assertEquals(model.width(9900012), 4 * minus, 1e-10 * minus);
        }
        // contact limit g⁴m⁵/(512π³M⁴) for m_N ≪ M_WR (§11): 1e-5 at m_N = 10 GeV, M = 40 TeV
        AmplitudeModel model = lrsm(10, 40000).with("WWR", 0);
        double g = model.sm().g();
        double contact = Math.pow(g, 4) * 1e5 / (512 * Math.pow(Math.PI, 3) * Math.pow(40000, 4));
        double engine = 4 * DalitzWidth.width(me("n1 > e- u d~", model), 10, 16);
        assertTrue(Math.abs(engine / contact - 1) < 1e-5, engine + " vs " + contact);
    }

    private static IntegrationResult integrate(HardProcess p, AmplitudeModel model) {
        PdfSet pdf = PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
        Collider c =
                new Collider(
                        13000,
                        pdf,
                        ScaleChoice.parse("3000"),
                        model.sm(),
                        new GeneratorCuts(Map.of()));
        EventGenerator g =
                new EventGenerator(
                        p, c, GeneratorSettings.defaults(7).withPoints(10_000).withThreads(2), 1);
        return g.integrate(ProgressListener.NONE).integration();
    }

    @Test
    void hadronicCrossSectionMatchesTheHandWrittenProcess() {
        // σ(p p → e⁺N) + σ(p p → e⁻N) from the process strings (the engine's matrix element and
        // phase space) against the hand-written wr-lN (closed form, its own phase space; BR(N →
        // ℓ q q̄′) = 1), 13 TeV, NNPDF2.3 LO, μ = 3 TeV, no cuts: within 5 combined errors
        // (validation profile: ~30 s wall on two threads)
        Requirements.validationProfile();
        AmplitudeModel model = lrsm(MN, MWR);
        GeneratorCuts none = new GeneratorCuts(Map.of());
        IntegrationResult plus =
                integrate(new TreeLevelProcess("p p > e+ n1", model, none, false), model);
        IntegrationResult minus =
                integrate(new TreeLevelProcess("p p > e- n1", model, none, false), model);
        HardProcess hand =
                ProcessCatalog.create(
                                "wr-lN",
                                Map.of(
                                        "MWR",
                                        MWR,
                                        "MN",
                                        MN,
                                        "lepton",
                                        11.0,
                                        "mixing",
                                        1.0,
                                        "WWR",
                                        model.width(34)))
                        .process();
        IntegrationResult h = integrate(hand, model);
        double tree = plus.crossSectionPb() + minus.crossSectionPb();
        double error =
                Math.sqrt(
                        plus.errorPb() * plus.errorPb()
                                + minus.errorPb() * minus.errorPb()
                                + h.errorPb() * h.errorPb());
        assertTrue(error < 0.02 * h.crossSectionPb(), "integration too coarse");
        assertEquals(h.crossSectionPb(), tree, 5 * error, tree + " vs " + h.crossSectionPb());
    }

    @Test
    void narrowChainRateIsProductionTimesBranchingRatio() {
        // σ(u d̄ → e⁺N, N → e⁻u d̄) = σ(u d̄ → e⁺N) × BR × F at 13 TeV, μ = 3 TeV: BR = ¼ (the
        // automatic Γ_N has the four equal ℓ q q̄′ channels, two charges × two generations), F =
        // (2/π) atan(30) = 0.97878 the Breit–Wigner's share of s inside |m − m_N| < 15 Γ_N (the
        // chain's bwcutoff window): within 5 combined errors (validation profile, ~40 s wall)
        Requirements.validationProfile();
        AmplitudeModel model = lrsm(MN, MWR);
        GeneratorCuts none = new GeneratorCuts(Map.of());
        IntegrationResult production =
                integrate(new TreeLevelProcess("u d~ > e+ n1", model, none, false), model);
        IntegrationResult chain =
                integrate(
                        new TreeLevelProcess("u d~ > e+ n1, n1 > e- u d~", model, none, false),
                        model);
        double f = 2 / Math.PI * Math.atan(30);
        double expected = production.crossSectionPb() * 0.25 * f;
        double error = Math.hypot(chain.errorPb(), production.errorPb() * 0.25 * f);
        assertTrue(error < 0.05 * expected, "integration too coarse");
        assertEquals(expected, chain.crossSectionPb(), 5 * error);
    }
}
