package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.ml.nn.TrainingResult;

/**
 * What the dilepton spin inputs buy ({@code spin_comparison: true}): the same decayed pool, the
 * same exact ratio, training points, seeds, data sets and toys, with networks that see the
 * production observables (m_tt̄, |cos θ*|, y_tt̄) only. The run's own keys are the spin networks'
 * ({@code observables: spin}); this entry puts the two side by side: closure against the exact
 * ratio of the full decayed record, the scans' 95 % areas (single data set and Asimov, two-step and
 * per-θ fits), and the coverage toys (fractions and the Asimov areas on the toys' fine grid).
 */
final class SpinComparison {
    private SpinComparison() {}

    /**
     * Trains the production-input networks and compares.
     *
     * @param pool the decayed pool
     * @param cfg the configuration (observables: spin)
     * @param thetas the training points
     * @param extra the extra points every fit evaluates (as for the main scans)
     * @param streams the study's streams (the same children as the main run's)
     * @param withSpin the main run's closure, scans and coverage entries
     * @param outputDir where the scan maps go ({@code scans/production-inputs-scan-N.csv})
     * @return the {@code spin_comparison} entry
     * @throws IOException when a map cannot be written
     */
    static Map<String, Object> run(
            PartonPool pool,
            DipConfig cfg,
            List<DipConfig.Point> thetas,
            List<DipConfig.Point> extra,
            RandomStreams streams,
            Entries withSpin,
            Path outputDir)
            throws IOException {
        Map<RatioNetworks.Kind, TrainingResult> trained = new LinkedHashMap<>();
        for (RatioNetworks.Kind kind : RatioNetworks.Kind.values()) {
            trained.put(
                    kind,
                    RatioNetworks.train(
                            pool,
                            FeatureSet.PRODUCTION,
                            kind,
                            thetas,
                            cfg.network(),
                            streams.child("train"),
                            e -> {}));
        }
        try {
            LearnedRatio ratio = RatioNetworks.ratio(trained, pool, cfg.calibration());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("inputs_with_spin", FeatureSet.SPIN.names());
            m.put("inputs_without_spin", FeatureSet.PRODUCTION.names());
            List<Object> closure = new ArrayList<>();
            for (int c = 0; c < cfg.closure().size(); c++) {
                Map<String, Object> without =
                        Closure.at(pool, ratio, cfg.closure().get(c), cfg.mttResolution() == 0)
                                .entry();
                Map<String, Object> with = withSpin.closure().get(c);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("theta", without.get("theta"));
                e.put("rms_true_ln_r", without.get("rms_true_ln_r"));
                e.put(
                        "rms_spin_part_of_ln_r",
                        spinPart(pool, cfg.closure().get(c), Closure.testEvents(pool)));
                for (String k : List.of("rms_ln_r", "bias_ln_r", "rms_ln_r_uncalibrated")) {
                    e.put(k + "_with_spin", with.get(k));
                    e.put(k + "_without_spin", without.get(k));
                }
                closure.add(e);
            }
            m.put("closure", closure);
            CompatibilityScan scan =
                    new CompatibilityScan(
                            pool,
                            ratio,
                            cfg.scan(),
                            cfg.toys().grid(),
                            cfg.binned(),
                            extra,
                            (done, total) -> {});
            List<Object> scans = new ArrayList<>();
            int index = 0;
            for (DipConfig.Point p : cfg.injected()) {
                for (double lumi : cfg.luminositiesIfb()) {
                    Path csv =
                            outputDir
                                    .resolve("scans")
                                    .resolve("production-inputs-scan-" + index + ".csv");
                    Map<String, Object> without =
                            scan.scan(p, lumi, streams.child("scan").stream(index), csv);
                    Map<String, Object> with = withSpin.scans().get(index);
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("injected", p.toMap());
                    e.put("luminosity_fb", lumi);
                    for (String k :
                            List.of(
                                    "asimov_area_95_nn",
                                    "area_95_nn",
                                    "contains_injected_95",
                                    "asimov_area_95_nn_per_theta")) {
                        e.put(k + "_with_spin", with.get(k));
                        e.put(k + "_without_spin", without.get(k));
                    }
                    e.put("asimov_area_95_exact_ratio", without.get("asimov_area_95_exact_ratio"));
                    e.put("asimov_area_95_binned", without.get("asimov_area_95_binned"));
                    scans.add(e);
                    index++;
                }
            }
            m.put("scans", scans);
            Map<String, Object> without =
                    scan.coverage(cfg.toys(), streams.child("toys"), (done, total) -> {});
            Map<String, Object> coverage = new LinkedHashMap<>();
            for (String k :
                    List.of(
                            "frac_68",
                            "frac_95",
                            "frac_68_nn_per_theta",
                            "frac_95_nn_per_theta",
                            "asimov_area_95_toy_grid")) {
                coverage.put(k + "_with_spin", withSpin.coverage().get(k));
                coverage.put(k + "_without_spin", without.get(k));
            }
            m.put("coverage", coverage);
            // The other CP on this CP's Asimov data, exact ratios with and without the decays.
            m.put("cp_separation", CpSeparation.run(pool, cfg));
            return m;
        } finally {
            for (TrainingResult r : trained.values()) {
                r.model().close();
            }
        }
    }

    /**
     * The SM-weighted RMS over the held-out events of ln r(full record) − ln r(production): the
     * part of the exact ratio no function of the production observables can learn, the floor of the
     * closure RMS without the spin inputs (the production ratio is the SM conditional mean of the
     * full one, and both have the same normalisation σ_θ/σ_SM, which cancels).
     */
    private static double spinPart(PartonPool pool, DipConfig.Point p, int[] test) {
        double[] full = pool.trueLnDensityRatio(p.mS(), p.kappa());
        double[] production = pool.productionLnDensityRatio(p.mS(), p.kappa());
        double sw = 0;
        double s2 = 0;
        for (int i : test) {
            double d = full[i] - production[i];
            sw += pool.smWeight(i);
            s2 += pool.smWeight(i) * d * d;
        }
        return Math.sqrt(s2 / sw);
    }

    /**
     * The spin networks' entries of the same run.
     *
     * @param closure the closure entries, in the order of the configuration's points
     * @param scans the scan entries, injected point by luminosity
     * @param coverage the coverage entry
     */
    record Entries(
            List<Map<String, Object>> closure,
            List<Map<String, Object>> scans,
            Map<String, Object> coverage) {}
}
