package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.quarryhep.gen.amplitude.Subprocess;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.phasespace.TwoBody;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.HardProcess;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.testkit.Requirements;

/**
 * σ(p p → t t̄ + 0, 1 jet) at 13 TeV, NNPDF2.3 LO, α_s of the PDF set, μ_R = μ_F = H_T/2 (the
 * {@code auto} scale: half the summed transverse masses of t, t̄ and the jet).
 *
 * <p>MadGraph's published LO values (arXiv:1405.0301, Table of LO/NLO rates at 13 TeV) use MSTW2008
 * PDFs, which are not in the shared data, so they cannot be reproduced here; two independent checks
 * stand in for them. Zero jets: the tree-level engine and generator ({@code p p > t t~}, every
 * subprocess, VEGAS over the multichannel phase space) against the hand-written {@code ttbar}
 * (closed-form Σ̄|M|², its own phase space) at the same dynamic scale. One jet (p_T,j > 20 GeV,
 * |η_j| < 5, MadGraph's default run card): the generator against a plain Monte Carlo of the same
 * engine's Σ̄|M|² over a parametrisation of its own, the PDFs and α_s summed here per subprocess —
 * which shares no phase-space mapping, channel weight, grid, cut code or scale code with the
 * generator: the jet drawn in the partonic rest frame uniformly in ln E_j and in η_j within p_T,j >
 * 20 GeV (the soft and collinear poles flattened), the t t̄ pair recoiling and decaying
 * isotropically. Agreement within 5 combined standard errors.
 */
class TopPairJetCrossSectionTest {
    private static final double SQRT_S = 13000;
    private static final double PT_MIN = 20;
    private static final double ETA_MAX = 5;
    private static final double GEV2_TO_PB = 0.3893793721e9;
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();

    private static IntegrationResult integrate(HardProcess p, GeneratorCuts cuts, int points) {
        Collider c = new Collider(SQRT_S, PDF, ScaleChoice.parse("auto"), MODEL.sm(), cuts);
        EventGenerator g =
                new EventGenerator(
                        p, c, GeneratorSettings.defaults(7).withPoints(points).withThreads(2), 1);
        return g.integrate(ProgressListener.NONE).integration();
    }

    @Test
    void zeroJetsAgreeWithTheHandWrittenProcessAtTheDynamicScale() {
        GeneratorCuts cuts = new GeneratorCuts(Map.of());
        IntegrationResult tree =
                integrate(new TreeLevelProcess("p p > t t~", MODEL, cuts, false), cuts, 5_000);
        IntegrationResult hand =
                integrate(
                        ProcessCatalog.create("ttbar", Map.of("decay", 0.0)).process(),
                        cuts,
                        5_000);
        double error = Math.hypot(tree.errorPb(), hand.errorPb());
        System.out.printf(
                Locale.ROOT,
                "p p > t t~ (mu = H_T/2): tree level %.1f +- %.1f pb, ttbar %.1f +- %.1f pb%n",
                tree.crossSectionPb(),
                tree.errorPb(),
                hand.crossSectionPb(),
                hand.errorPb());
        assertTrue(error < 0.02 * hand.crossSectionPb(), "integration too coarse: " + error);
        assertEquals(hand.crossSectionPb(), tree.crossSectionPb(), 5 * error);
    }

    @Test
    void oneJetAgreesWithAPlainMonteCarloOfTheMatrixElement() {
        Requirements.validationProfile();
        int points = Integer.getInteger("quarry.ttj.points", 300_000);
        long t0 = System.nanoTime();
        double[] reference = plainMonteCarlo(points);
        System.out.printf(
                Locale.ROOT,
                "plain MC: %.2f +- %.2f pb, %d points, %.0f s%n",
                reference[0],
                reference[1],
                points,
                (System.nanoTime() - t0) / 1e9);
        GeneratorCuts cuts = new GeneratorCuts(Map.of("ptj", PT_MIN, "etaj", ETA_MAX));
        IntegrationResult tree =
                integrate(new TreeLevelProcess("p p > t t~ j", MODEL, cuts, false), cuts, 10_000);
        double error = Math.hypot(tree.errorPb(), reference[1]);
        System.out.printf(
                Locale.ROOT,
                "p p > t t~ j (ptj %.0f, etaj %.0f, mu = H_T/2): generator %.2f +- %.2f pb,"
                        + " plain MC %.2f +- %.2f pb (%d points)%n",
                PT_MIN,
                ETA_MAX,
                tree.crossSectionPb(),
                tree.errorPb(),
                reference[0],
                reference[1],
                points);
        assertTrue(error < 0.03 * reference[0], "integration too coarse: " + error);
        assertEquals(reference[0], tree.crossSectionPb(), 5 * error);
    }

    /**
     * {σ, δσ} in pb: one subprocess per point (g g → t t̄ g with probability ½, each of the others
     * with an equal share of the rest, the weight divided by that probability); Σ̄|M|² from one
     * colour draw with helicities summed (an unbiased estimate, {@link MatrixElement#sample}), at
     * the model's α_s rescaled to the PDF set's α_s(μ)³.
     */
    private static double[] plainMonteCarlo(int points) {
        List<Subprocess> subprocesses = ProcessSyntax.subprocesses("p p > t t~ j");
        List<MatrixElement> elements = new ArrayList<>();
        int gluons = -1;
        for (Subprocess s : subprocesses) {
            elements.add(new MatrixElement(s, MODEL));
            if (s.incoming()[0] == 21 && s.incoming()[1] == 21) {
                gluons = elements.size() - 1;
            }
        }
        assertTrue(gluons >= 0, "g g > t t~ g among " + subprocesses);
        int others = elements.size() - 1;
        double mt = MODEL.mass(6);
        double s = SQRT_S * SQRT_S;
        double lnTauMin = Math.log(4 * mt * mt / s);
        SplittableRandom rng = new RandomStreams(43).stream(0);
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < points; i++) {
            double w = 0;
            double lnTau = lnTauMin * rng.nextDouble();
            double tau = Math.exp(lnTau);
            double y = lnTau / 2 * (2 * rng.nextDouble() - 1);
            double shat = tau * s;
            double rootS = Math.sqrt(shat);
            // the jet: ln k and η (CM frame) uniform, p_T > p_T,min built in; t t̄ recoils
            double kMax = (shat - 4 * mt * mt) / (2 * rootS);
            if (kMax > PT_MIN) {
                double lnRange = Math.log(kMax / PT_MIN);
                double k = PT_MIN * Math.exp(lnRange * rng.nextDouble());
                double etaMax = acosh(k / PT_MIN);
                double eta = etaMax * (2 * rng.nextDouble() - 1);
                double cos = Math.tanh(eta);
                double sin = Math.sqrt(1 - cos * cos);
                double phi = 2 * Math.PI * rng.nextDouble();
                FourMomentum jet =
                        FourMomentum.ofPxPyPzE(
                                k * sin * Math.cos(phi), k * sin * Math.sin(phi), k * cos, k);
                if (Math.abs(eta + y) < ETA_MAX) {
                    FourMomentum pair =
                            FourMomentum.ofPxPyPzE(-jet.px(), -jet.py(), -jet.pz(), rootS - k);
                    FourMomentum[] tops =
                            TwoBody.decay(
                                    pair,
                                    mt,
                                    mt,
                                    2 * rng.nextDouble() - 1,
                                    2 * Math.PI * rng.nextDouble());
                    double mu = (tops[0].mt() + tops[1].mt() + jet.pt()) / 2;
                    // dΦ₃ = d³k/((2π)³ 2k) dΦ₂(t t̄), d³k/(2k) = k²/2 dln k dcos dφ, dcos = sin²θ
                    // dη
                    double phaseSpace =
                            k
                                    * k
                                    / 2
                                    * sin
                                    * sin
                                    / Math.pow(2 * Math.PI, 3)
                                    * lnRange
                                    * 2
                                    * etaMax
                                    * 2
                                    * Math.PI
                                    * TwoBody.phaseSpace(pair.mass(), mt, mt);
                    // dx₁dx₂ = τ dlnτ dy over the sampled ranges
                    double jacobian = tau * -lnTauMin * -lnTau;
                    int pick;
                    double probability;
                    if (rng.nextDouble() < 0.5) {
                        pick = gluons;
                        probability = 0.5;
                    } else {
                        int other = rng.nextInt(others);
                        pick = other < gluons ? other : other + 1;
                        probability = 0.5 / others;
                    }
                    MatrixElement me = elements.get(pick);
                    int[] in = me.process().incoming();
                    double x1 = Math.sqrt(tau) * Math.exp(y);
                    double x2 = Math.sqrt(tau) * Math.exp(-y);
                    FourMomentum[] momenta = {
                        FourMomentum.ofPxPyPzE(0, 0, rootS / 2, rootS / 2),
                        FourMomentum.ofPxPyPzE(0, 0, -rootS / 2, rootS / 2),
                        tops[0],
                        tops[1],
                        jet
                    };
                    double m2 =
                            me.sample(momenta, rng, false).value()
                                    * Math.pow(PDF.alphaS(mu) / MODEL.alphaS(), 3);
                    double luminosity = PDF.xfxQ(in[0], x1, mu) * PDF.xfxQ(in[1], x2, mu) / tau;
                    w = jacobian * luminosity * m2 / (2 * shat) * phaseSpace / probability;
                }
            }
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / points;
        double var = (sum2 / points - mean * mean) / points;
        return new double[] {mean * GEV2_TO_PB, Math.sqrt(var) * GEV2_TO_PB};
    }

    private static double acosh(double x) {
        return Math.log(x + Math.sqrt(x * x - 1));
    }
}
