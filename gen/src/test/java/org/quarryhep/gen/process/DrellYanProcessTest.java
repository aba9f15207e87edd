package org.quarryhep.gen.process;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.Units;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.testkit.Tolerance;

/** q q̄ → γ*, Z → ℓℓ and q q̄′ → W → ℓν against textbook and independently integrated numbers. */
class DrellYanProcessTest {
    private static final StandardModel SM = StandardModel.madgraphDefaults();

    private static double dSigmaDCos(int quark, double rootS, double cos) {
        double s = rootS * rootS;
        double t = -s * (1 - cos) / 2;
        double u = -s * (1 + cos) / 2;
        return DrellYanProcess.matrixElement(SM, quark, s, t, u)
                / (32 * Math.PI * s)
                * Units.GEV2_TO_PB;
    }

    /** The closed form σ̂ = πα²/(3N_c ŝ) Σ|A_ij|² of physics-formulas.md §2, coded separately. */
    static double sigmaHatLl(int quark, double s) {
        double sw2 = SM.sw2();
        double cw2 = 1 - sw2;
        double mz = SM.mZ();
        double gz = SM.widthZ();
        double qq = Math.abs(quark) % 2 == 0 ? 2.0 / 3 : -1.0 / 3;
        double t3 = Math.abs(quark) % 2 == 0 ? 0.5 : -0.5;
        double[] gq = {t3 - qq * sw2, -qq * sw2};
        double[] gl = {-0.5 + sw2, sw2};
        double den = Math.pow(s - mz * mz, 2) + mz * mz * gz * gz;
        double re = s * (s - mz * mz) / den;
        double im = -s * mz * gz / den;
        double sum = 0;
        for (double a : gq) {
            for (double b : gl) {
                double r = -qq + a * b * re / (sw2 * cw2);
                double i = a * b * im / (sw2 * cw2);
                sum += r * r + i * i;
            }
        }
        return LuminosityIntegral.pb(Math.PI * SM.alpha() * SM.alpha() / (9 * s) * sum);
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §2 table (physics_checks.py): sqrt(shat), cos, dsigma/dcos [pb]
        "2, 91.188, 0.5, 422.62",
        "1, 91.188, 0.5, 561.66",
        "2, 500, -0.7, 0.0096723",
        "1, 500, -0.7, 0.0046346"
    })
    void differentialMatrixElementMatchesTheReferenceSheet(
            int quark, double rootS, double cos, double expected) {
        // The sheet quotes 5 significant digits.
        Tolerance.assertClose(expected, dSigmaDCos(quark, rootS, cos), 1e-4, 0, "dsigma/dcos");
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §2 table: sqrt(shat), sigma(uubar), sigma(ddbar) [pb]
        "50, 5.7416, 1.7284",
        "91.188, 803.3, 1028.4",
        "200, 0.55572, 0.34854",
        "1000, 0.019301, 0.010259"
    })
    void angularIntegralMatchesTheClosedForm(double rootS, double uu, double dd) {
        for (int q : new int[] {2, 1}) {
            double integral = LuminosityIntegral.simpson(c -> dSigmaDCos(q, rootS, c), -1, 1, 20);
            // Simpson is exact for the quadratic-in-cos integrand; the sheet has 5 digits.
            Tolerance.assertClose(q == 2 ? uu : dd, integral, 1e-4, 0, "sigma q=" + q);
            Tolerance.assertClose(sigmaHatLl(q, rootS * rootS), integral, 1e-12, 0, "closed");
        }
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §3 table: sigma(u dbar -> l+ nu), V_ud = 1
        "80.419, 9345.1",
        "200, 1.3937",
        "500, 0.16516",
        "1000, 0.039693"
    })
    void wMatrixElementIntegratesToTheReferenceSheet(double rootS, double expected) {
        double s = rootS * rootS;
        double integral =
                LuminosityIntegral.simpson(
                        c -> {
                            double u = -s * (1 + c) / 2;
                            return WProductionProcess.matrixElement(SM, s, u)
                                    / (32 * Math.PI * s)
                                    * Units.GEV2_TO_PB;
                        },
                        -1,
                        1,
                        20);
        Tolerance.assertClose(expected, integral, 2e-4, 0, "sigma(W)");
    }

    @Test
    void hadronicDrellYanMatchesTheLuminosityIntegral() {
        Collider c = Fixtures.lhc13(91.188, Map.of("mmll", 60.0, "mmllmax", 120.0));
        IntegrationResult r = GeneratorRuns.integrate(new DrellYanProcess(13), c, 20_000, 11);
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 13000, 91.188, new int[] {1, 2, 3, 4, -1, -2, -3, -4});
        double expected =
                li.sigma(
                        (a, b, s) -> a == -b ? sigmaHatLl(Math.abs(a), s) : 0,
                        60 * 60,
                        120 * 120,
                        new double[] {SM.mZ(), SM.widthZ()});
        // Tolerance: 4 MC standard deviations plus 0.2% for the quadrature.
        Tolerance.assertClose(
                expected,
                r.crossSectionPb(),
                0.002,
                4 * r.errorPb(),
                "sigma(pp -> mu mu), 60 < mll < 120");
    }

    @Test
    void hadronicWMatchesTheLuminosityIntegral() {
        Collider c = Fixtures.lhc13(80.419, Map.of());
        IntegrationResult r = GeneratorRuns.integrate(new WProductionProcess(11, 0), c, 20_000, 12);
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 13000, 80.419, new int[] {1, 2, 3, 4, -1, -2, -3, -4});
        double mw = SM.mW();
        double gw = SM.widthW();
        LuminosityIntegral.PartonicCrossSection xs =
                (a, b, s) -> {
                    boolean pair =
                            (a * b < 0)
                                    && Math.abs(Math.abs(a) - Math.abs(b)) == 1
                                    && Math.min(Math.abs(a), Math.abs(b)) % 2 == 1
                                    && (Math.abs(a) + Math.abs(b) == 3
                                            || Math.abs(a) + Math.abs(b) == 7);
                    if (!pair) {
                        return 0;
                    }
                    // physics-formulas.md §3: sigma = G_F^2 M_W^4 s / (18 pi [(s-M^2)^2 + M^2 G^2])
                    return LuminosityIntegral.pb(
                            SM.gF()
                                    * SM.gF()
                                    * Math.pow(mw, 4)
                                    * s
                                    / (18
                                            * Math.PI
                                            * (Math.pow(s - mw * mw, 2) + mw * mw * gw * gw)));
                };
        double expected = li.sigma(xs, 1.0, 13000.0 * 13000, new double[] {mw, gw});
        Tolerance.assertClose(
                expected, r.crossSectionPb(), 0.002, 4 * r.errorPb(), "sigma(pp -> W -> e nu)");
    }
}
