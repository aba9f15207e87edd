package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.Units;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.testkit.Tolerance;

/** g g → (S) → t t̄ signal and interference against physics-formulas.md §9. */
class TopPairResonanceProcessTest {
    private static final double MT = 173;
    private static final double GF = 1.16639e-5;
    private static final double WIDTH_H = 11.1224;
    private static final double WIDTH_A = 21.3427;

    private static TopPairResonanceProcess process(boolean odd, int component) {
        return new TopPairResonanceProcess(500, 1, odd, odd ? WIDTH_A : WIDTH_H, component, 0);
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §9 (kappa=1, m_S=500, alpha_s=0.118): sqrt(shat), sigma_S(H),
        // sigma_int(H), sigma_S(A), sigma_int(A) [pb]
        "360, 6.0759e-05, 0.0051961, 0.003668, 0.13263",
        "480, 0.12058, 0.39376, 0.42511, 0.12908",
        "500, 2.0583, -1.6255, 2.0618, -3.1191",
        "520, 0.17521, -0.67006, 0.48632, -1.3669",
        "600, 0.011982, -0.1162, 0.02864, -0.13728"
    })
    void integratedSignalAndInterferenceMatchTheReferenceSheet(
            double rootS, double sH, double iH, double sA, double iA) {
        double s = rootS * rootS;
        for (boolean odd : new boolean[] {false, true}) {
            TopPairResonanceProcess p = process(odd, TopPairResonanceProcess.INTERFERENCE);
            double w = odd ? WIDTH_A : WIDTH_H;
            double sig =
                    LuminosityIntegral.simpson(
                            c -> p.differential(s, c, 0.118, MT, GF, w)[0], -1, 1, 200);
            double beta = Math.sqrt(1 - 4 * MT * MT / s);
            double inter =
                    LuminosityIntegral.peakedCos(
                            c -> p.differential(s, c, 0.118, MT, GF, w)[1], 1 / beta - 1, 400);
            Tolerance.assertClose(odd ? sA : sH, sig * Units.GEV2_TO_PB, 2e-4, 0, "signal");
            Tolerance.assertClose(odd ? iA : iH, inter * Units.GEV2_TO_PB, 2e-4, 0, "int");
        }
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §9 differential interference [pb]: CP-odd?, sqrt(shat), cos, value
        "false, 480, -0.9, 0.2616", "false, 480, 0, 0.1598", "false, 520, 0.6, -0.32421",
        "true, 480, 0.6, 0.06334", "true, 520, -0.9, -0.96367", "true, 520, 0, -0.52868"
    })
    void differentialInterferenceMatchesTheReferenceSheet(
            boolean odd, double rootS, double cos, double expected) {
        TopPairResonanceProcess p = process(odd, TopPairResonanceProcess.INTERFERENCE);
        double v = p.differential(rootS * rootS, cos, 0.118, MT, GF, odd ? WIDTH_A : WIDTH_H)[1];
        Tolerance.assertClose(expected, v * Units.GEV2_TO_PB, 3e-4, 0, "dsigma_int/dcos");
    }

    /** DSW's CP-even interference in their own variables (physics-formulas.md §9.3). */
    private static double dswInterference(double s, double alphaS) {
        double m = 500;
        double beta = Math.sqrt(1 - 4 * MT * MT / s);
        double y = Math.log((1 + beta) / (1 - beta));
        double d2 = Math.pow(s - m * m, 2) + m * m * WIDTH_H * WIDTH_H;
        return -alphaS
                * alphaS
                * GF
                * Math.pow(MT, 4)
                * beta
                * beta
                * y
                / (32 * Math.sqrt(2) * Math.PI * s)
                * ((s - m * m) * (4 + beta * beta * (Math.PI * Math.PI - y * y))
                        + 2 * Math.PI * beta * beta * m * WIDTH_H * y)
                / d2
                * Units.GEV2_TO_PB;
    }

    @Test
    void hadronicInterferenceMatchesTheLuminosityIntegralAndHasBothSigns() {
        Collider c = Fixtures.lhc13(500, Map.of());
        double as = c.pdf().alphaS(500);
        TopPairResonanceProcess p = process(false, TopPairResonanceProcess.INTERFERENCE);
        IntegrationResult r = GeneratorRuns.integrate(p, c, 40_000, 61);
        LuminosityIntegral li = new LuminosityIntegral(c.pdf(), 13000, 500, new int[] {21});
        double expected =
                li.sigma(
                        (a, b, s) -> dswInterference(s, as),
                        4 * MT * MT * (1 + 1e-9),
                        13000.0 * 13000,
                        new double[] {500, WIDTH_H});
        // sigma_int is a small difference of positive and negative parts: compare with 4 MC
        // sigma plus 1% of the absolute integral.
        Tolerance.assertClose(
                expected,
                r.crossSectionPb(),
                0,
                4 * r.errorPb() + 0.01 * r.absCrossSectionPb(),
                "sigma_int(pp -> tt), H(500)");
        assertTrue(r.absCrossSectionPb() > Math.abs(r.crossSectionPb()), "weights of both signs");
        assertTrue(p.signedWeights());
    }
}
