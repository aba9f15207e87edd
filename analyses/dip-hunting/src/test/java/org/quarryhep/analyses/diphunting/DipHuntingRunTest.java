package org.quarryhep.analyses.diphunting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reduced dip-hunting analysis run end to end through the pipeline (what {@code quarry run}
 * does), then the reweighted pool checked against the generator's own integrations of samples it
 * was not built from.
 */
class DipHuntingRunTest {
    @TempDir static Path dir;

    private static ReducedRun run;

    private static final String ANALYSIS =
            """
            version: 1
            name: dip-test
            seed: 5
            collider: {sqrt_s: 13000, luminosity_ifb: 140}
            samples:
              - {name: qcd-qq, role: background, process: ttbar,
                 params: {decay: 2, initial: 2}, events: 1500}
              - {name: qcd-gg, role: background, process: gg-tt-s,
                 params: {MS: 800, kappa: 1, cp: 0, component: 0, decay: 2}, events: 3000}
              - {name: signal-gg, role: signal, process: gg-tt-s,
                 params: {kappa: 1, cp: 0, component: 1, decay: 2},
                 grid: {MS: [600, 1000]}, events: 1500}
            chain: {detector: cms}
            objects:
              muons: {from: muons, ptMin: 25, absEtaMax: 2.4}
            selection:
              cuts:
                - {name: one muon, require: "n(muons) == 1"}
            extensions:
              dip-hunting:
                gg_samples: [qcd-gg, signal-gg]
                qq_sample: qcd-qq
                train: {m_s: [600, 1000], kappa: [0.5, 1.5]}
                closure: [{m_s: 800, kappa: 1.0}]
                network: {layers: [16], epochs: 2, batch_size: 512, learning_rate: 0.001}
                scan: {m_s: {from: 600, to: 1000, points: 3}, kappa: {from: 0, to: 1.5, points: 4}}
                injected: [{m_s: 800, kappa: 1.0}]
                luminosity_ifb: [0.001]
                toys: {count: 20, luminosity_ifb: 0.001, injected: {m_s: 800, kappa: 1.0}}
                binned: {bins: 10, low: 350, high: 1550}
                width_scan:
                  kappa: 1.0
                  scan: {m_s: {from: 700, to: 900, points: 3}, width: {from: 10, to: 50, points: 3}}
                  injected: [{m_s: 800, width: 30}]
                  luminosity_ifb: [0.001]
                  train: {m_s: [700, 900], width: [10, 50]}
                  closure: [{m_s: 800, width: 30}]
            """;

    @BeforeAll
    static void runTheAnalysis() throws Exception {
        run = ReducedRun.of(dir, ANALYSIS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRunWritesTheIssuesKeys() {
        Map<String, Object> doc = run.result().results();
        assertEquals("ok", doc.get("status"));
        Map<String, Object> closure = ((List<Map<String, Object>>) doc.get("closure")).get(0);
        for (String k : List.of("theta", "rms_ln_r", "bias_ln_r", "n_events")) {
            assertTrue(closure.containsKey(k), k);
        }
        Map<String, Object> coverage = (Map<String, Object>) doc.get("coverage");
        for (String k :
                List.of(
                        "n_toys",
                        "frac_68",
                        "frac_95",
                        "frac_68_nn_per_theta",
                        "frac_68_nn_fixed_summary",
                        "frac_68_exact_ratio",
                        "frac_68_nn_per_mass",
                        "frac_95_raster_nn_per_mass",
                        "frac_95_raster_binned",
                        "frac_95_raster_exact_ratio",
                        "asimov_raster_area_95_toy_grid",
                        "nn_summary_points")) {
            assertTrue(coverage.containsKey(k), k);
        }
        // The toys' Standard-Model expectation ν_SM = L Σ w_SM over the held-out events against
        // L (σ_qq̄ + σ_gg), the generator's own VEGAS integrals of the two SM samples (their errors
        // are well below the pool's). Tolerance: 4 standard errors of the held-out sum.
        double lumiPb = 0.001 * 1000;
        double nuSm = ((Number) coverage.get("nu_sm")).doubleValue();
        double error = ((Number) coverage.get("nu_sm_error")).doubleValue();
        assertEquals(
                lumiPb * (run.sigma("qcd-qq") + run.sigma("qcd-gg")), nuSm, 4 * error, "nu_SM");
        assertTrue(error < 0.05 * nuSm, "the estimate is informative: " + error);
        Map<String, Object> scan = ((List<Map<String, Object>>) doc.get("scans")).get(0);
        for (String k :
                List.of(
                        "injected",
                        "luminosity_fb",
                        "best_fit",
                        "contains_injected_68",
                        "contains_injected_95",
                        "area_95_nn",
                        "area_95_binned",
                        "area_95_nn_per_theta",
                        "asimov_area_95_nn_per_theta",
                        "area_95_nn_per_mass",
                        "asimov_area_95_nn_per_mass",
                        "raster_area_95_nn_per_mass",
                        "asimov_raster_area_95_binned",
                        "asimov_kappa_limit_95_nn_per_mass")) {
            assertTrue(scan.containsKey(k), k);
        }
        // The per-mass fit's summary points: one per m_S column of the scan grid (600, 800, 1000),
        // each at a node with kappa > 0 (the first fit's rule, as for the two-step fit).
        Map<String, Object> perMass =
                (Map<String, Object>) scan.get("asimov_nn_per_mass_summary_kappa");
        assertEquals(List.of("600.0", "800.0", "1000.0"), List.copyOf(perMass.keySet()));
        for (Object k : perMass.values()) {
            assertTrue(List.of(0.5, 1.0, 1.5).contains(((Number) k).doubleValue()), "" + k);
        }
        // Asimov data are the expectation at theta0, so the exact model's likelihood is largest
        // there (Gibbs' inequality): in theta0's column the raster Delta t is 0 and the 95 % upper
        // end of kappa is at least theta0's 1.0.
        Map<String, Object> limit =
                (Map<String, Object>) scan.get("asimov_kappa_limit_95_exact_ratio");
        assertTrue(((Number) limit.get("800.0")).doubleValue() >= 1.0, "limits " + limit);
        // The two-step fit's summary point comes from the first fit over the scan grid's nodes
        // with kappa > 0 (scan: kappa 0, 0.5, 1, 1.5 above), never the kappa = 0 end.
        Map<String, Object> tilde = (Map<String, Object>) scan.get("nn_summary_at");
        double kappaTilde = ((Number) tilde.get("kappa")).doubleValue();
        assertTrue(List.of(0.5, 1.0, 1.5).contains(kappaTilde), "summary point " + tilde);
        assertTrue(doc.containsKey("distributions"));
        Map<String, Object> width = ((List<Map<String, Object>>) doc.get("width_scans")).get(0);
        for (String k :
                List.of(
                        "area_95_exact_ratio_gev2",
                        "area_95_binned_gev2",
                        "figure",
                        "area_95_nn_gev2",
                        "asimov_area_95_nn_gev2",
                        "area_95_nn_per_theta_gev2",
                        "nn_summary_at",
                        "figure_nn")) {
            assertTrue(width.containsKey(k), k);
        }
        // The (m_S, Gamma_S) network's closure at the held-out (800, 30 GeV). Its calibrated ln r
        // is the training events' E_SM[r | summary bin], a projection that contains the constant
        // r = 1, so its residual variance is at most Var(r) (law of total variance) plus each
        // bin's statistical noise, <= Var(r)/100 with >= 100 effective events per bin, and the
        // linear interpolation between bin means; 5 % in the RMS covers both. A network that
        // learnt nothing would sit at the bound, one that learnt the wrong shape above it. The
        // bias is the difference of two normalisations (learned: E_SM[r] = 1 on the training
        // events; exact: on all events), a statistical one of ~ RMS/sqrt(n_eff) with n_eff the
        // held-out events' Kish size (~ 10^3 here: 0.03 RMS); 0.2 RMS is ~ 6 of those.
        Map<String, Object> wn = (Map<String, Object>) doc.get("width_network");
        Map<String, Object> wc = ((List<Map<String, Object>>) wn.get("closure")).get(0);
        double rmsTrue = ((Number) wc.get("rms_true_ln_r")).doubleValue();
        double rms = ((Number) wc.get("rms_ln_r")).doubleValue();
        assertTrue(rmsTrue > 0, "the exact ratio varies: " + rmsTrue);
        assertTrue(rms <= 1.05 * rmsTrue, "closure RMS " + rms + " against " + rmsTrue);
        assertTrue(
                Math.abs(((Number) wc.get("bias_ln_r")).doubleValue()) < 0.2 * rmsTrue,
                "closure bias " + wc.get("bias_ln_r"));
        assertTrue(doc.containsKey("provenance"));
        for (String f :
                List.of(
                        "scans/scan-0.csv",
                        "scans/scan-0.png",
                        "figures/closure.png",
                        "figures/coverage.md",
                        DipHuntingExtension.WORKSPACE)) {
            assertTrue(Files.isRegularFile(dir.resolve("out/dip-hunting").resolve(f)), f);
        }
    }

    /** A pool of the QCD and the m_S = 1000 signal samples (not the 600 one) and the q q̄. */
    private static PartonPool pool() {
        return run.pool(ReducedRun.collider(2), false);
    }

    /** Σ over both halves / 2 (each half estimates σ) and its standard error. */
    private static double[] estimate(double[] w) {
        double s = 0;
        double s2 = 0;
        for (double v : w) {
            s += v;
            s2 += v * v;
        }
        return new double[] {s / 2, Math.sqrt(s2) / 2};
    }

    @Test
    void reweightingReproducesTheGeneratorsSignalCrossSectionAtAnotherMass() {
        PartonPool pool = pool();
        double[] est = estimate(pool.bsm(600, 1).signal());
        // Reference: the generator's VEGAS integral of the m_S = 600 signal sample, which is not
        // in this pool (its error is well below the pool's). Tolerance: 4 standard errors of the
        // reweighted estimate.
        double expected = run.sigma("signal-gg[MS=600]");
        assertEquals(expected, est[0], 4 * est[1], "sigma_S(600) reweighted " + est[0]);
        assertTrue(est[1] < 0.1 * expected, "the estimate is informative: " + est[1]);
    }

    @Test
    void atFixedWidthTheSharesScaleAsKappaToTheFourthAndSquared() {
        // At a fixed Γ_S the amplitude is κ² × (the κ = 1 amplitude), so |M_S|² ∝ κ⁴ and the
        // interference ∝ κ² (analyses.md §5): the premise of the binned workspace's κ⁴/κ²
        // normfactors. Checked per event at κ = 2 against κ = 1, Γ_S = 30 GeV, m_S = 750 GeV
        // (the generator's matrix elements; tolerance: double rounding).
        PartonPool pool = pool();
        PartonPool.Bsm one = pool.shares(750, 1, 30);
        PartonPool.Bsm two = pool.shares(750, 2, 30);
        for (int i = 0; i < pool.size(); i++) {
            assertEquals(16 * one.signal()[i], two.signal()[i], 1e-12 * two.signal()[i]);
            assertEquals(
                    4 * one.interference()[i],
                    two.interference()[i],
                    1e-12 * Math.abs(two.interference()[i]));
        }
    }

    @Test
    void theQuarkShareOfTheExactRatioIntegratesToTheQuarkCrossSection() {
        // ∫ dσ_gg ρ = ∫ dσ_qq̄: the g g events weighted by ρ (built from PDFs and matrix elements
        // at each event's x) must give the generator's q q̄ σ, an independent VEGAS integral.
        PartonPool pool = pool();
        double[] w = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            w[i] = pool.isGluonEvent(i) ? pool.smWeight(i) * pool.rho(i) : 0;
        }
        double[] est = estimate(w);
        assertEquals(run.sigma("qcd-qq"), est[0], 4 * est[1], "sigma_qq from rho " + est[0]);
    }
}
