package org.quarryhep.gen.process;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.Units;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.testkit.Tolerance;

/** q q̄ → W⁺W⁻ and ZZ against physics-formulas.md §5 and §6. */
class DibosonProcessTest {
    private static final StandardModel SM = StandardModel.madgraphDefaults();

    private static double dWwDcos(int q, double rootS, double cos) {
        double s = rootS * rootS;
        double mw = SM.mW();
        double beta = Math.sqrt(1 - 4 * mw * mw / s);
        double t = mw * mw - s / 2 * (1 - beta * cos);
        return beta
                * WPairProcess.matrixElement(SM, q, s, t)
                / (32 * Math.PI * s)
                * Units.GEV2_TO_PB;
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §5: sqrt(shat), cos(q, W-), dsigma/dcos uubar, ddbar [pb]
        "500, 0.8, 0.036859, 1.8575",
        "500, -0.5, 0.51551, 0.067416"
    })
    void wwDifferentialMatchesTheReferenceSheet(double rootS, double cos, double uu, double dd) {
        Tolerance.assertClose(uu, dWwDcos(2, rootS, cos), 2e-4, 0, "uubar");
        Tolerance.assertClose(dd, dWwDcos(1, rootS, cos), 2e-4, 0, "ddbar");
    }

    @ParameterizedTest
    @CsvSource({"200, 6.4063, 6.3573", "1000, 0.89282, 0.89013", "3000, 0.15523, 0.15496"})
    void wwIntegratedMatchesTheReferenceSheetIncludingGaugeCancellation(
            double rootS, double uu, double dd) {
        // At 3 TeV the s- and t-channel pieces cancel to 1 part in 3e4 (4267 pb -> 0.155 pb):
        // a wrong relative sign fails this row. The t-channel pole sits at 1 -+ cos ~ 2 M_W^4/s^2
        // (sheet's numerical note) and is integrated in log(1 -+ cos).
        for (int q : new int[] {2, 1}) {
            double delta = 2 * Math.pow(SM.mW() / rootS, 4);
            double integral = LuminosityIntegral.peakedCos(c -> dWwDcos(q, rootS, c), delta, 2000);
            Tolerance.assertClose(q == 2 ? uu : dd, integral, 3e-4, 0, "sigma q=" + q);
        }
    }

    /** §6 integrated closed form, coded separately. */
    static double sigmaZz(int quark, double s) {
        double mz2 = SM.mZ() * SM.mZ();
        if (s <= 4 * mz2) {
            return 0;
        }
        double beta = Math.sqrt(1 - 4 * mz2 / s);
        double qq = quark % 2 == 0 ? 2.0 / 3 : -1.0 / 3;
        double t3 = quark % 2 == 0 ? 0.5 : -0.5;
        double gl = t3 - qq * SM.sw2();
        double gr = -qq * SM.sw2();
        double l = Math.log((s * (1 + beta) / 2 - mz2) / (s * (1 - beta) / 2 - mz2));
        double sc = SM.sw2() * SM.cw2();
        return Math.PI
                * SM.alpha()
                * SM.alpha()
                * (Math.pow(gl, 4) + Math.pow(gr, 4))
                / (3 * sc * sc * s)
                * ((1 + 4 * mz2 * mz2 / (s * s)) / (1 - 2 * mz2 / s) * l - 2 * beta)
                * Units.GEV2_TO_PB;
    }

    @ParameterizedTest
    @CsvSource({"200, 0.82355, 1.7163", "1000, 0.095127, 0.19824"})
    void zzMatchesTheReferenceSheet(double rootS, double uu, double dd) {
        double s = rootS * rootS;
        double mz = SM.mZ();
        double beta = Math.sqrt(1 - 4 * mz * mz / s);
        for (int q : new int[] {2, 1}) {
            double integral =
                    0.5
                            * LuminosityIntegral.peakedCos(
                                    c -> {
                                        double t = mz * mz - s / 2 * (1 - beta * c);
                                        return beta
                                                * ZPairProcess.matrixElement(SM, q, s, t)
                                                / (32 * Math.PI * s)
                                                * Units.GEV2_TO_PB;
                                    },
                                    2 * Math.pow(mz * mz / s, 2),
                                    2000);
            Tolerance.assertClose(q == 2 ? uu : dd, integral, 2e-4, 0, "sigma q=" + q);
            Tolerance.assertClose(sigmaZz(q, s), integral, 1e-6, 0, "closed form");
        }
    }

    @Test
    void zBranchingRatiosMatchTheReferenceSheet() {
        // physics-formulas.md §1.4: BR(Z->ll) = 0.034392 per flavour, BR(Z->nunu) = 0.20384.
        Tolerance.assertClose(0.034392, ZPairProcess.branchingLeptons(SM), 1e-4, 0, "ll");
        Tolerance.assertClose(0.20384, ZPairProcess.branchingNeutrinos(SM), 1e-4, 0, "nunu");
        // BR(W -> l nu) = 0.11114 per flavour.
        Tolerance.assertClose(0.11114, SM.branchingWToLeptonNeutrino(), 1e-4, 0, "W");
    }

    @Test
    void hadronicZzMatchesTheLuminosityIntegral() {
        Collider c = Fixtures.lhc13(SM.mZ(), Map.of());
        IntegrationResult r = GeneratorRuns.integrate(new ZPairProcess(0), c, 20_000, 51);
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 13000, SM.mZ(), new int[] {1, 2, 3, 4, -1, -2, -3, -4});
        double mz = SM.mZ();
        double expected =
                li.sigma(
                        (a, b, s) -> a == -b ? sigmaZz(Math.abs(a), s) : 0,
                        4 * mz * mz * (1 + 1e-9),
                        13000.0 * 13000,
                        null);
        Tolerance.assertClose(
                expected, r.crossSectionPb(), 0.003, 4 * r.errorPb(), "sigma(pp -> ZZ)");
    }

    @Test
    void hadronicWwMatchesTheLuminosityIntegralOfTheReferenceClosedForm() {
        double mw = SM.mW();
        Collider c = Fixtures.lhc13(mw, Map.of());
        IntegrationResult r = GeneratorRuns.integrate(new WPairProcess(0), c, 20_000, 52);
        LuminosityIntegral li =
                new LuminosityIntegral(c.pdf(), 13000, mw, new int[] {1, 2, 3, 4, -1, -2, -3, -4});
        // sigma-hat(shat) by fine Simpson over cos of the reference-checked differential form.
        double expected =
                li.sigma(
                        (a, b, s) ->
                                a == -b && s > 4 * mw * mw
                                        ? LuminosityIntegral.peakedCos(
                                                x -> dWwDcos(Math.abs(a), Math.sqrt(s), x),
                                                2 * Math.pow(mw * mw / s, 2),
                                                200)
                                        : 0,
                        4 * mw * mw * (1 + 1e-9),
                        13000.0 * 13000,
                        null);
        Tolerance.assertClose(
                expected, r.crossSectionPb(), 0.005, 4 * r.errorPb(), "sigma(pp -> WW)");
    }
}
