package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.Event;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.core.Units;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.process.TopPairResonanceWeights.Estimate;
import org.quarryhep.gen.process.TopPairResonanceWeights.Kinematics;
import org.quarryhep.gen.process.TopPairResonanceWeights.Pieces;
import org.quarryhep.gen.process.TopPairResonanceWeights.Theta;
import org.quarryhep.testkit.Tolerance;

/**
 * Per-event weights of g g → (S) → t t̄ against the Dicus–Stange–Willenbrock closed forms
 * (physics-formulas.md §9.3, in DSW's own variables), the reference sheet's numbers, and a
 * reweighted QCD sample against a direct integration.
 */
class TopPairResonanceWeightsTest {
    private static final double MT = 173;
    private static final double GF = 1.16639e-5;
    private static final double WIDTH_H = 11.1224;

    /** dσ̂/dcos from Σ̄|M|² = 32πŝ/β · dσ̂/dcos (the generator's normalisation), in pb. */
    private static double toPb(double me, double shat) {
        double beta = Math.sqrt(1 - 4 * MT * MT / shat);
        return me * beta / (32 * Math.PI * shat) * Units.GEV2_TO_PB;
    }

    private static TopPairResonanceWeights weights() {
        return new TopPairResonanceWeights(Fixtures.lhc13(500, Map.of()));
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §9 (kappa=1, m_S=500, alpha_s=0.118): sqrt(shat), cos,
        // dsigma_int/dcos
        // for H [pb]
        "480, -0.9, 0.2616",
        "480, 0, 0.1598",
        "480, 0.6, 0.19322",
        "520, -0.9, -0.47241"
    })
    void interferencePieceMatchesTheReferenceSheet(double rootS, double cos, double expected) {
        double s = rootS * rootS;
        Pieces p =
                weights().pieces(new Theta(500, 1, false, WIDTH_H), new Kinematics(s, cos, 0.118));
        // The sheet quotes 4-5 digits: 3e-4 relative.
        Tolerance.assertClose(expected, toPb(p.interference(), s), 3e-4, 0, "dsigma_int/dcos");
    }

    @Test
    void qcdPieceIntegratesToTheReferenceSheet() {
        // physics-formulas.md §9 table: sigma_QCD(gg -> tt) = 17.578 pb at sqrt(shat) = 480,
        // alpha_s = 0.118 (Combridge); 5 digits quoted.
        double s = 480.0 * 480;
        TopPairResonanceWeights w = weights();
        Theta theta = new Theta(500, 1, false, WIDTH_H);
        double beta = Math.sqrt(1 - 4 * MT * MT / s);
        double sigma =
                LuminosityIntegral.peakedCos(
                        c -> toPb(w.pieces(theta, new Kinematics(s, c, 0.118)).qcd(), s),
                        1 / beta - 1,
                        400);
        Tolerance.assertClose(17.578, sigma, 1e-4, 0, "sigma_QCD(480)");
    }

    @Test
    void piecesAtRandomPointsMatchTheDswClosedForms() {
        TopPairResonanceWeights w = weights();
        SplittableRandom rng = new RandomStreams(18).stream(0);
        for (int i = 0; i < 20; i++) {
            boolean odd = i % 2 == 1;
            double mS = 400 + 600 * rng.nextDouble();
            double kappa = 0.2 + 1.4 * rng.nextDouble();
            double width = 1 + 99 * rng.nextDouble();
            double rootS = 2 * MT + 1 + 900 * rng.nextDouble();
            double alphaS = 0.1 + 0.03 * rng.nextDouble();
            double s = rootS * rootS;
            Theta theta = new Theta(mS, kappa, odd, width);
            double beta = Math.sqrt(1 - 4 * MT * MT / s);
            double sig =
                    LuminosityIntegral.simpson(
                            c -> toPb(w.pieces(theta, new Kinematics(s, c, alphaS)).signal(), s),
                            -1,
                            1,
                            200);
            double inter =
                    LuminosityIntegral.peakedCos(
                            c ->
                                    toPb(
                                            w.pieces(theta, new Kinematics(s, c, alphaS))
                                                    .interference(),
                                            s),
                            1 / beta - 1,
                            400);
            double[] dsw = dsw(s, mS, width, alphaS, odd);
            String at = " at i=" + i + ", sqrt(s)=" + rootS + ", mS=" + mS + ", odd=" + odd;
            // The angular quadrature is exact to ~1e-9 (isotropic signal; smooth 1/(1-b^2c^2)).
            Tolerance.assertClose(
                    Math.pow(kappa, 4) * dsw[0], sig, 1e-7, 0, "sigma_S ~ kappa^4" + at);
            Tolerance.assertClose(
                    kappa * kappa * dsw[1], inter, 1e-6, 1e-12, "sigma_int ~ kappa^2" + at);
        }
    }

    /**
     * DSW's σ̂_S and σ̂_int at κ = 1 in their own variables (physics-formulas.md §9.3; the forms of
     * andrey-popov/pheno-htt), pb.
     */
    private static double[] dsw(double s, double m, double g, double as, boolean odd) {
        double beta = Math.sqrt(1 - 4 * MT * MT / s);
        double b2 = beta * beta;
        double y = Math.log((1 + beta) / (1 - beta));
        double pi2 = Math.PI * Math.PI;
        double d2 = Math.pow(s - m * m, 2) + m * m * g * g;
        double pre =
                3 * Math.pow(as * GF * Math.pow(MT, 3), 2) / (1024 * Math.pow(Math.PI, 3) * d2);
        double preI = -as * as * GF * Math.pow(MT, 4) * y / (32 * Math.sqrt(2) * Math.PI * s) / d2;
        double sig;
        double inter;
        if (odd) {
            sig = pre * beta * Math.pow(pi2 + y * y, 2);
            inter = preI * ((s - m * m) * (pi2 - y * y) + 2 * Math.PI * m * g * y);
        } else {
            sig =
                    pre
                            * beta
                            * b2
                            * (16 + 8 * b2 * (pi2 - y * y) + b2 * b2 * Math.pow(pi2 + y * y, 2));
            inter =
                    preI
                            * b2
                            * ((s - m * m) * (4 + b2 * (pi2 - y * y))
                                    + 2 * Math.PI * b2 * m * g * y);
        }
        return new double[] {sig * Units.GEV2_TO_PB, inter * Units.GEV2_TO_PB};
    }

    @Test
    void morphingBasisRecombinesWithKappaSquaredAndFourth() {
        // At fixed width M_S ~ kappa (physics-formulas.md §9.2): pieces(kappa) = qcd + kappa^4 S1
        // + kappa^2 I1 with S1, I1 taken at kappa = 1; to rounding.
        TopPairResonanceWeights w = weights();
        Kinematics k = new Kinematics(620.0 * 620, 0.3, 0.11);
        Theta theta = new Theta(650, 1.3, true, Double.NaN);
        Pieces full = w.pieces(new Theta(650, 1.3, true, w.width(theta)), k);
        Pieces unit = w.basis(theta, k);
        double k2 = 1.3 * 1.3;
        Tolerance.assertClose(full.signal(), k2 * k2 * unit.signal(), 1e-13, 0, "kappa^4");
        Tolerance.assertClose(full.interference(), k2 * unit.interference(), 1e-13, 0, "kappa^2");
        Tolerance.assertClose(full.qcd(), unit.qcd(), 1e-15, 0, "qcd");
        // The derived width: Gamma_tt + Gamma_gg are both ~ kappa^2 (physics-formulas.md §7).
        Tolerance.assertClose(
                w.width(new Theta(650, 1, true, Double.NaN)) * k2,
                w.width(theta),
                1e-13,
                0,
                "width ~ kappa^2");
    }

    @Test
    void reweightedQcdSampleReproducesTheDirectlyIntegratedTotal() {
        // A gg -> tt QCD sample reweighted event by event to the total at theta must give the
        // sigma of a direct integration of the total at theta (independent VEGAS run), within
        // 4 combined MC standard errors.
        Collider c = Fixtures.lhc13(500, Map.of());
        TopPairResonanceWeights w = new TopPairResonanceWeights(c);
        Theta qcd = new Theta(500, 0, false, 0);
        Theta theta = new Theta(500, 3, false, Double.NaN);
        GeneratorSettings s = new GeneratorSettings(81, 2, 4, 3, 20_000, 50, 2000);
        EventGenerator g =
                new EventGenerator(
                        // The S parameters only set the phase-space map of the QCD sample.
                        new TopPairResonanceProcess(
                                500,
                                1,
                                false,
                                Double.NaN,
                                TopPairResonanceProcess.BACKGROUND,
                                TopPairProcess.STABLE),
                        c,
                        s,
                        1);
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        IntegrationResult background = ig.integration();
        List<Event> events = new ArrayList<>();
        ig.generate(40_000, true, events::add, ProgressListener.NONE);
        Estimate reweighted =
                w.reweightedCrossSection(
                        events,
                        qcd,
                        TopPairResonanceProcess.BACKGROUND,
                        theta,
                        TopPairResonanceProcess.TOTAL);
        IntegrationResult direct =
                GeneratorRuns.integrate(
                        new TopPairResonanceProcess(
                                500,
                                3,
                                false,
                                Double.NaN,
                                TopPairResonanceProcess.TOTAL,
                                TopPairProcess.STABLE),
                        c,
                        40_000,
                        82);
        double err = Math.hypot(reweighted.error(), direct.errorPb());
        Tolerance.assertClose(direct.crossSectionPb(), reweighted.value(), 0, 4 * err, "sigma");
        // S + I alone is ~1% of the total, below that test's resolution: the same events
        // reweighted to (S + I)/QCD against direct integrations of the signal and of the
        // interference samples, within 4 combined standard errors, resolve it.
        double sum = 0;
        double sum2 = 0;
        for (Event e : events) {
            Pieces p = w.pieces(theta, w.kinematics(e));
            double x = e.weight() * (p.signal() + p.interference()) / p.qcd();
            sum += x;
            sum2 += x * x;
        }
        int n = events.size();
        double shift = sum / n;
        double shiftErr = Math.sqrt((sum2 / n - shift * shift) / (n - 1));
        IntegrationResult sig = integrateComponent(c, TopPairResonanceProcess.SIGNAL, 83);
        IntegrationResult inter = integrateComponent(c, TopPairResonanceProcess.INTERFERENCE, 84);
        double directShift = sig.crossSectionPb() + inter.crossSectionPb();
        double shiftTol =
                4
                        * Math.sqrt(
                                shiftErr * shiftErr
                                        + Math.pow(sig.errorPb(), 2)
                                        + Math.pow(inter.errorPb(), 2));
        Tolerance.assertClose(directShift, shift, 0, shiftTol, "sigma_S + sigma_int");
        assertTrue(Math.abs(directShift) > 5 * shiftTol, "S + I resolved");
    }

    private static IntegrationResult integrateComponent(Collider c, int component, long seed) {
        return GeneratorRuns.integrate(
                new TopPairResonanceProcess(
                        500, 3, false, Double.NaN, component, TopPairProcess.STABLE),
                c,
                40_000,
                seed);
    }

    @Test
    void trueLikelihoodRatioAveragesToOneOverTheReferenceSample() {
        // E_ref[r(x | theta, ref)] = integral of p(x | theta) = 1 for a normalised density: the
        // mean of r over a sample of the total at ref, with sigma(theta) and sigma(ref) from two
        // independent generator integrations, within 4 combined MC standard errors.
        Collider c = Fixtures.lhc13(500, Map.of());
        TopPairResonanceWeights w = new TopPairResonanceWeights(c);
        Theta ref = new Theta(500, 1, false, Double.NaN);
        Theta theta = new Theta(650, 2.5, true, Double.NaN);
        IntegrationResult sigmaTheta = integrateTotal(c, theta, 85);
        GeneratorSettings s = new GeneratorSettings(86, 2, 4, 3, 20_000, 50, 2000);
        EventGenerator g = new EventGenerator(totalProcess(ref), c, s, 1);
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        IntegrationResult sigmaRef = ig.integration();
        List<Event> events = new ArrayList<>();
        ig.generate(20_000, false, events::add, ProgressListener.NONE);
        double sum = 0;
        double sum2 = 0;
        for (Event e : events) {
            Kinematics k = w.kinematics(e);
            double r =
                    w.likelihoodRatio(
                            Math.sqrt(k.shat()),
                            k.cos(),
                            theta,
                            sigmaTheta.crossSectionPb(),
                            ref,
                            sigmaRef.crossSectionPb());
            sum += r;
            sum2 += r * r;
        }
        int n = events.size();
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / (n - 1));
        double sigmaErr =
                Math.hypot(
                        sigmaTheta.errorPb() / sigmaTheta.crossSectionPb(),
                        sigmaRef.errorPb() / sigmaRef.crossSectionPb());
        double tol = 4 * Math.hypot(err, sigmaErr);
        Tolerance.assertClose(1, mean, 0, tol, "E_ref[r]");
        // r is not trivially 1: it varies across the sample.
        assertTrue(Math.sqrt(sum2 / n - mean * mean) > 0.01, "r varies");
    }

    private static TopPairResonanceProcess totalProcess(Theta t) {
        return new TopPairResonanceProcess(
                t.mS(),
                t.kappa(),
                t.cpOdd(),
                t.width(),
                TopPairResonanceProcess.TOTAL,
                TopPairProcess.STABLE);
    }

    private static IntegrationResult integrateTotal(Collider c, Theta t, long seed) {
        return GeneratorRuns.integrate(totalProcess(t), c, 40_000, seed);
    }

    @Test
    void trueLikelihoodRatioIsTheNormalisedMatrixElementRatio() {
        // r(x | theta, theta) = 1 and r(theta, ref) * r(ref, theta) = 1: identities of a ratio of
        // normalised densities; and r > 0 with sigma <= 0 rejected.
        TopPairResonanceWeights w = weights();
        Theta a = new Theta(700, 1.1, false, Double.NaN);
        Theta b = new Theta(870, 0.5, true, 30);
        Tolerance.assertClose(1, w.likelihoodRatio(650, 0.2, a, 3.0, a, 3.0), 1e-15, 0, "r(a,a)");
        double ab = w.likelihoodRatio(650, 0.2, a, 3.0, b, 2.5);
        double ba = w.likelihoodRatio(650, 0.2, b, 2.5, a, 3.0);
        Tolerance.assertClose(1, ab * ba, 1e-14, 0, "r(a,b) r(b,a)");
        assertThrows(
                InvalidParameterException.class, () -> w.likelihoodRatio(650, 0.2, a, 0, b, 2.5));
    }
}
