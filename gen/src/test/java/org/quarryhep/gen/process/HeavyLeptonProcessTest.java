package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Units;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.testkit.Tolerance;

/** W_R → ℓN and W → ℓN (HNL) against physics-formulas.md §11 and §12. */
class HeavyLeptonProcessTest {
    private static final StandardModel SM = StandardModel.madgraphDefaults();

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §11: M_WR, m_N, Gamma(W_R -> l N), Gamma_tot [GeV]
        "3000, 500, 8.1356, 100.68",
        "4000, 1000, 10.259, 132.55",
        "5000, 2500, 8.9534, 154.12"
    })
    void wrWidthsMatchTheReferenceSheet(double mwr, double mn, double lN, double total) {
        Tolerance.assertClose(lN, HeavyNeutrino.widthToLeptonN(SM.g(), mwr, mn, 1), 1e-4, 0, "lN");
        Tolerance.assertClose(total, HeavyNeutrino.widthWr(SM.g(), mwr, mn, 173), 1e-4, 0, "tot");
    }

    @ParameterizedTest
    @CsvSource({"3000, 500, 2500", "3000, 500, 3000", "80.419, 10, 80.419"})
    void productionMatrixElementIntegratesToTheTwoBodyFormula(double m, double mn, double rootS) {
        // sigma = g^4 shat (1-x)^2 (1+x/2) / (576 pi |D|^2), x = m_N^2/shat: the W formula of
        // §3 (G_F^2 M^4 = g^4/32) times the two-body factor of §12.1.
        double s = rootS * rootS;
        double w = 50;
        double g = SM.g();
        double pstar = (s - mn * mn) / (2 * rootS);
        double e = rootS / 2;
        FourMomentum pu = new FourMomentum(0, 0, e, e);
        FourMomentum pd = new FourMomentum(0, 0, -e, e);
        double integral =
                LuminosityIntegral.simpson(
                        c -> {
                            double sin = Math.sqrt(1 - c * c);
                            FourMomentum pl = new FourMomentum(pstar * sin, 0, pstar * c, pstar);
                            FourMomentum pn =
                                    new FourMomentum(
                                            -pstar * sin,
                                            0,
                                            -pstar * c,
                                            Math.sqrt(pstar * pstar + mn * mn));
                            double me =
                                    HeavyNeutrino.productionMatrixElement(
                                            g, 1, m, w, pu, pd, pl, pn);
                            return 2 * pstar / rootS * me / (32 * Math.PI * s);
                        },
                        -1,
                        1,
                        20);
        double x = mn * mn / s;
        double d2 = Math.pow(s - m * m, 2) + m * m * w * w;
        double expected =
                Math.pow(g, 4) * s * (1 - x) * (1 - x) * (1 + x / 2) / (576 * Math.PI * d2);
        Tolerance.assertClose(expected, integral, 1e-10, 0, "sigma-hat");
    }

    @ParameterizedTest
    @CsvSource({
        // physics-formulas.md §12.2: m_N, C (mu mixing), c tau Majorana [mm] at |V|^2 = 1e-6
        "5, 9.631, 143.5",
        "10, 11.09, 3.893",
        "20, 11.88, 0.1136"
    })
    void hnlWidthMatchesTheReferenceSheet(double mn, double c, double ctau) {
        double[] ch = HeavyNeutrino.channels(mn, 1, SM.sw2());
        double sum = 0;
        for (double v : ch) {
            sum += v;
        }
        Tolerance.assertClose(c, sum, 2e-3, 0, "C(m_N)");
        HeavyLeptonProcess p =
                new HeavyLeptonProcess(
                        HeavyLeptonProcess.Mediator.W_SM, 13, mn, 1e-6, Double.NaN, Double.NaN);
        Tolerance.assertClose(ctau, p.ctauMm(Fixtures.lhc13(80, Map.of())), 3e-3, 0, "c tau");
    }

    @Test
    void hnlChannelBreakdownAt20GevMatchesTheReferenceSheet() {
        // physics-formulas.md §12.2: CC lep 1.940, CC had 5.905, 3nu 1.000, nu ll 0.806, nu qq
        // 2.225
        double[] ch = HeavyNeutrino.channels(20, 1, SM.sw2());
        double[] expected = {1.940, 5.905, 1.000, 0.806, 2.225};
        for (int i = 0; i < 5; i++) {
            Tolerance.assertClose(expected[i], ch[i], 2e-3, 1e-3, "channel " + i);
        }
    }

    @Test
    void hadronicWrCrossSectionMatchesTheLuminosityIntegral() {
        Collider c = Fixtures.lhc13(3000, Map.of());
        HeavyLeptonProcess p =
                new HeavyLeptonProcess(
                        HeavyLeptonProcess.Mediator.W_RIGHT, 13, 500, 1, 3000, Double.NaN);
        IntegrationResult r = GeneratorRuns.integrate(p, c, 20_000, 71);
        double m = 3000;
        double w = p.mediatorWidth(c);
        double g = SM.g();
        LuminosityIntegral li =
                new LuminosityIntegral(
                        c.pdf(), 13000, 3000, new int[] {1, 2, 3, 4, -1, -2, -3, -4});
        LuminosityIntegral.PartonicCrossSection xs =
                (a, b, s) -> {
                    int aa = Math.abs(a);
                    int bb = Math.abs(b);
                    boolean pair =
                            a * b < 0
                                    && ((aa == 2 && bb == 1)
                                            || (aa == 1 && bb == 2)
                                            || (aa == 4 && bb == 3)
                                            || (aa == 3 && bb == 4));
                    if (!pair || s <= 500 * 500) {
                        return 0;
                    }
                    double x = 500.0 * 500 / s;
                    double d2 = Math.pow(s - m * m, 2) + m * m * w * w;
                    return Math.pow(g, 4)
                            * s
                            * (1 - x)
                            * (1 - x)
                            * (1 + x / 2)
                            / (576 * Math.PI * d2)
                            * Units.GEV2_TO_PB;
                };
        double expected =
                li.sigma(xs, 500.0 * 500 * (1 + 1e-9), 13000.0 * 13000, new double[] {m, w});
        Tolerance.assertClose(
                expected, r.crossSectionPb(), 0.003, 4 * r.errorPb(), "sigma(pp -> W_R -> mu N)");
    }

    @Test
    void majoranaDecaysGiveBothSignsAndHnlVerticesFollowTheLifetime() {
        Collider c = Fixtures.lhc13(80.4, Map.of());
        HeavyLeptonProcess p =
                new HeavyLeptonProcess(
                        HeavyLeptonProcess.Mediator.W_SM, 13, 10, 1e-6, Double.NaN, Double.NaN);
        GeneratorSettings s = new GeneratorSettings(5, 2, 3, 2, 8000, 30, 500);
        EventGenerator g = new EventGenerator(p, c, s, 10);
        EventGenerator.Integrated ig = g.integrate(ProgressListener.NONE);
        List<Event> events = new ArrayList<>();
        ig.generate(4000, false, events::add, ProgressListener.NONE);
        int sameSign = 0;
        double ctauSum = 0;
        for (Event e : events) {
            Particle l1 = e.particle(3);
            Particle n = e.particle(4);
            Particle l2 = e.particle(5);
            assertEquals(HeavyNeutrino.PDG_N, n.pdgId());
            if (Math.signum(l1.pdgId()) == Math.signum(l2.pdgId())) {
                sameSign++;
            }
            assertEquals(1, e.vertices().size());
            var v = e.vertices().get(0).position();
            assertNotNull(v);
            // The vertex lies along the N direction at beta*gamma*c*tau.
            FourMomentum pn = n.momentum();
            Tolerance.assertClose(pn.px() / pn.mass() * n.lifetimeMm(), v.x(), 1e-9, 1e-12, "x");
            ctauSum += n.lifetimeMm();
        }
        // Majorana: same-sign fraction 1/2 (binomial sigma 0.008 for 4000 events).
        Tolerance.assertClose(0.5, (double) sameSign / events.size(), 0, 0.035, "same-sign");
        // Mean proper decay length = c tau, taken from outside the generator: c tau = hbar c 96
        // pi^3 / (C G_F^2 m^5 |V|^2) with C(10 GeV) = 11.09 gives 3.893 mm (physics-formulas.md
        // §12.2, the sheet's row above). The proper lengths are exponential, so the mean's
        // relative standard error is 1/sqrt(n) = 1.6%; allow four.
        double sheetCtauMm = 3.893;
        Tolerance.assertClose(
                sheetCtauMm, ctauSum / events.size(), 4 / Math.sqrt(events.size()), 0, "<c tau>");
    }
}
