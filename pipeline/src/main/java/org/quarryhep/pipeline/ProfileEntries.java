package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.analysis.ProfileDefinition;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;

/**
 * The 2-D profiles' entries of {@code results.json} ({@code profiles.*.result}): each profile
 * summed over its samples' events (Σw·v and Σw added, then divided), with the empty cells null, and
 * a {@code map2d} report figure with the line y = c·x of a common cut.
 */
final class ProfileEntries {
    private ProfileEntries() {}

    /**
     * Adds every profile output to the document (its key and a figure); a profile whose histogram
     * stage did not run (a failed or {@code --only} run) is left out.
     *
     * @param doc the results document, with its {@code statistics} and {@code figures}
     * @param a the analysis
     * @param outcomes the samples, with their histogram stages' profiles
     */
    @SuppressWarnings("unchecked")
    static void add(Map<String, Object> doc, AnalysisFile a, List<SampleOutcome> outcomes) {
        for (ProfileOutput po : a.profileOutputs()) {
            double[] xe = null;
            double[] ye = null;
            double[][] w = null;
            double[][] wv = null;
            long[][] n = null;
            for (SampleOutcome o : outcomes) {
                if (!po.samples().contains(o.sample.group())) {
                    continue;
                }
                for (Map<String, Object> p : o.profiles) {
                    if (!p.get("name").equals(po.profile())) {
                        continue;
                    }
                    if (xe == null) {
                        xe = Pipeline.doubles(p.get("x_edges"));
                        ye = Pipeline.doubles(p.get("y_edges"));
                        w = new double[xe.length - 1][ye.length - 1];
                        wv = new double[xe.length - 1][ye.length - 1];
                        n = new long[xe.length - 1][ye.length - 1];
                    }
                    List<Object> sw = (List<Object>) p.get("sum_w");
                    List<Object> swv = (List<Object>) p.get("sum_wv");
                    List<Object> ne = (List<Object>) p.get("entries");
                    for (int ix = 0; ix < w.length; ix++) {
                        double[] rw = Pipeline.doubles(sw.get(ix));
                        double[] rwv = Pipeline.doubles(swv.get(ix));
                        double[] rn = Pipeline.doubles(ne.get(ix));
                        for (int iy = 0; iy < rw.length; iy++) {
                            w[ix][iy] += rw[iy];
                            wv[ix][iy] += rwv[iy];
                            n[ix][iy] += (long) rn[iy];
                        }
                    }
                }
            }
            if (xe == null) {
                continue;
            }
            List<List<Double>> means = new ArrayList<>();
            List<List<Double>> z = new ArrayList<>();
            for (int ix = 0; ix < w.length; ix++) {
                List<Double> row = new ArrayList<>();
                for (int iy = 0; iy < w[ix].length; iy++) {
                    row.add(n[ix][iy] == 0 || w[ix][iy] == 0 ? null : wv[ix][iy] / w[ix][iy]);
                }
                means.add(row);
            }
            for (int iy = 0; iy < ye.length - 1; iy++) {
                List<Double> row = new ArrayList<>();
                for (List<Double> col : means) {
                    row.add(col.get(iy));
                }
                z.add(row);
            }
            ProfileDefinition def =
                    a.events().profiles().stream()
                            .filter(p -> p.name().equals(po.profile()))
                            .findFirst()
                            .orElseThrow();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("mean_of", def.mean());
            entry.put("x_variable", def.x());
            entry.put("y_variable", def.y());
            entry.put("samples", po.samples());
            entry.put("x_edges", xe);
            entry.put("y_edges", ye);
            entry.put("means", means);
            List<long[]> entries = new ArrayList<>(Arrays.asList(n));
            entry.put("entries", entries);
            Optional<Double> slope =
                    po.lineFromCommon()
                            .flatMap(
                                    g ->
                                            commonCut(
                                                    a,
                                                    (Map<String, Object>) doc.get("statistics"),
                                                    g));
            slope.ifPresent(c -> entry.put("line_slope", c));
            ((Map<String, Object>) doc.computeIfAbsent(po.key(), k -> new LinkedHashMap<>()))
                    .put(po.entry(), entry);
            ((List<Object>) doc.get("figures")).add(figure(po, def, xe, ye, z, slope));
        }
    }

    /** The common cut of a {@code scan.common} group, from its first entry's first point. */
    @SuppressWarnings("unchecked")
    private static Optional<Double> commonCut(
            AnalysisFile a, Map<String, Object> statistics, String group) {
        for (StatisticsDefinition d : a.statistics()) {
            if (d instanceof AsimovLimit al
                    && al.scan().isPresent()
                    && al.scan().get().common().equals(group)
                    && statistics.get(d.name()) instanceof Map<?, ?> r) {
                for (Map<String, Object> p : (List<Map<String, Object>>) r.get("points")) {
                    if (p.get("common_cut") instanceof Number c) {
                        return Optional.of(c.doubleValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Object> figure(
            ProfileOutput po,
            ProfileDefinition def,
            double[] xe,
            double[] ye,
            List<List<Double>> z,
            Optional<Double> slope) {
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("type", "map2d");
        fig.put("id", ResultsDocument.id(po.key() + "-" + po.entry()));
        fig.put(
                "title",
                ResultsDocument.plain(po.key()) + ", " + ResultsDocument.plain(po.entry()));
        fig.put(
                "caption",
                "Mean of "
                        + def.mean()
                        + " in ("
                        + def.x()
                        + ", "
                        + def.y()
                        + ") cells over the events of "
                        + String.join(", ", po.samples())
                        + "; blank cells have no event."
                        + slope.map(c -> " The line: " + def.y() + " = " + c + " " + def.x() + ".")
                                .orElse(""));
        fig.put("x_axis", Map.of("label", ResultsDocument.plain(def.x())));
        fig.put("y_axis", Map.of("label", ResultsDocument.plain(def.y())));
        fig.put("z_axis", Map.of("label", "mean " + ResultsDocument.plain(def.mean())));
        fig.put("x_edges", xe);
        fig.put("y_edges", ye);
        fig.put("z", z);
        if (slope.isPresent()) {
            double c = slope.get();
            double x0 = xe[0];
            double x1 = Math.min(xe[xe.length - 1], ye[ye.length - 1] / c);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", def.y() + " = " + c + " " + def.x());
            line.put("x", List.of(x0, x1));
            line.put("y", List.of(c * x0, c * x1));
            fig.put("lines", List.of(line));
        }
        return fig;
    }
}
