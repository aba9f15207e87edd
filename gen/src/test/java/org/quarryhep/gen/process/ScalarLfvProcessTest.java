package org.quarryhep.gen.process;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Units;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.testkit.Tolerance;

/** g g → S → μτ and τ → eνν̄ against physics-formulas.md §7, §8 and §13.3. */
class ScalarLfvProcessTest {
    private static final double GF = 1.16639e-5;

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §7: m_S, Re A_H, Im A_H, Re A_A, Im A_A, Gamma(S->gg) [MeV]
        "125, 1.37626, 0, 2.09363, 0, 0.2141",
        "300, 1.69331, 0, 2.92888, 0, 4.480",
        "400, 2.31142, 0.65299, 3.23691, 2.59354, 21.37",
        "450, 2.09796, 1.14974, 2.23961, 2.81240, 30.18"
    })
    void loopFunctionsAndGluonWidthMatchTheReferenceSheet(
            double m, double reH, double imH, double reA, double imA, double gammaMev) {
        double tau = m * m / (4 * 173.0 * 173.0);
        double[] h = TopLoop.scalar(tau);
        double[] a = TopLoop.pseudoscalar(tau);
        Tolerance.assertClose(reH, h[0], 1e-5, 1e-5, "Re A_H");
        Tolerance.assertClose(imH, h[1], 1e-5, 1e-5, "Im A_H");
        Tolerance.assertClose(reA, a[0], 1e-5, 1e-5, "Re A_A");
        Tolerance.assertClose(imA, a[1], 1e-5, 1e-5, "Im A_A");
        Tolerance.assertClose(
                gammaMev * 1e-3,
                TopLoop.widthToGluons(m, 173, 1, 0.118, GF, false),
                1e-3,
                0,
                "Gamma(S->gg)");
    }

    @Test
    void topWidthsMatchTheReferenceSheet() {
        // physics-formulas.md §7: Gamma(S->tt) = 2.978 GeV, Gamma(A->tt) = 11.83 GeV at 400 GeV.
        Tolerance.assertClose(2.978, TopLoop.widthToTops(400, 173, 1, GF, false), 1e-3, 0, "S");
        Tolerance.assertClose(11.83, TopLoop.widthToTops(400, 173, 1, GF, true), 1e-3, 0, "A");
    }

    @Test
    void hadronicCrossSectionMatchesTheNarrowWidthFormula() {
        double ms = 300;
        Collider c = Fixtures.lhc13(ms, Map.of());
        ScalarLfvProcess p = new ScalarLfvProcess(ms, 1, 1e-3, 1e-3, Double.NaN, false);
        IntegrationResult r = GeneratorRuns.integrate(p, c, 20_000, 31);
        // Spira et al. hep-ph/9504378: sigma = sigma0 tau dL_gg/dtau, sigma0 = pi^2 Gamma_gg/(8
        // m^3)
        // (physics-formulas.md §7), times BR(S -> mu tau); an independent narrow-width number.
        // Every width here comes from outside the implementation. Gamma(S -> gg) is the reference
        // sheet's 4.480 MeV at m_S = 300 GeV for alpha_s = 0.118 (the table above), scaled by
        // alpha_s^2 (Gamma_gg is proportional to alpha_s^2) to the PDF set's alpha_s(m_S).
        // Gamma(S -> mu tau) = m_S (|Y_mutau|^2 + |Y_taumu|^2) / (8 pi) summed over both charges
        // (Harnik, Kopp, Zupan, arXiv:1209.1397). S -> tt is closed below 2 m_t = 346 GeV.
        double as = c.pdf().alphaS(ms);
        double gg = 4.480e-3 * (as / 0.118) * (as / 0.118);
        double muTau = ms * (1e-3 * 1e-3 + 1e-3 * 1e-3) / (8 * Math.PI);
        Tolerance.assertClose(gg + muTau, p.width(c), 1e-3, 0, "Gamma_S = Gamma_gg + Gamma_mutau");
        double sigma0 = Math.PI * Math.PI * gg / (8 * ms * ms * ms);
        double tau = ms * ms / (13000.0 * 13000);
        LuminosityIntegral li = new LuminosityIntegral(c.pdf(), 13000, ms, new int[] {21});
        double br = muTau / (gg + muTau);
        double expected = sigma0 * tau * li.luminosity(21, 21, tau) * br * Units.GEV2_TO_PB;
        // The width is 4.5 MeV: off-shell effects are O(Gamma/m) ~ 1e-5; 1% covers the
        // variation of Gamma_gg(sqrt(shat)) and L(tau) across the peak plus 4 MC sigma.
        Tolerance.assertClose(
                expected, r.crossSectionPb(), 0.01, 4 * r.errorPb(), "sigma(gg -> S -> mu tau)");
    }

    @Test
    void tauDecayReproducesTheMichelAsymmetry() {
        // physics-formulas.md §13.3: in the tau rest frame <cos(e, spin)> = -P/9 for tau-.
        SplittableRandom rng = new SplittableRandom(7);
        FourMomentum tau = FourMomentum.ofPxPyPzM(0, 0, 1e-6, 1.777);
        int n = 60_000;
        double sum = 0;
        double xsum = 0;
        for (int i = 0; i < n; i++) {
            FourMomentum[] d = Decays.tau(tau, 1, false, rng);
            sum += d[0].pz() / d[0].p();
            xsum += 2 * d[0].e() / 1.777;
        }
        // Stat. error ~ sqrt(1/3/n) = 0.0024; tolerance 0.01.
        Tolerance.assertClose(-1.0 / 9, sum / n, 0, 0.01, "<cos> for P=+1");
        // Michel spectrum x^2(3-2x): <x> = 7/10 (unpolarised part; the P term averages to 0).
        Tolerance.assertClose(0.7, xsum / n, 0, 0.005, "<x>");
    }
}
