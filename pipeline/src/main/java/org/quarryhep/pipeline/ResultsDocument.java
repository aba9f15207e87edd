package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryVersion;
import org.quarryhep.pipeline.SampleDefinition.FileSource;
import org.quarryhep.pipeline.SampleDefinition.Role;

/**
 * Assembles {@code results.json}: the report entries whose schema the {@code report} module defines
 * (schema_version 1.0.0: {@code analysis}, {@code provenance}, typed {@code tables}, {@code
 * figures}, {@code files}) and the pipeline's own keys ({@code pipeline_version}, {@code status},
 * {@code failure}, {@code samples}, {@code cutflows}, {@code histograms}, {@code statistics},
 * {@code stages}), documented in the module README.
 */
final class ResultsDocument {
    /** The report schema version the figure and table entries follow. */
    static final String REPORT_SCHEMA = "1.0.0";

    /** The document's own keys, which a results table ({@code statistics[].result}) cannot take. */
    static final java.util.Set<String> RESERVED =
            java.util.Set.of(
                    "schema_version",
                    "pipeline_version",
                    "status",
                    "failure",
                    "analysis",
                    "provenance",
                    "samples",
                    "cutflows",
                    "histograms",
                    "models",
                    "statistics",
                    "shap",
                    "regression",
                    "tables",
                    "figures",
                    "files",
                    "stages");

    /** At most this many signal samples are overlaid on a histogram figure. */
    private static final int MAX_OVERLAID = 4;

    private final AnalysisFile analysis;
    private final RunOptions options;
    private final List<StageRun> runs;

    ResultsDocument(AnalysisFile analysis, RunOptions options, List<StageRun> runs) {
        this.analysis = analysis;
        this.options = options;
        this.runs = runs;
    }

    Map<String, Object> build(
            List<Map<String, Object>> samples,
            Map<String, Object> cutflows,
            Map<String, Object> histograms,
            Map<String, Object> models,
            Map<String, Object> statistics,
            List<String> workspaces,
            StageFailedException failure)
            throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema_version", REPORT_SCHEMA);
        doc.put("pipeline_version", Pipeline.RESULTS_VERSION);
        doc.put("status", failure == null ? "ok" : "failed");
        if (failure != null) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("stage", failure.stage().id());
            f.put("item", failure.item());
            f.put("message", failure.getMessage());
            doc.put("failure", f);
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("name", analysis.name());
        a.put("title", analysis.title());
        if (!analysis.description().isEmpty()) {
            a.put("description", analysis.description());
        }
        a.put("sqrt_s_gev", analysis.collider().sqrtS());
        a.put("lumi_inv_fb", analysis.collider().luminosityInvFb());
        doc.put("analysis", a);
        doc.put("provenance", provenance());
        doc.put("samples", samples);
        doc.put("cutflows", cutflows);
        doc.put("histograms", histograms);
        doc.put("models", models);
        Map<String, Object> shap = shapRankings(models);
        if (!shap.isEmpty()) {
            doc.put("shap", shap);
        }
        List<Map<String, Object>> regression = regressionRows(models);
        if (!regression.isEmpty()) {
            doc.put("regression", regression);
        }
        doc.put("statistics", statistics);
        Map<String, Object> resultTables = resultTables(statistics);
        doc.putAll(resultTables);
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.addAll(resultNumberTables(resultTables));
        if (!regression.isEmpty()) {
            tables.add(regressionTable(regression));
        }
        tables.addAll(cutflowTables(cutflows));
        tables.addAll(statisticsTables(statistics));
        doc.put("tables", tables);
        List<Map<String, Object>> figures = new ArrayList<>();
        figures.addAll(resultCurveFigures(resultTables));
        figures.addAll(rocFigures(statistics));
        figures.addAll(shapFigures(models));
        figures.addAll(regressionFigures(regression));
        figures.addAll(histogramFigures(histograms));
        figures.addAll(limitFigures(statistics));
        doc.put("figures", figures);
        List<Map<String, Object>> files = new ArrayList<>();
        for (String w : workspaces) {
            files.add(
                    Map.of(
                            "path",
                            w,
                            "kind",
                            "pyhf_workspace",
                            "description",
                            "HistFactory workspace (pyhf JSON) of a histfactory statistics entry"));
        }
        for (Map.Entry<String, Object> m : models.entrySet()) {
            if (!((Map<?, ?>) m.getValue()).containsKey("model_file")) {
                continue;
            }
            files.add(
                    Map.of(
                            "path",
                            ((Map<?, ?>) m.getValue()).get("model_file"),
                            "kind",
                            "model",
                            "description",
                            "trained model " + m.getKey() + " (quarry evaluate, export-onnx)"));
        }
        for (Map<String, Object> sample : samples) {
            Object featureTables = sample.get("feature_tables");
            if (featureTables instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> t : m.entrySet()) {
                    files.add(
                            Map.of(
                                    "path",
                                    t.getValue(),
                                    "kind",
                                    "csv",
                                    "description",
                                    "feature table "
                                            + t.getKey()
                                            + " of sample "
                                            + sample.get("name")));
                }
            }
        }
        doc.put("files", files);
        List<Map<String, Object>> stageList = new ArrayList<>();
        for (StageRun r : runs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", r.stage().id());
            m.put("item", r.item());
            m.put("key", r.key());
            m.put("cached", r.cached());
            m.put("seconds", r.seconds());
            stageList.add(m);
        }
        doc.put("stages", stageList);
        return doc;
    }

    private Map<String, Object> provenance() throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("command", "quarry run " + analysis.source());
        p.put("config_hash", analysis.configSha256());
        Map<String, Object> seeds = new LinkedHashMap<>();
        seeds.put("analysis", analysis.seed());
        for (SampleDefinition s : analysis.samples()) {
            seeds.put(s.name(), s.seed());
        }
        p.put("seeds", seeds);
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("quarry", QuarryVersion.get());
        versions.put("analysis_schema", Integer.toString(analysis.version()));
        versions.put("results", Integer.toString(Pipeline.RESULTS_VERSION));
        versions.put("java", System.getProperty("java.version"));
        versions.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        versions.put("arch", System.getProperty("os.arch"));
        p.put("versions", versions);
        List<Path> files = new ArrayList<>();
        files.add(analysis.source());
        for (SampleDefinition s : analysis.samples()) {
            if (s.source() instanceof FileSource f) {
                for (Path x : f.files()) {
                    if (!files.contains(x)) {
                        files.add(x);
                    }
                }
            }
        }
        if (analysis.chain().pileupEvents() != null) {
            files.add(analysis.chain().pileupEvents());
        }
        for (ModelDefinition m : analysis.models()) {
            if (m.isFile()) {
                files.add(m.file());
            }
        }
        Path card = Path.of(analysis.chain().detector());
        if (Files.isRegularFile(card)) {
            files.add(card);
        }
        List<Map<String, String>> inputs = new ArrayList<>();
        for (Path f : files) {
            Provenance.InputFile in = Provenance.InputFile.of(f);
            Map<String, String> m = new LinkedHashMap<>();
            m.put("path", in.path());
            m.put("sha256", in.sha256());
            inputs.add(m);
        }
        p.put("inputs", inputs);
        p.put("timestamp", Instant.now().toString());
        return p;
    }

    /** One cut-flow table per category (common rows first), samples as columns. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cutflowTables(Map<String, Object> cutflows) {
        if (cutflows.isEmpty()) {
            return List.of();
        }
        List<String> samples = new ArrayList<>(cutflows.keySet());
        List<Map<String, Object>> first =
                (List<Map<String, Object>>)
                        ((Map<String, Object>) cutflows.get(samples.get(0))).get("rows");
        List<Integer> common = new ArrayList<>();
        Map<String, List<Integer>> catRows = new LinkedHashMap<>();
        for (int r = 0; r < first.size(); r++) {
            String cat = (String) first.get(r).get("category");
            if (cat == null) {
                common.add(r);
            } else {
                catRows.computeIfAbsent(cat, k -> new ArrayList<>()).add(r);
            }
        }
        if (catRows.isEmpty()) {
            catRows.put("", List.of());
        }
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> c : catRows.entrySet()) {
            List<Integer> rows = new ArrayList<>(common);
            rows.addAll(c.getValue());
            List<Map<String, Object>> out = new ArrayList<>();
            for (int r : rows) {
                List<Double> yields = new ArrayList<>();
                List<Double> errors = new ArrayList<>();
                for (String s : samples) {
                    Map<String, Object> row =
                            ((List<Map<String, Object>>)
                                            ((Map<String, Object>) cutflows.get(s)).get("rows"))
                                    .get(r);
                    yields.add(((Number) row.get("yield")).doubleValue());
                    errors.add(((Number) row.get("error")).doubleValue());
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("cut", first.get(r).get("name"));
                row.put("yields", yields);
                row.put("errors", errors);
                out.add(row);
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("type", "cutflow");
            t.put("id", id("cutflow-" + (c.getKey().isEmpty() ? "all" : c.getKey())));
            t.put("title", "Cut-flow" + (c.getKey().isEmpty() ? "" : ", category " + c.getKey()));
            t.put(
                    "caption",
                    "Weighted yields at "
                            + analysis.collider().luminosityInvFb()
                            + " fb^{-1} with MC statistical errors.");
            t.put("unit", "events");
            t.put("samples", samples);
            t.put("rows", out);
            tables.add(t);
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> statisticsTables(Map<String, Object> statistics) {
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Map.Entry<String, Object> e : statistics.entrySet()) {
            Map<String, Object> entry = (Map<String, Object>) e.getValue();
            List<Map<String, Object>> rows = new ArrayList<>();
            if (entry.containsKey("points")) {
                for (Map<String, Object> p : (List<Map<String, Object>>) entry.get("points")) {
                    String sig = (String) p.get("signal");
                    addRow(
                            rows,
                            sig + ": 95% CL limit on sigma",
                            p.get("cross_section_limit_pb"),
                            "pb");
                    addRow(rows, sig + ": limit on the signal strength", p.get("mu_limit"), null);
                    addRow(rows, sig + ": expected significance Z_A", p.get("z_asimov"), null);
                    addRow(rows, sig + ": best cut", p.get("best_cut"), null);
                }
            } else {
                int i = 0;
                for (Map<String, Object> b : (List<Map<String, Object>>) entry.get("bins")) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", "bin " + i++ + ": ABCD prediction");
                    row.put("value", b.get("predicted"));
                    row.put("plus", b.get("uncertainty"));
                    row.put("minus", b.get("uncertainty"));
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("type", "numbers");
            t.put("id", id("statistics-" + e.getKey()));
            t.put("title", e.getKey() + " (" + entry.get("method") + ")");
            t.put("rows", rows);
            tables.add(t);
        }
        return tables;
    }

    private static void addRow(
            List<Map<String, Object>> rows, String name, Object value, String unit) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("value", n.doubleValue());
        if (unit != null) {
            row.put("unit", unit);
        }
        rows.add(row);
    }

    /** One stacked histogram figure per histogram: backgrounds stacked, signals overlaid. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> histogramFigures(Map<String, Object> histograms) {
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        Map<String, Integer> overlaid = new LinkedHashMap<>();
        // The samples the statistics test (a test bench) are drawn; the others (training samples
        // of the same processes) would count the same process twice in the stack.
        java.util.Set<String> tested = new java.util.HashSet<>();
        for (StatisticsDefinition d : analysis.statistics()) {
            tested.addAll(testedSamples(d));
        }
        for (SampleDefinition s : analysis.samples()) {
            if (!tested.isEmpty() && !tested.contains(s.group())) {
                continue;
            }
            List<Map<String, Object>> hs = (List<Map<String, Object>>) histograms.get(s.name());
            if (hs == null) {
                continue;
            }
            for (Map<String, Object> h : hs) {
                String name = (String) h.get("name");
                Map<String, Object> fig =
                        figures.computeIfAbsent(name, n -> newHistogramFigure(n, h));
                Map<String, Object> series = new LinkedHashMap<>();
                series.put("label", s.name());
                series.put("values", h.get("yields"));
                series.put("errors", h.get("errors"));
                if (s.role() == Role.BACKGROUND) {
                    ((List<Object>) fig.get("stacked")).add(series);
                } else if (overlaid.merge(name, 1, Integer::sum) <= MAX_OVERLAID) {
                    ((List<Object>) fig.get("overlaid")).add(series);
                }
            }
        }
        return new ArrayList<>(figures.values());
    }

    private Map<String, Object> newHistogramFigure(String name, Map<String, Object> h) {
        Map<String, Object> fig = new LinkedHashMap<>();
        fig.put("type", "histogram");
        fig.put("id", id("hist-" + name));
        fig.put("title", plain(name));
        fig.put(
                "caption",
                "Backgrounds stacked, signals overlaid (the samples the statistics entries test),"
                        + " yields at "
                        + analysis.collider().luminosityInvFb()
                        + " fb^{-1}.");
        String variable =
                analysis.events().histograms().stream()
                        .filter(d -> d.name().equals(name))
                        .map(d -> d.variable())
                        .findFirst()
                        .orElse(name);
        fig.put("x_axis", Map.of("label", plain(variable)));
        fig.put("y_axis", Map.of("label", "Events / bin"));
        fig.put("edges", h.get("edges"));
        fig.put("stacked", new ArrayList<>());
        fig.put("overlaid", new ArrayList<>());
        return fig;
    }

    /**
     * Limit curves against a grid's label for entries with an expected band (counting_limit,
     * histfactory) and at least two points.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> limitFigures(Map<String, Object> statistics) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, Object> e : statistics.entrySet()) {
            Map<String, Object> entry = (Map<String, Object>) e.getValue();
            List<Map<String, Object>> points = (List<Map<String, Object>>) entry.get("points");
            if (points == null
                    || points.size() < 2
                    || !points.get(0).containsKey("mu_limit_band")) {
                continue;
            }
            Map<String, Object> labels = (Map<String, Object>) points.get(0).get("labels");
            String axis =
                    labels.keySet().stream()
                            .filter(
                                    k ->
                                            points.stream()
                                                            .map(
                                                                    p ->
                                                                            ((Map<String, Object>)
                                                                                            p.get(
                                                                                                    "labels"))
                                                                                    .get(k))
                                                            .distinct()
                                                            .count()
                                                    == points.size())
                            .findFirst()
                            .orElse(null);
            if (axis == null) {
                continue;
            }
            int n = points.size();
            double[] x = new double[n];
            double[] exp = new double[n];
            double[][] band = new double[4][n];
            for (int i = 0; i < n; i++) {
                Map<String, Object> p = points.get(i);
                double sigma = ((Number) p.get("signal_cross_section_pb")).doubleValue();
                x[i] = ((Number) ((Map<String, Object>) p.get("labels")).get(axis)).doubleValue();
                double[] b = Pipeline.doubles(p.get("mu_limit_band"));
                exp[i] = b[2] * sigma;
                band[0][i] = b[0] * sigma;
                band[1][i] = b[1] * sigma;
                band[2][i] = b[3] * sigma;
                band[3][i] = b[4] * sigma;
            }
            Map<String, Object> fig = new LinkedHashMap<>();
            fig.put("type", "limit");
            fig.put("id", id("limit-" + e.getKey()));
            fig.put("title", "Expected 95% CL limit, " + e.getKey());
            fig.put("x_axis", Map.of("label", axis));
            fig.put("y_axis", Map.of("label", "\\sigma", "unit", "pb", "log", true));
            fig.put("x", x);
            fig.put("expected", exp);
            fig.put("one_sigma", Map.of("lower", band[1], "upper", band[2]));
            fig.put("two_sigma", Map.of("lower", band[0], "upper", band[3]));
            figures.add(fig);
        }
        return figures;
    }

    /** A name shown as written: underscores are not subscripts (the report's labels are TeX). */
    static String plain(String name) {
        return name.replace("_", "\\_");
    }

    /** The sample groups an entry tests: its signal and backgrounds. */
    private static List<String> testedSamples(StatisticsDefinition d) {
        List<String> out = new ArrayList<>();
        if (d instanceof StatisticsDefinition.AsimovLimit a) {
            out.add(a.signal());
            out.addAll(a.backgrounds());
        } else if (d instanceof StatisticsDefinition.CountingLimit c) {
            out.add(c.signal());
            out.addAll(c.backgrounds());
        } else if (d instanceof StatisticsDefinition.Significance z) {
            out.add(z.signal());
            out.addAll(z.backgrounds());
        } else if (d instanceof StatisticsDefinition.HistFactoryLimit h) {
            out.add(h.signal());
            out.addAll(h.backgrounds());
        } else if (d instanceof StatisticsDefinition.RocCurve r) {
            out.add(r.signal());
            out.addAll(r.backgrounds());
        } else if (d instanceof StatisticsDefinition.AbcdPrediction abcd) {
            out.addAll(abcd.backgrounds());
        }
        return out;
    }

    /**
     * One numbers table per results table: a row per cell, named by the row's identifying cells and
     * the column (e.g. "0jet, 200: p_cut"); non-numeric cells (a list of cuts) are left out.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> resultNumberTables(Map<String, Object> resultTables) {
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Map.Entry<String, Object> t : resultTables.entrySet()) {
            Map<String, String> columns = columnsOf(t.getKey());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : (List<Map<String, Object>>) t.getValue()) {
                List<String> id = new ArrayList<>();
                row.forEach(
                        (k, v) -> {
                            if (!columns.containsKey(k)) {
                                id.add(String.valueOf(v));
                            }
                        });
                for (String c : columns.keySet()) {
                    String unit = columns.get(c).endsWith("_fb") ? "fb" : null;
                    unit = columns.get(c).endsWith("_pb") ? "pb" : unit;
                    addRow(rows, String.join(", ", id) + ": " + plain(c), row.get(c), unit);
                }
            }
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("type", "numbers");
            table.put("id", id("results-" + t.getKey()));
            table.put("title", "Results table " + plain(t.getKey()));
            table.put("rows", rows);
            tables.add(table);
        }
        return tables;
    }

    /** The columns (name → result key) the statistics entries give a results table. */
    private Map<String, String> columnsOf(String table) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (StatisticsDefinition d : analysis.statistics()) {
            d.resultRow()
                    .filter(r -> r.table().equals(table))
                    .ifPresent(r -> columns.putAll(r.columns()));
        }
        return columns;
    }

    /**
     * Limit curves of a results table: for each value of its non-numeric identifying cells (a
     * category), the cross-section-limit columns against its one numeric identifying cell (a mass),
     * one curve per column, on a log scale.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> resultCurveFigures(Map<String, Object> resultTables) {
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, Object> t : resultTables.entrySet()) {
            Map<String, String> columns = columnsOf(t.getKey());
            List<String> limits =
                    columns.keySet().stream()
                            .filter(c -> columns.get(c).startsWith("cross_section_limit"))
                            .toList();
            List<Map<String, Object>> rows = (List<Map<String, Object>>) t.getValue();
            if (limits.isEmpty() || rows.isEmpty()) {
                continue;
            }
            List<String> numeric = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            rows.get(0)
                    .forEach(
                            (k, v) -> {
                                if (!columns.containsKey(k)) {
                                    (v instanceof Number ? numeric : groups).add(k);
                                }
                            });
            if (numeric.size() != 1) {
                continue;
            }
            String x = numeric.get(0);
            Map<String, List<Map<String, Object>>> byGroup = new LinkedHashMap<>();
            for (Map<String, Object> row : rows) {
                List<String> g = new ArrayList<>();
                groups.forEach(k -> g.add(String.valueOf(row.get(k))));
                byGroup.computeIfAbsent(String.join(", ", g), k -> new ArrayList<>()).add(row);
            }
            for (Map.Entry<String, List<Map<String, Object>>> g : byGroup.entrySet()) {
                List<Map<String, Object>> curves = new ArrayList<>();
                for (String c : limits) {
                    List<Double> xs = new ArrayList<>();
                    List<Double> ys = new ArrayList<>();
                    for (Map<String, Object> row : g.getValue()) {
                        if (row.get(c) instanceof Number y && row.get(x) instanceof Number xv) {
                            xs.add(xv.doubleValue());
                            ys.add(y.doubleValue());
                        }
                    }
                    if (xs.size() >= 2) {
                        Map<String, Object> curve = new LinkedHashMap<>();
                        curve.put("label", plain(c));
                        curve.put("x", xs);
                        curve.put("y", ys);
                        curves.add(curve);
                    }
                }
                if (curves.isEmpty()) {
                    continue;
                }
                String unit = columns.get(limits.get(0)).endsWith("_fb") ? "fb" : "pb";
                Map<String, Object> fig = new LinkedHashMap<>();
                fig.put("type", "training_curve");
                fig.put("id", id("results-" + t.getKey() + "-" + g.getKey()));
                fig.put(
                        "title",
                        plain(t.getKey()) + (g.getKey().isEmpty() ? "" : ", " + plain(g.getKey())));
                fig.put("caption", "Expected 95% CL limits against " + plain(x) + ".");
                fig.put("x_axis", Map.of("label", plain(x)));
                fig.put("y_axis", Map.of("label", "\\sigma", "unit", unit, "log", true));
                fig.put("curves", curves);
                figures.add(fig);
            }
        }
        return figures;
    }

    /**
     * Per score histogram of the roc entries: the ROC curves of every signal tested on it, and the
     * score distributions (unit area) of the summed backgrounds and each signal.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rocFigures(Map<String, Object> statistics) {
        Map<String, List<Map<String, Object>>> curves = new LinkedHashMap<>();
        for (StatisticsDefinition d : analysis.statistics()) {
            if (!(d instanceof StatisticsDefinition.RocCurve r)
                    || !statistics.containsKey(d.name())) {
                continue;
            }
            for (Map<String, Object> p :
                    (List<Map<String, Object>>)
                            ((Map<String, Object>) statistics.get(d.name())).get("points")) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("label", p.get("signal"));
                c.put("fpr", reversed(p.get("background_efficiency")));
                c.put("tpr", reversed(p.get("signal_efficiency")));
                curves.computeIfAbsent(r.histogram(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map.Entry<String, List<Map<String, Object>>> e : curves.entrySet()) {
            Map<String, Object> fig = new LinkedHashMap<>();
            fig.put("type", "roc");
            fig.put("id", id("roc-" + e.getKey()));
            fig.put("title", "ROC, " + plain(e.getKey()));
            fig.put("caption", "Test-bench signal against the summed test-bench backgrounds.");
            fig.put("x_axis", Map.of("label", "Background efficiency \\epsilon_{B}"));
            fig.put("y_axis", Map.of("label", "Signal efficiency \\epsilon_{S}"));
            fig.put("curves", e.getValue());
            figures.add(fig);
        }
        return figures;
    }

    /** The per-mass rows of every mass-regression model, in model order. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> regressionRows(Map<String, Object> models) {
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
    private static Map<String, Object> regressionTable(List<Map<String, Object>> regression) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : regression) {
            String id = r.get("category") + ", " + plain(String.valueOf(r.get("mass_gev")));
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
                addRow(rows, id + " GeV: " + plain(k), r.get(k), k.endsWith("_gev") ? "GeV" : null);
            }
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("type", "numbers");
        table.put("id", id("results-regression"));
        table.put("title", "Mass regression per test mass (regressed mass and M_col)");
        table.put("rows", rows);
        return table;
    }

    /**
     * Per regression category and estimator (the regressed mass, M_col): the response μ/m and the
     * relative resolution σ_SD/m per true mass, one bin around each mass (edges halfway between
     * neighbouring masses).
     */
    private static List<Map<String, Object>> regressionFigures(
            List<Map<String, Object>> regression) {
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
                fig.put("id", id("regression-" + c.getKey() + "-" + est));
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
    private static Map<String, Object> shapRankings(Map<String, Object> models) {
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
    private static List<Map<String, Object>> shapFigures(Map<String, Object> models) {
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
                names.add(plain((String) r.get("feature")));
                values.add(r.get("mean_abs_shap"));
            }
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("type", "shap_bar");
            bar.put("id", id("shap-bar-" + m.getKey()));
            bar.put("title", "SHAP ranking, " + plain(m.getKey()));
            bar.put("x_axis", Map.of("label", "mean |SHAP|"));
            bar.put("features", names);
            bar.put("mean_abs_shap", values);
            figures.add(bar);
            List<Map<String, Object>> features = new ArrayList<>();
            for (Map<String, Object> b : (List<Map<String, Object>>) shap.get("beeswarm")) {
                Map<String, Object> f = new LinkedHashMap<>(b);
                f.put("name", plain((String) b.get("name")));
                features.add(f);
            }
            Map<String, Object> bee = new LinkedHashMap<>();
            bee.put("type", "shap_beeswarm");
            bee.put("id", id("shap-beeswarm-" + m.getKey()));
            bee.put("title", "SHAP values, " + plain(m.getKey()));
            bee.put("caption", shap.get("rows") + " training-table rows drawn at random.");
            bee.put("x_axis", Map.of("label", "SHAP value"));
            bee.put("features", features);
            figures.add(bee);
        }
        return figures;
    }

    /** A list in reverse order (efficiencies from the loosest cut to the tightest, reversed). */
    private static List<Object> reversed(Object list) {
        List<Object> out = new ArrayList<>((List<?>) list);
        java.util.Collections.reverse(out);
        return out;
    }

    private static String id(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return s.replaceAll("^[^a-z0-9]+", "");
    }

    /**
     * The tables the statistics entries declare ({@code result: {table, row, columns}}): per table
     * a list of rows, an entry's row identified by its {@code row} cells (plus each point's labels
     * when its signal is a grid), its {@code columns} taken from the point's results. Entries with
     * equal identifying cells fill the same row, in the order the rows first appear.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> resultTables(Map<String, Object> statistics) {
        Map<String, Map<Map<String, Object>, Map<String, Object>>> tables = new LinkedHashMap<>();
        for (StatisticsDefinition def : analysis.statistics()) {
            if (def.resultRow().isEmpty() || !statistics.containsKey(def.name())) {
                continue;
            }
            StatisticsDefinition.ResultRow rr = def.resultRow().get();
            List<Map<String, Object>> points =
                    (List<Map<String, Object>>)
                            ((Map<String, Object>) statistics.get(def.name())).get("points");
            for (Map<String, Object> p : points) {
                Map<String, Object> id = new LinkedHashMap<>(rr.row());
                if (points.size() > 1) {
                    id.putAll((Map<String, Object>) p.get("labels"));
                }
                Map<String, Object> row =
                        tables.computeIfAbsent(rr.table(), t -> new LinkedHashMap<>())
                                .computeIfAbsent(id, k -> new LinkedHashMap<>(k));
                rr.columns().forEach((column, key) -> row.put(column, p.get(key)));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        tables.forEach((name, rows) -> out.put(name, new ArrayList<>(rows.values())));
        return out;
    }
}
