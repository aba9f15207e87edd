package org.quarryhep.analyses.diphunting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.gen.process.TopPairResonanceWeights.Theta;

/**
 * The other CP hypothesis tested on Asimov data of the configured one, with the exact ratio of the
 * full decayed record and with that of the production kinematics alone: how much the decays (the
 * spin correlation) add to telling a scalar from a pseudoscalar. No network is involved; this is
 * the information each set of observables holds.
 *
 * <p>On the held-out events, with λ_i(θ) = L w_i r_i(θ) and Asimov counts k_i = λ_i(θ₀), t(θ) = −2
 * Σ k_i ln λ_i(θ) + 2 Σ λ_i(θ); q = min over θ of the other CP of t(θ) − t(θ₀) is the median
 * expected −2 ln λ for excluding the other CP with its (m_S, κ) profiled (Cowan, Cranmer, Gross,
 * Vitells, EPJC 71 (2011) 1554). Every term is ∝ L, so q is computed at 1 pb⁻¹ and scaled. The
 * minimum is searched on the scan grid, then on a 21 × 21 grid of ± one scan step around the best
 * node (the other CP's best point lies off θ₀: its line shape and interference differ).
 */
final class CpSeparation {
    private static final int REFINE = 21;

    private CpSeparation() {}

    /**
     * q at every injected point with κ > 0 and every luminosity.
     *
     * @param pool the decayed pool
     * @param cfg the configuration (its CP is the injected one)
     * @return one entry per injected point and luminosity
     */
    static List<Map<String, Object>> run(PartonPool pool, DipConfig cfg) {
        int[] test = Closure.testEvents(pool);
        List<Map<String, Object>> out = new ArrayList<>();
        for (DipConfig.Point p : cfg.injected()) {
            if (p.kappa() == 0) {
                continue;
            }
            Theta truth = new Theta(p.mS(), p.kappa(), cfg.cpOdd(), Double.NaN);
            double[][] best = new double[2][];
            for (int v = 0; v < 2; v++) {
                best[v] = minimum(pool, test, cfg, truth, v == 0);
            }
            for (double lumi : cfg.luminositiesIfb()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("injected", p.toMap());
                e.put("injected_cp", cfg.cpOdd() ? "odd" : "even");
                e.put("tested_cp", cfg.cpOdd() ? "even" : "odd");
                e.put("luminosity_fb", lumi);
                e.put("q_full_record", best[0][0] * lumi * 1000);
                e.put("q_production", best[1][0] * lumi * 1000);
                e.put("best_fit_full_record", Map.of("m_s", best[0][1], "kappa", best[0][2]));
                e.put("best_fit_production", Map.of("m_s", best[1][1], "kappa", best[1][2]));
                out.add(e);
            }
        }
        return out;
    }

    /** {q at 1 pb⁻¹, m_S, κ} of the other CP's best point. */
    private static double[] minimum(
            PartonPool pool, int[] test, DipConfig cfg, Theta truth, boolean fullRecord) {
        double[] asimov = counts(pool, test, pool.lnDensityRatio(truth, fullRecord));
        double t0 = t(pool, test, asimov, pool.lnDensityRatio(truth, fullRecord));
        boolean other = !cfg.cpOdd();
        double[] best = {Double.POSITIVE_INFINITY, 0, 0};
        DipConfig.Grid g = cfg.scan();
        for (double m : g.masses()) {
            for (double k : g.couplings()) {
                consider(pool, test, asimov, t0, m, k, other, fullRecord, best);
            }
        }
        double dm = (g.massTo() - g.massFrom()) / (g.massPoints() - 1);
        double dk = (g.kappaTo() - g.kappaFrom()) / (g.kappaPoints() - 1);
        double m0 = best[1];
        double k0 = best[2];
        for (int a = 0; a < REFINE; a++) {
            for (int b = 0; b < REFINE; b++) {
                double m = m0 + dm * (2.0 * a / (REFINE - 1) - 1);
                double k = k0 + dk * (2.0 * b / (REFINE - 1) - 1);
                if (m > 0 && k >= 0) {
                    consider(pool, test, asimov, t0, m, k, other, fullRecord, best);
                }
            }
        }
        return best;
    }

    private static void consider(
            PartonPool pool,
            int[] test,
            double[] asimov,
            double t0,
            double m,
            double k,
            boolean cpOdd,
            boolean fullRecord,
            double[] best) {
        double[] ln =
                k == 0
                        ? new double[pool.size()]
                        : pool.lnDensityRatio(new Theta(m, k, cpOdd, Double.NaN), fullRecord);
        double q = t(pool, test, asimov, ln) - t0;
        if (q < best[0]) {
            best[0] = q;
            best[1] = m;
            best[2] = k;
        }
    }

    /** Asimov counts at 1 pb⁻¹: w_i r_i. */
    private static double[] counts(PartonPool pool, int[] test, double[] ln) {
        double[] k = new double[test.length];
        for (int j = 0; j < test.length; j++) {
            k[j] = pool.smWeight(test[j]) * Math.exp(ln[test[j]]);
        }
        return k;
    }

    /** −2 Σ k ln λ + 2 Σ λ at 1 pb⁻¹. */
    private static double t(PartonPool pool, int[] test, double[] counts, double[] ln) {
        double t = 0;
        for (int j = 0; j < test.length; j++) {
            int i = test[j];
            double lambda = pool.smWeight(i) * Math.exp(ln[i]);
            t += -2 * counts[j] * Math.log(lambda) + 2 * lambda;
        }
        return t;
    }
}
