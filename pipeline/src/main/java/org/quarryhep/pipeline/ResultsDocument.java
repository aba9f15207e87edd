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

/**
 * Assembles {@code results.json}: the report entries whose schema the {@code report} module defines
 * (schema_version 1.0.0: {@code analysis}, {@code provenance}, typed {@code tables}, {@code
 * figures}, {@code files}) and the pipeline's own keys ({@code pipeline_version}, {@code status},
 * {@code failure}, {@code samples}, {@code cutflow}, {@code histograms}, {@code statistics}, {@code
 * stages}), documented in the module README.
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
                    "cutflow",
                    "histograms",
                    "models",
                    "statistics",
                    "shap",
                    "regression",
                    "tables",
                    "figures",
                    "files",
                    "stages",
                    // the extensions' records (Pipeline.mergeExtensionEntries puts them last)
                    "extensions");

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
        doc.put("cutflow", cutflows);
        doc.put("histograms", histograms);
        doc.put("models", models);
        Map<String, Object> shap = ModelReportEntries.shapRankings(models);
        if (!shap.isEmpty()) {
            doc.put("shap", shap);
        }
        List<Map<String, Object>> regression = ModelReportEntries.regressionRows(models);
        if (!regression.isEmpty()) {
            doc.put("regression", regression);
        }
        doc.put("statistics", statistics);
        ResultTableEntries results = new ResultTableEntries(analysis);
        Map<String, Object> resultTables = results.resultTables(statistics);
        doc.putAll(resultTables);
        List<Map<String, Object>> tables = new ArrayList<>();
        tables.addAll(results.resultNumberTables(resultTables));
        if (!regression.isEmpty()) {
            tables.add(ModelReportEntries.regressionTable(regression));
        }
        tables.addAll(cutflowTables(cutflows));
        tables.addAll(statisticsTables(statistics));
        doc.put("tables", tables);
        List<Map<String, Object>> figures = new ArrayList<>();
        figures.addAll(results.resultCurveFigures(resultTables));
        figures.addAll(rocFigures(statistics));
        figures.addAll(ModelReportEntries.shapFigures(models));
        figures.addAll(ModelReportEntries.regressionFigures(regression));
        figures.addAll(new HistogramFigures(analysis).histogramFigures(histograms));
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

    /** Adds a numbers-table row, unless the value is not a finite number. */
    static void addRow(List<Map<String, Object>> rows, String name, Object value, String unit) {
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

    /** A list in reverse order (efficiencies from the loosest cut to the tightest, reversed). */
    private static List<Object> reversed(Object list) {
        List<Object> out = new ArrayList<>((List<?>) list);
        java.util.Collections.reverse(out);
        return out;
    }

    /** A report entry's id: lower case, each run of other characters one hyphen. */
    static String id(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return s.replaceAll("^[^a-z0-9]+", "");
    }
}
