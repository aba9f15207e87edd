package org.quarryhep.gen.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.testkit.Tolerance;

/**
 * The W → τν decay modes of {@code ww} ({@code decay} 2) and {@code ttbar} ({@code decay} 5): σ
 * against branching-ratio scaling, the τ on its mass shell with its V−A helicity.
 */
class TauLeptonModesTest {
    /** physics-formulas.md §1, "Useful derived numbers": BR(W → ℓν) per flavour, MG5 widths. */
    private static final double BR_W_LNU = 0.11114;

    /** PDG 2024 τ mass used by the MadGraph sm model (param card), GeV. */
    private static final double M_TAU = 1.777;

    @Test
    void wwTauModeScalesWithTheLeptonUniversalBranchingRatio() {
        Collider c = Fixtures.lhc13(80.4, Map.of());
        // Same seed: the three modes share the pair integrand, so the ratio carries no MC error.
        double stable = GeneratorRuns.integrate(new WPairProcess(0), c, 4000, 61).crossSectionPb();
        double emu = GeneratorRuns.integrate(new WPairProcess(1), c, 4000, 61).crossSectionPb();
        IntegrationResult tau = GeneratorRuns.integrate(new WPairProcess(2), c, 4000, 61);
        // Lepton universality (massless leptons): BR(W -> e,mu,tau nu) = 3 BR, (3/2)^2 = 9/4 over
        // e/mu; the sheet's BR has 5 digits, so 2e-4 relative on BR^2.
        Tolerance.assertRelative(
                9.0 / 4, tau.crossSectionPb() / emu, 1e-9, "sigma(tau)/sigma(e,mu)");
        Tolerance.assertRelative(
                Math.pow(3 * BR_W_LNU, 2), tau.crossSectionPb() / stable, 2e-4, "BR^2 (e,mu,tau)");
    }

    @Test
    void ttbarTauModeScalesWithTheLeptonUniversalBranchingRatio() {
        Collider c = Fixtures.lhc13(173, Map.of());
        double stable =
                GeneratorRuns.integrate(new TopPairProcess(TopPairProcess.STABLE), c, 4000, 62)
                        .crossSectionPb();
        double emu =
                GeneratorRuns.integrate(new TopPairProcess(TopPairProcess.DILEPTON), c, 4000, 62)
                        .crossSectionPb();
        double tau =
                GeneratorRuns.integrate(
                                new TopPairProcess(TopPairProcess.DILEPTON_WITH_TAU), c, 4000, 62)
                        .crossSectionPb();
        Tolerance.assertRelative(9.0 / 4, tau / emu, 1e-9, "sigma(tau)/sigma(e,mu)");
        Tolerance.assertRelative(Math.pow(3 * BR_W_LNU, 2), tau / stable, 2e-4, "BR^2 (e,mu,tau)");
    }

    @Test
    void wwTausAreOnShellWithTheVMinusAHelicityAndAThirdOfTheLeptons() {
        Collider c = Fixtures.lhc13(80.4, Map.of());
        double mw = c.sm().mW();
        double rootS = 400;
        double p = Math.sqrt(rootS * rootS / 4 - mw * mw);
        double cos = 0.3;
        double sin = Math.sqrt(1 - cos * cos);
        FourMomentum[] momenta = {
            new FourMomentum(0, 0, rootS / 2, rootS / 2),
            new FourMomentum(0, 0, -rootS / 2, rootS / 2),
            new FourMomentum(p * sin, 0, p * cos, rootS / 2),
            new FourMomentum(-p * sin, 0, -p * cos, rootS / 2)
        };
        WPairProcess ww = new WPairProcess(2);
        SplittableRandom rng = new SplittableRandom(7);
        PartonEvent ev = new PartonEvent();
        int n = 3000;
        int taus = 0;
        for (int i = 0; i < n; i++) {
            ev.clear();
            ev.setPdf(0.03, 0.03, 1, 1, mw, 0.118);
            ww.record(ev, new TwoToTwoProcess.Channel(1, -1), momenta, c, rng);
            List<PartonEvent.Entry> es = ev.entries();
            for (int k = 0; k < es.size(); k++) {
                PartonEvent.Entry e = es.get(k);
                int id = Math.abs(e.pdgId());
                if (id != 11 && id != 13 && id != 15) {
                    continue;
                }
                FourMomentum w = es.get(e.mother1()).momentum();
                FourMomentum nu = es.get(k + 1).momentum();
                // Four-momentum conservation at the W vertex (the on-shell step keeps it).
                for (double[] pair :
                        new double[][] {
                            {w.px(), e.momentum().px() + nu.px()},
                            {w.py(), e.momentum().py() + nu.py()},
                            {w.pz(), e.momentum().pz() + nu.pz()},
                            {w.e(), e.momentum().e() + nu.e()}
                        }) {
                    assertEquals(pair[0], pair[1], 1e-9 * rootS);
                }
                assertEquals(0, nu.mass(), 1e-4, "massless neutrino");
                if (id == 15) {
                    taus++;
                    assertEquals(M_TAU, e.momentum().mass(), 1e-6, "tau mass shell");
                    // V-A: W- -> tau- nubar gives a left-handed tau-, W+ -> tau+ nu a
                    // right-handed tau+ (physics-formulas.md §13.3 convention, SPINUP).
                    assertEquals(e.pdgId() > 0 ? -1 : 1, e.helicity(), "SPINUP of " + e.pdgId());
                    assertEquals(e.pdgId() > 0 ? -24 : 24, es.get(e.mother1()).pdgId());
                } else {
                    assertEquals(9, e.helicity(), "e/mu helicity left unknown");
                }
            }
        }
        // Lepton universality: a third of the 2n charged leptons are taus; binomial, 4 sigma.
        double expected = 2.0 * n / 3;
        double sd = Math.sqrt(2.0 * n * (1.0 / 3) * (2.0 / 3));
        assertTrue(Math.abs(taus - expected) < 4 * sd, "taus " + taus + " vs " + expected);
    }

    @Test
    void ttbarTauKeepsTheLeftHandedWAngularDistribution() {
        // t -> b W+, W+ -> tau+ nu: with W helicity fractions F_0 = m_t^2/(m_t^2 + 2 m_W^2), F_L =
        // 1 - F_0, F_R = 0 at LO (massless b), the charged lepton's cos theta* (W rest frame,
        // against the W direction in the top frame) has mean (F_R - F_L)/2.
        Collider c = Fixtures.lhc13(173, Map.of());
        double mt = c.sm().mTop();
        double mw = c.sm().mW();
        double fl = 2 * mw * mw / (mt * mt + 2 * mw * mw);
        double rootS = 500;
        double p = Math.sqrt(rootS * rootS / 4 - mt * mt);
        FourMomentum[] momenta = {
            new FourMomentum(0, 0, rootS / 2, rootS / 2),
            new FourMomentum(0, 0, -rootS / 2, rootS / 2),
            new FourMomentum(0, 0, p, rootS / 2),
            new FourMomentum(0, 0, -p, rootS / 2)
        };
        TopPairProcess tt = new TopPairProcess(TopPairProcess.DILEPTON_WITH_TAU);
        SplittableRandom rng = new SplittableRandom(11);
        PartonEvent ev = new PartonEvent();
        double sum = 0;
        double sum2 = 0;
        int n = 0;
        for (int i = 0; i < 30_000; i++) {
            ev.clear();
            ev.setPdf(0.04, 0.04, 1, 1, mt, 0.118);
            tt.record(ev, new TwoToTwoProcess.Channel(21, 21), momenta, c, rng);
            for (PartonEvent.Entry e : ev.entries()) {
                if (e.pdgId() != -15) {
                    continue;
                }
                PartonEvent.Entry wEntry = ev.entries().get(e.mother1());
                FourMomentum w = wEntry.momentum();
                FourMomentum top = ev.entries().get(wEntry.mother1()).momentum();
                FourMomentum wInTop = w.inRestFrameOf(top);
                FourMomentum tauInW = e.momentum().inRestFrameOf(w);
                double cosStar =
                        (wInTop.px() * tauInW.px()
                                        + wInTop.py() * tauInW.py()
                                        + wInTop.pz() * tauInW.pz())
                                / (wInTop.p() * tauInW.p());
                sum += cosStar;
                sum2 += cosStar * cosStar;
                n++;
            }
        }
        double mean = sum / n;
        double err = Math.sqrt((sum2 / n - mean * mean) / n);
        // Statistical 4 sigma plus the b-mass term O(m_b^2/m_t^2) ~ 1e-3.
        assertEquals(-fl / 2, mean, 4 * err + 1e-3, "<cos theta*> of tau+, n = " + n);
    }
}
