package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Units;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.testkit.Tolerance;

/** t t̄ production and decay against physics-formulas.md §4 and the W helicity fractions. */
class TopPairProcessTest {
    private static final double MT = 173;

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §4: sqrt(shat), cos, avg|M|^2/g_s^4 (qqbar), (gg); 6 digits
        "400, 0, 0.388494, 0.200779",
        "500, 0.7, 0.385382, 0.415496",
        "1000, -0.9, 0.407277, 1.80452"
    })
    void matrixElementsMatchTheReferenceSheet(double rootS, double cos, double qq, double gg) {
        double s = rootS * rootS;
        double beta = Math.sqrt(1 - 4 * MT * MT / s);
        double t = MT * MT - s / 2 * (1 - beta * cos);
        Tolerance.assertClose(qq, TopPairProcess.quarkMatrixElement(s, t, MT), 5e-6, 0, "qq");
        Tolerance.assertClose(gg, TopPairProcess.gluonMatrixElement(s, t, MT), 5e-6, 0, "gg");
    }

    /** The integrated closed forms of §4 (Nason, Dawson, Ellis LO term), coded separately. */
    static double sigmaHat(boolean gluons, double s, double alphaS) {
        double rho = 4 * MT * MT / s;
        if (rho >= 1) {
            return 0;
        }
        double beta = Math.sqrt(1 - rho);
        double v =
                gluons
                        ? Math.PI
                                * alphaS
                                * alphaS
                                / (3 * s)
                                * ((1 + rho + rho * rho / 16) * Math.log((1 + beta) / (1 - beta))
                                        - beta * (7.0 / 4 + 31 * rho / 16))
                        : 8 * Math.PI * alphaS * alphaS / (27 * s) * beta * (1 + rho / 2);
        return v * Units.GEV2_TO_PB;
    }

    @ParameterizedTest
    @CsvSource({"350, 9.2455, 3.2263", "400, 21.748, 12.845", "1000, 5.0185, 11.368"})
    void angularIntegralsMatchTheReferenceSheet(double rootS, double qq, double gg) {
        double s = rootS * rootS;
        double beta = Math.sqrt(1 - 4 * MT * MT / s);
        double gs4 = Math.pow(4 * Math.PI * 0.118, 2);
        for (boolean gluons : new boolean[] {false, true}) {
            double integral =
                    LuminosityIntegral.simpson(
                            c -> {
                                double t = MT * MT - s / 2 * (1 - beta * c);
                                double me =
                                        gluons
                                                ? TopPairProcess.gluonMatrixElement(s, t, MT)
                                                : TopPairProcess.quarkMatrixElement(s, t, MT);
                                return beta * gs4 * me / (32 * Math.PI * s) * Units.GEV2_TO_PB;
                            },
                            -1,
                            1,
                            400);
            Tolerance.assertClose(gluons ? gg : qq, integral, 1e-4, 0, "sigma gg=" + gluons);
            // 400-interval Simpson on the forward-peaked gg integrand: ~4e-7 quadrature error.
            Tolerance.assertClose(sigmaHat(gluons, s, 0.118), integral, 2e-6, 0, "closed form");
        }
    }

    @Test
    void hadronicCrossSectionMatchesTheLuminosityIntegral() {
        Collider c = Fixtures.lhc13(MT, Map.of());
        IntegrationResult r = GeneratorRuns.integrate(new TopPairProcess(0), c, 20_000, 21);
        double as = c.pdf().alphaS(MT);
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 13000, MT, new int[] {21, 1, 2, 3, 4, -1, -2, -3, -4});
        double expected =
                li.sigma(
                        (a, b, s) ->
                                a == 21 && b == 21
                                        ? sigmaHat(true, s, as)
                                        : a != 21 && a == -b ? sigmaHat(false, s, as) : 0,
                        4 * MT * MT * (1 + 1e-9),
                        13000.0 * 13000,
                        null);
        Tolerance.assertClose(
                expected, r.crossSectionPb(), 0.003, 4 * r.errorPb(), "sigma(pp -> t tbar)");
        IntegrationResult dil = GeneratorRuns.integrate(new TopPairProcess(1), c, 20_000, 21);
        double bl = c.sm().branchingWToLeptonNeutrino();
        // Same seed: decays draw from child streams, so the points are identical and the
        // dilepton weight is exactly the stable weight times (2 BR_l)^2.
        Tolerance.assertClose(
                r.crossSectionPb() * 4 * bl * bl,
                dil.crossSectionPb(),
                1e-9,
                0,
                "dilepton = stable x BR^2");
    }

    @Test
    void initialStatesSeparatelyMatchTheirLuminosityIntegrals() {
        // q qbar alone (the background issue 18 adds to g g -> (S) -> t tbar) and g g alone, each
        // against the 1-D luminosity integral of its Combridge closed form (physics-formulas.md
        // §4); tolerance as for the sum above (quadrature 0.3% plus 4 MC sigma).
        Collider c = Fixtures.lhc13(MT, Map.of());
        double as = c.pdf().alphaS(MT);
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 13000, MT, new int[] {21, 1, 2, 3, 4, -1, -2, -3, -4});
        for (int initial : new int[] {TopPairProcess.QUARKS_ONLY, TopPairProcess.GLUONS_ONLY}) {
            boolean gluons = initial == TopPairProcess.GLUONS_ONLY;
            IntegrationResult r =
                    GeneratorRuns.integrate(new TopPairProcess(0, initial), c, 20_000, 22);
            double expected =
                    li.sigma(
                            (a, b, s) ->
                                    gluons
                                            ? (a == 21 && b == 21 ? sigmaHat(true, s, as) : 0)
                                            : (a != 21 && a == -b ? sigmaHat(false, s, as) : 0),
                            4 * MT * MT * (1 + 1e-9),
                            13000.0 * 13000,
                            null);
            Tolerance.assertClose(
                    expected,
                    r.crossSectionPb(),
                    0.003,
                    4 * r.errorPb(),
                    "sigma(pp -> t tbar), initial " + initial);
        }
        assertThrows(InvalidParameterException.class, () -> new TopPairProcess(0, 3));
    }

    @Test
    void leptonAngleInTheWRestFrameFollowsTheHelicityFractions() {
        // Kane, Ladinsky, Yuan, PRD 45 (1992) 124: F_L = 2 M_W^2/(m_t^2 + 2 M_W^2), F_R = 0, so
        // <cos theta*> of the l+ in the W frame (w.r.t. the W direction) is -F_L/2 (m_b -> 0).
        double mw = 80.419;
        double fl = 2 * mw * mw / (MT * MT + 2 * mw * mw);
        SplittableRandom rng = new SplittableRandom(5);
        FourMomentum top = FourMomentum.ofPxPyPzM(30, -20, 150, MT);
        int n = 40_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            FourMomentum[] d = Decays.top(top, mw, 4.7, rng);
            FourMomentum wInTop = d[1].inRestFrameOf(top);
            FourMomentum lInW = d[2].inRestFrameOf(top).inRestFrameOf(wInTop);
            sum +=
                    (lInW.px() * wInTop.px() + lInW.py() * wInTop.py() + lInW.pz() * wInTop.pz())
                            / (lInW.p() * wInTop.p());
        }
        // Statistical error sqrt(<cos^2>/n) ~ 0.0028; tolerance 0.012 covers 4 sigma + m_b.
        Tolerance.assertClose(-fl / 2, sum / n, 0, 0.012, "<cos theta*>");
        assertEquals(4, Decays.top(top, mw, 4.7, rng).length);
    }
}
