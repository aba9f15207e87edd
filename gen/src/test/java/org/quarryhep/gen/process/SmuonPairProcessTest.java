package org.quarryhep.gen.process;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.Units;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.testkit.Tolerance;

/** q q̄ → μ̃_R μ̃_R against physics-formulas.md §10. */
class SmuonPairProcessTest {
    private static final StandardModel SM = StandardModel.madgraphDefaults();

    static double sigmaHat(int quark, double s, double m) {
        double beta = Math.sqrt(1 - 4 * m * m / s);
        double sw2 = SM.sw2();
        double cw2 = 1 - sw2;
        double mz = SM.mZ();
        double gz = SM.widthZ();
        double qq = quark % 2 == 0 ? 2.0 / 3 : -1.0 / 3;
        double t3 = quark % 2 == 0 ? 0.5 : -0.5;
        double den = Math.pow(s - mz * mz, 2) + mz * mz * gz * gz;
        double sum = 0;
        for (double g : new double[] {t3 - qq * sw2, -qq * sw2}) {
            double re = -qq + g * sw2 * s * (s - mz * mz) / den / (sw2 * cw2);
            double im = -g * sw2 * s * mz * gz / den / (sw2 * cw2);
            sum += re * re + im * im;
        }
        // sigma = pi alpha^2 beta^3/(6 N_c s) sum_i |A_i|^2
        return Math.PI
                * SM.alpha()
                * SM.alpha()
                * Math.pow(beta, 3)
                / (18 * s)
                * sum
                * Units.GEV2_TO_PB;
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §10: m, sqrt(shat), sigma(uubar), sigma(ddbar) [pb]
        "100, 250, 0.010791, 0.0038181",
        "100, 1000, 0.0028462, 0.00084565",
        "300, 700, 0.00084523, 0.00025384"
    })
    void matrixElementIntegratesToTheReferenceSheet(double m, double rootS, double uu, double dd) {
        double s = rootS * rootS;
        double beta = Math.sqrt(1 - 4 * m * m / s);
        for (int q : new int[] {2, 1}) {
            double integral =
                    LuminosityIntegral.simpson(
                            c -> {
                                double t = m * m - s / 2 * (1 - beta * c);
                                return beta
                                        * SmuonPairProcess.matrixElement(SM, q, s, t, m)
                                        / (32 * Math.PI * s)
                                        * Units.GEV2_TO_PB;
                            },
                            -1,
                            1,
                            20);
            Tolerance.assertClose(q == 2 ? uu : dd, integral, 2e-4, 0, "sigma q=" + q);
        }
    }

    @Test
    void widthMatchesTheReferenceSheet() {
        Collider c = Fixtures.lhc13(200, Map.of());
        // physics-formulas.md §10: Gamma(smu_R -> mu chi) = 0.54581 GeV for (200, 100).
        Tolerance.assertClose(0.54581, new SmuonPairProcess(200, 100).width(c), 1e-4, 0, "G");
    }

    @Test
    void hadronicCrossSectionMatchesTheLuminosityIntegral() {
        double m = 200;
        Collider c = Fixtures.lhc13(2 * m, Map.of());
        IntegrationResult r = GeneratorRuns.integrate(new SmuonPairProcess(m, 100), c, 20_000, 41);
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 13000, 2 * m, new int[] {1, 2, 3, 4, -1, -2, -3, -4});
        double expected =
                li.sigma(
                        (a, b, s) -> a == -b ? sigmaHat(Math.abs(a), s, m) : 0,
                        4 * m * m * (1 + 1e-9),
                        13000.0 * 13000,
                        null);
        Tolerance.assertClose(
                expected, r.crossSectionPb(), 0.003, 4 * r.errorPb(), "sigma(pp -> smu smu)");
    }
}
