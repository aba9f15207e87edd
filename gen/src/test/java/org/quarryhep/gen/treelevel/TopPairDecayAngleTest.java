package org.quarryhep.gen.treelevel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.DileptonSpinObservables;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.HardProcess;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.gen.process.TopPairProcess;
import org.quarryhep.testkit.Requirements;

/**
 * Decay angles of the decay chain {@code g g > t t~, (t > b e+ ve), (t~ > b~ e- ve~)} (the full 2 →
 * 6 amplitude with the tops' propagators, every spin correlation kept by the amplitude) against the
 * hand-written {@code ttbar} (g g only, dileptonic: on-shell tops, V−A decays with the t t̄ spin
 * correlation from production helicity amplitudes and decay currents; its spin observables are
 * tested against the closed forms in {@code TopPairSpinReweightingTest}) at 13 TeV, NNPDF2.3 LO, μ
 * = 173 GeV, no cuts: ⟨cos φ⟩ (l̂₁·l̂₂), ⟨c₁c₂⟩ (helicity basis) and the ℓ⁺ and ℓ⁻ polar-angle
 * distributions in their parents' rest frames (c₁, c₂; 10 bins). Weighted chain events (each one
 * Σ̄|M|² evaluation; the 2 → 6 amplitude is too slow for thousands of unweighted events) and
 * unweighted hand-written ones. Agreement: means within 4 combined standard errors plus 0.01 (the
 * O(Γ_t/m_t) off-shell effects and the hand-written decay's massless-b spinor algebra, ≤ 2·10⁻³;
 * see gen README), the histograms' χ² below 27.9 (p = 10⁻³ for 9 degrees of freedom). {@code
 * -Pvalidation}.
 */
class TopPairDecayAngleTest {
    private static final PdfSet PDF =
            PdfSearchPath.standard(List.of(), Map.of()).load(PdfSearchPath.DEFAULT_SET, 0);
    private static final AmplitudeModel MODEL = AmplitudeModel.madgraphDefaults();
    private static final GeneratorCuts NO_CUTS = new GeneratorCuts(Map.of());
    private static final int BINS = 10;

    private static Sample chain;
    private static Sample handWritten;

    /** Weighted observables of one sample: cos φ, c₁, c₂ and c₁c₂ per event. */
    private record Sample(double[] weights, DileptonSpinObservables[] observables) {
        double[] mean(Function<DileptonSpinObservables, Double> f) {
            double sw = 0;
            double swx = 0;
            for (int i = 0; i < weights.length; i++) {
                sw += weights[i];
                swx += weights[i] * f.apply(observables[i]);
            }
            double mean = swx / sw;
            double var = 0;
            for (int i = 0; i < weights.length; i++) {
                double d = f.apply(observables[i]) - mean;
                var += weights[i] * weights[i] * d * d;
            }
            return new double[] {mean, Math.sqrt(var) / sw};
        }

        /** Normalised histogram on [−1, 1]: fractions and their errors. */
        double[][] histogram(Function<DileptonSpinObservables, Double> f) {
            double[] sw = new double[BINS];
            double[] sw2 = new double[BINS];
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                int b =
                        (int)
                                Math.min(
                                        BINS - 1,
                                        Math.floor((f.apply(observables[i]) + 1) / 2 * BINS));
                sw[b] += weights[i];
                sw2[b] += weights[i] * weights[i];
                total += weights[i];
            }
            double[][] out = new double[2][BINS];
            for (int b = 0; b < BINS; b++) {
                out[0][b] = sw[b] / total;
                out[1][b] = Math.sqrt(sw2[b]) / total;
            }
            return out;
        }
    }

    private static Sample generate(HardProcess p, int points, int events, boolean weighted) {
        Collider c = new Collider(13000, PDF, ScaleChoice.parse("173"), MODEL.sm(), NO_CUTS);
        EventGenerator.Integrated integrated =
                new EventGenerator(p, c, new GeneratorSettings(17, 2, 3, 2, points, 50, 500), 1)
                        .integrate(ProgressListener.NONE);
        double[] w = new double[events];
        DileptonSpinObservables[] o = new DileptonSpinObservables[events];
        int[] n = {0};
        integrated.generate(
                events,
                weighted,
                e -> {
                    w[n[0]] = e.weight();
                    o[n[0]++] = weighted ? fromChain(e) : DileptonSpinObservables.of(e);
                },
                ProgressListener.NONE);
        assertEquals(events, n[0]);
        return new Sample(w, o);
    }

    /** The observables of a chain record: t and t̄ at status 2, e⁺ and e⁻ in the final state. */
    private static DileptonSpinObservables fromChain(Event e) {
        FourMomentum[] m = new FourMomentum[4];
        for (Particle q : e.particles()) {
            int slot =
                    switch (q.status() == 2 ? q.pdgId() : q.status() == 1 ? 100 * q.pdgId() : 0) {
                        case 6 -> 0;
                        case -6 -> 1;
                        case -1100 -> 2;
                        case 1100 -> 3;
                        default -> -1;
                    };
            if (slot >= 0) {
                m[slot] = q.momentum();
            }
        }
        for (FourMomentum p : m) {
            assertTrue(p != null, "event " + e.number() + ": t, t~, e+, e- expected");
        }
        return DileptonSpinObservables.of(m[0], m[1], m[2], m[3]);
    }

    @BeforeAll
    static void run() {
        Requirements.validationProfile();
        int events = Integer.getInteger("quarry.ttdecay.events", 20_000);
        long t0 = System.nanoTime();
        chain =
                generate(
                        new TreeLevelProcess(
                                "g g > t t~, (t > b e+ ve), (t~ > b~ e- ve~)",
                                MODEL,
                                NO_CUTS,
                                false),
                        4000,
                        events,
                        true);
        long t1 = System.nanoTime();
        handWritten =
                generate(
                        ProcessCatalog.create(
                                        "ttbar",
                                        Map.of(
                                                "decay", (double) TopPairProcess.DILEPTON,
                                                "initial", (double) TopPairProcess.GLUONS_ONLY))
                                .process(),
                        10_000,
                        events,
                        false);
        System.out.printf(
                Locale.ROOT,
                "decay angles: %d chain events (weighted) %.0f s, %d ttbar events %.0f s%n",
                events,
                (t1 - t0) / 1e9,
                events,
                (System.nanoTime() - t1) / 1e9);
    }

    @Test
    void spinCorrelationsAgree() {
        Map<String, Function<DileptonSpinObservables, Double>> observables =
                Map.of(
                        "<cos phi>", DileptonSpinObservables::cosPhi,
                        "<c1 c2>", DileptonSpinObservables::c1c2);
        observables.forEach(
                (name, f) -> {
                    double[] a = chain.mean(f);
                    double[] b = handWritten.mean(f);
                    System.out.printf(
                            Locale.ROOT,
                            "%s: chain %.4f +- %.4f, ttbar %.4f +- %.4f%n",
                            name,
                            a[0],
                            a[1],
                            b[0],
                            b[1]);
                    assertEquals(b[0], a[0], 4 * Math.hypot(a[1], b[1]) + 0.01, name);
                });
    }

    @Test
    void leptonPolarAnglesInTheTopRestFramesAgree() {
        Map<String, Function<DileptonSpinObservables, Double>> observables =
                Map.of(
                        "c1 (l+ in t frame)", DileptonSpinObservables::c1,
                        "c2 (l- in tbar frame)", DileptonSpinObservables::c2);
        observables.forEach(
                (name, f) -> {
                    double[][] a = chain.histogram(f);
                    double[][] b = handWritten.histogram(f);
                    double chi2 = 0;
                    StringBuilder s = new StringBuilder(name + ":");
                    for (int k = 0; k < BINS; k++) {
                        double d = a[0][k] - b[0][k];
                        chi2 += d * d / (a[1][k] * a[1][k] + b[1][k] * b[1][k]);
                        s.append(String.format(Locale.ROOT, " %.4f/%.4f", a[0][k], b[0][k]));
                    }
                    s.append(String.format(Locale.ROOT, " (chain/ttbar), chi2 %.1f", chi2));
                    System.out.println(s);
                    assertTrue(chi2 < 27.9, s.toString());
                });
    }
}
