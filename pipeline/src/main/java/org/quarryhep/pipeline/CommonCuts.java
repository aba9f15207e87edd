package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;

/**
 * The common cut of the one-cut scans in a {@code scan.common} group (see {@link
 * StatisticsStage#commonCuts}).
 */
final class CommonCuts {
    private CommonCuts() {}

    @SuppressWarnings("unchecked")
    static void apply(List<StatisticsDefinition> defs, Map<String, Object> results) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (StatisticsDefinition d : defs) {
            Optional<CutScan> scan =
                    d instanceof AsimovLimit a
                            ? a.scan()
                            : d instanceof CountingLimit c ? c.scan() : Optional.empty();
            if (scan.isEmpty() || scan.get().common().isEmpty() || !results.containsKey(d.name())) {
                continue;
            }
            groups.computeIfAbsent(scan.get().common(), k -> new ArrayList<>())
                    .addAll(
                            (List<Map<String, Object>>)
                                    ((Map<String, Object>) results.get(d.name())).get("points"));
        }
        for (List<Map<String, Object>> points : groups.values()) {
            Map<Double, Double> score = new java.util.TreeMap<>();
            Map<Double, Integer> seen = new java.util.HashMap<>();
            for (Map<String, Object> p : points) {
                double best = (Double) p.get("mu_limit");
                for (Map<String, Object> sp : (List<Map<String, Object>>) p.get("scan_points")) {
                    double cut = (Double) sp.get("cut");
                    score.merge(cut, (Double) sp.get("mu_limit") / best, Double::sum);
                    seen.merge(cut, 1, Integer::sum);
                }
            }
            double chosen = Double.NaN;
            double least = Double.POSITIVE_INFINITY;
            for (Map.Entry<Double, Double> e : score.entrySet()) {
                if (seen.get(e.getKey()) == points.size() && e.getValue() < least) {
                    least = e.getValue();
                    chosen = e.getKey();
                }
            }
            if (Double.isNaN(chosen)) {
                continue;
            }
            for (Map<String, Object> p : points) {
                for (Map<String, Object> sp : (List<Map<String, Object>>) p.get("scan_points")) {
                    if ((Double) sp.get("cut") == chosen) {
                        double mu = (Double) sp.get("mu_limit");
                        double pb =
                                mu
                                        * (Double) p.get("signal_cross_section_pb")
                                        / (Double) p.get("signal_branching_ratio");
                        p.put("common_cut", chosen);
                        p.put("common_cut_mu_limit", mu);
                        p.put("common_cut_cross_section_limit_pb", pb);
                        p.put("common_cut_cross_section_limit_fb", pb * 1000);
                    }
                }
            }
        }
    }
}
