package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report entries of the trained models in {@code results.json}: the mass-regression rows, table
 * and figures, and the SHAP rankings and figures.
 */
final class ModelReportEntries {
    private ModelReportEntries() {}

    /** The per-mass rows of every mass-regression model, in model order. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> regressionRows(Map<String, Object> models) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object m : models.values()) {
            Object rows = ((Map<String, Object>) m).get("regression");
            if (rows instanceof List<?> l) {
                l.forEach(r -> out.add((Map<String, Object>) r));
            }
        }
        return out;
    }

    /**
     * The regression table of the report (Tables IV/V): per category and true mass, μ, σ_SD, |μ −
     * m| and the pull of the regressed mass and of M_col.
     */
    static Map<String, Object> regressionTable(List<Map<String, Object>> regression) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : regression) {
            String id =
                    r.get("category")
                            + ", "
                            + ResultsDocument.plain(String.valueOf(r.get("mass_gev")));
            for (String k :
                    List.of(
                            "dnn_mean_gev",
                            "dnn_sd_gev",
                            "dnn_error_gev",
                            "dnn_pull",
                            "mcol_mean_gev",
                            "mcol_sd_gev",
                            "mcol_error_gev",
                            "mcol_pull")) {
                ResultsDocument.addRow(
                        rows,
                        id + " GeV: " + ResultsDocument.plain(k),
                        r.get(k),
                        k.endsWith("_gev") ? "GeV" : null);
            }
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("type", "numbers");
        table.put("id", ResultsDocument.id("results-regression"));
        table.put("title", "Mass regression per test mass (regressed mass and M_col)");
        table.put("rows", rows);
        return table;
    }

    /**
     * Per regression category and estimator (the regressed mass, M_col): the response μ/m and the
     * relative resolution σ_SD/m per true mass, one bin around each mass (edges halfway between
     * neighbouring masses).
     */
    static List<Map<String, Object>> regressionFigures(List<Map<String, Object>> regression) {
        Map<String, List<Map<String, Object>>> byCategory = new LinkedHashMap<>();
        regression.forEach(
                r ->
                        byCategory
                                .computeIfAbsent(
                                        String.valueOf(r.get("category")), k -> new ArrayList<>())
                                .add(r));
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> c : byCategory.entrySet()) {
            List<Map<String, Object>> rows = c.getValue();
            double[] m =
                    rows.stream()
                            .mapToDouble(r -> ((Number) r.get("mass_gev")).doubleValue())
                            .toArray();
            double[] edges = new double[m.length + 1];
            for (int i = 1; i < m.length; i++) {
                edges[i] = (m[i - 1] + m[i]) / 2;
            }
            double half = m.length > 1 ? (m[1] - m[0]) / 2 : 25;
            double last = m.length > 1 ? (m[m.length - 1] - m[m.length - 2]) / 2 : 25;
            edges[0] = m[0] - half;
            edges[m.length] = m[m.length - 1] + last;
            for (String est : List.of("dnn", "mcol")) {
                List<Double> response = new ArrayList<>();
                List<Double> resolution = new ArrayList<>();
                for (int i = 0; i < m.length; i++) {
                    response.add(
                            ((Number) rows.get(i).get(est + "_mean_gev")).doubleValue() / m[i]);
                    resolution.add(
                            ((Number) rows.get(i).get(est + "_sd_gev")).doubleValue() / m[i]);
                }
                String name = est.equals("dnn") ? "regressed mass" : "M_{col}";
                Map<String, Object> fig = new LinkedHashMap<>();
                fig.put("type", "regression");
                fig.put("id", ResultsDocument.id("regression-" + c.getKey() + "-" + est));
                fig.put("title", "Mass regression " + c.getKey() + ": " + name);
                fig.put(
                        "caption",
                        "Response \\mu/m_{H} and relative resolution \\sigma_{SD}/m_{H} of the "
                                + name
                                + " per test mass (Tables IV/V).");
                fig.put("x_axis", Map.of("label", "m_{H} [GeV]"));
                fig.put("edges", edges);
                fig.put("response", Map.of("label", name, "values", response));
                fig.put("resolution", Map.of("label", name, "values", resolution));
                figures.add(fig);
            }
        }
        return figures;
    }

    /** Per explained model, its ranking by mean |SHAP| under its explain key. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> shapRankings(Map<String, Object> models) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Object m : models.values()) {
            Object shap = ((Map<String, Object>) m).get("shap");
            if (shap instanceof Map<?, ?> s) {
                out.put((String) s.get("key"), s.get("ranking"));
            }
        }
        return out;
    }

    /** The SHAP bar chart and beeswarm of every explained model. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> shapFigures(Map<String, Object> models) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, Object> m : models.entrySet()) {
            Object o = ((Map<String, Object>) m.getValue()).get("shap");
            if (!(o instanceof Map<?, ?>)) {
                continue;
            }
            Map<String, Object> shap = (Map<String, Object>) o;
            List<Map<String, Object>> ranking = (List<Map<String, Object>>) shap.get("ranking");
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Map<String, Object> r : ranking) {
                names.add(ResultsDocument.plain((String) r.get("feature")));
                values.add(r.get("mean_abs_shap"));
            }
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("type", "shap_bar");
            bar.put("id", ResultsDocument.id("shap-bar-" + m.getKey()));
            bar.put("title", "SHAP ranking, " + ResultsDocument.plain(m.getKey()));
            bar.put("x_axis", Map.of("label", "mean |SHAP|"));
            bar.put("features", names);
            bar.put("mean_abs_shap", values);
            figures.add(bar);
            List<Map<String, Object>> features = new ArrayList<>();
            for (Map<String, Object> b : (List<Map<String, Object>>) shap.get("beeswarm")) {
                Map<String, Object> f = new LinkedHashMap<>(b);
                f.put("name", ResultsDocument.plain((String) b.get("name")));
                features.add(f);
            }
            Map<String, Object> bee = new LinkedHashMap<>();
            bee.put("type", "shap_beeswarm");
            bee.put("id", ResultsDocument.id("shap-beeswarm-" + m.getKey()));
            bee.put("title", "SHAP values, " + ResultsDocument.plain(m.getKey()));
            bee.put("caption", shap.get("rows") + " training-table rows drawn at random.");
            bee.put("x_axis", Map.of("label", "SHAP value"));
            bee.put("features", features);
            figures.add(bee);
        }
        return figures;
    }
}
