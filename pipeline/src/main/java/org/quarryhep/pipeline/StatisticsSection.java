package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.HistogramDefinition;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.pipeline.SampleDefinition.Role;
import org.quarryhep.pipeline.StatisticsDefinition.AbcdPrediction;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.HistFactoryLimit;
import org.quarryhep.pipeline.StatisticsDefinition.LimitOptions;
import org.quarryhep.pipeline.StatisticsDefinition.ResultRow;
import org.quarryhep.pipeline.StatisticsDefinition.RocCurve;
import org.quarryhep.pipeline.StatisticsDefinition.Significance;
import org.quarryhep.pipeline.StatisticsDefinition.Systematic;

/** Reads and checks the statistics section of an analysis file: limits, scans, systematics. */
final class StatisticsSection {
    private static final double Q95 = 3.841458820694124;

    private StatisticsSection() {}

    /**
     * Reads every entry of the statistics section.
     *
     * @param stats the section, if the file has one
     * @param samples the file's samples
     * @param events the event-level definition, whose histograms the entries name
     * @return the entries, in file order
     */
    static List<StatisticsDefinition> read(
            Optional<ConfigNode> stats, List<SampleDefinition> samples, AnalysisDefinition events) {
        List<StatisticsDefinition> statistics = new ArrayList<>();
        if (stats.isPresent()) {
            Set<String> names = new HashSet<>();
            for (ConfigNode s : AnalysisFiles.list(stats.get())) {
                StatisticsDefinition d = statistic(s, samples);
                checkHistograms(d, s, events);
                if (!names.add(d.name())) {
                    throw s.get("name").error("duplicate statistics name '" + d.name() + "'");
                }
                statistics.add(d);
            }
        }
        return statistics;
    }

    private static StatisticsDefinition statistic(ConfigNode s, List<SampleDefinition> samples) {
        s.allowOnly(AnalysisSchema.keysOf("statistics[]"));
        String name = s.get("name").asString();
        String method =
                s.get("method")
                        .asChoice(
                                "asimov_limit",
                                "counting_limit",
                                "significance",
                                "histfactory",
                                "abcd",
                                "roc");
        List<String> backgrounds = backgrounds(s, samples);
        if (method.equals("abcd")) {
            for (String k : List.of("signal", "histograms", "scan", "systematics")) {
                if (s.has(k)) {
                    throw s.get(k).error("abcd takes 'regions' and 'backgrounds', not '" + k + "'");
                }
            }
            ConfigNode r =
                    s.get("regions").allowOnly(AnalysisSchema.keysOf("statistics[].regions"));
            return new AbcdPrediction(
                    name,
                    r.get("a").asString(),
                    r.get("b").asString(),
                    r.get("c").asString(),
                    r.get("d").asString(),
                    backgrounds,
                    s.path());
        }
        if (s.has("regions")) {
            throw s.get("regions").error("'regions' belongs to method abcd");
        }
        List<String> histograms = strings(s.get("histograms"));
        String signal = signal(s.get("signal"), samples);
        Optional<CutScan> scan = scan(s.opt("scan"), histograms);
        Optional<ResultRow> result = resultRow(s.opt("result"));
        double br = s.opt("signal_branching_ratio").map(ConfigNode::asDouble).orElse(1.0);
        if (!(br > 0 && br <= 1)) {
            throw s.get("signal_branching_ratio").error("must be in (0, 1], got " + br);
        }
        boolean merge =
                s.opt("merge_bins")
                        .map(m -> m.asChoice("none", "empty_background"))
                        .orElse("none")
                        .equals("empty_background");
        LimitOptions options = new LimitOptions(br, merge);
        double cl = s.opt("cl").map(ConfigNode::asDouble).orElse(0.95);
        if (!(cl > 0 && cl < 1)) {
            throw s.get("cl").error("must be in (0, 1), got " + cl);
        }
        double unc = s.opt("background_uncertainty").map(ConfigNode::asDouble).orElse(0.0);
        if (unc < 0) {
            throw s.get("background_uncertainty").error("must be >= 0, got " + unc);
        }
        only(s, method, "threshold", "asimov_limit");
        only(s, method, "cl", "counting_limit", "histfactory");
        only(s, method, "background_uncertainty", "counting_limit", "significance");
        only(s, method, "scan", "asimov_limit", "counting_limit");
        only(s, method, "systematics", "histfactory");
        only(s, method, "signal_branching_ratio", "asimov_limit", "counting_limit");
        only(s, method, "merge_bins", "asimov_limit", "counting_limit");
        only(s, method, "result", "asimov_limit", "counting_limit", "roc");
        switch (method) {
            case "roc" -> {
                if (histograms.size() != 1) {
                    throw s.get("histograms").error("roc takes one histogram of the score");
                }
                return new RocCurve(name, histograms.get(0), signal, backgrounds, result, s.path());
            }
            case "asimov_limit" -> {
                double threshold = s.opt("threshold").map(ConfigNode::asDouble).orElse(Q95);
                if (!(threshold > 0)) {
                    throw s.get("threshold").error("must be > 0, got " + threshold);
                }
                return new AsimovLimit(
                        name,
                        histograms,
                        signal,
                        backgrounds,
                        threshold,
                        scan,
                        options,
                        result,
                        s.path());
            }
            case "counting_limit" -> {
                return new CountingLimit(
                        name,
                        histograms,
                        signal,
                        backgrounds,
                        unc,
                        cl,
                        scan,
                        options,
                        result,
                        s.path());
            }
            case "significance" -> {
                return new Significance(name, histograms, signal, backgrounds, unc, s.path());
            }
            default -> {
                List<Systematic> systematics = new ArrayList<>();
                if (s.has("systematics")) {
                    for (ConfigNode row : AnalysisFiles.list(s.get("systematics"))) {
                        systematics.add(systematic(row, samples, signal, backgrounds));
                    }
                }
                return new HistFactoryLimit(
                        name, histograms, signal, backgrounds, systematics, cl, s.path());
            }
        }
    }

    private static void only(ConfigNode s, String method, String key, String... methods) {
        if (s.has(key) && !List.of(methods).contains(method)) {
            throw s.get(key)
                    .error("'" + key + "' applies to " + String.join(", ", methods) + " only");
        }
    }

    private static List<String> strings(ConfigNode n) {
        List<String> out = new ArrayList<>();
        for (ConfigNode v : AnalysisFiles.list(n)) {
            out.add(v.asString());
        }
        if (out.isEmpty()) {
            throw n.error("needs at least one entry");
        }
        return out;
    }

    private static String signal(ConfigNode n, List<SampleDefinition> samples) {
        String g = n.asString();
        List<SampleDefinition> matching =
                samples.stream().filter(x -> x.group().equals(g)).toList();
        if (matching.isEmpty()) {
            throw n.error(
                    "no sample named '" + g + "'; samples: " + SamplesSection.groupNames(samples));
        }
        if (matching.get(0).role() != Role.SIGNAL) {
            throw n.error("sample '" + g + "' has role background; the signal must be a signal");
        }
        return g;
    }

    private static List<String> backgrounds(ConfigNode s, List<SampleDefinition> samples) {
        if (!s.has("backgrounds")) {
            List<String> all =
                    samples.stream()
                            .filter(x -> x.role() == Role.BACKGROUND)
                            .map(SampleDefinition::group)
                            .distinct()
                            .toList();
            if (all.isEmpty()) {
                throw s.error("the analysis has no background sample to test against");
            }
            return all;
        }
        List<String> out = new ArrayList<>();
        for (ConfigNode b : AnalysisFiles.list(s.get("backgrounds"))) {
            String g = b.asString();
            List<SampleDefinition> m = samples.stream().filter(x -> x.group().equals(g)).toList();
            if (m.isEmpty()) {
                throw b.error(
                        "no sample named '"
                                + g
                                + "'; samples: "
                                + SamplesSection.groupNames(samples));
            }
            if (m.get(0).role() != Role.BACKGROUND) {
                throw b.error("sample '" + g + "' has role signal, not background");
            }
            out.add(g);
        }
        if (out.isEmpty()) {
            throw s.get("backgrounds").error("needs at least one background");
        }
        return out;
    }

    private static Optional<CutScan> scan(Optional<ConfigNode> node, List<String> histograms) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ConfigNode n = node.get().allowOnly(AnalysisSchema.keysOf("statistics[].scan"));
        boolean above =
                n.opt("keep")
                        .map(k -> k.asChoice("above", "below"))
                        .orElse("above")
                        .equals("above");
        boolean shape = n.opt("shape").map(ConfigNode::asBoolean).orElse(false);
        ConfigNode h = n.get("histogram");
        List<String> cuts = h.isList() ? strings(h) : List.of(h.asString());
        if (!shape && cuts.size() != 1) {
            throw h.error("a counting scan takes one histogram; several need shape: true");
        }
        if (shape && cuts.size() != histograms.size()) {
            throw h.error(
                    "a shape scan takes one cut histogram per entry histogram "
                            + histograms
                            + ", got "
                            + cuts);
        }
        String common = n.opt("common").map(ConfigNode::asString).orElse("");
        if (!common.isEmpty() && cuts.size() != 1) {
            throw n.get("common").error("a common cut needs a one-cut scan");
        }
        return Optional.of(new CutScan(cuts, above, shape, common));
    }

    private static Optional<ResultRow> resultRow(Optional<ConfigNode> node) {
        if (node.isEmpty()) {
            return Optional.empty();
        }
        ConfigNode n = node.get().allowOnly(AnalysisSchema.keysOf("statistics[].result"));
        String table = n.get("table").asString();
        if (ResultsDocument.RESERVED.contains(table)) {
            throw n.get("table")
                    .error("'" + table + "' is a key of results.json itself; choose another name");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        n.get("row")
                .entries()
                .forEach(
                        (k, v) -> {
                            String text = v.asString();
                            if (text.matches("-?[0-9]+")) {
                                row.put(k, Long.parseLong(text));
                            } else if (text.matches("-?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
                                row.put(k, Double.parseDouble(text));
                            } else {
                                row.put(k, text);
                            }
                        });
        Map<String, String> columns = new LinkedHashMap<>();
        n.get("columns").entries().forEach((k, v) -> columns.put(k, v.asString()));
        if (columns.isEmpty()) {
            throw n.get("columns").error("needs at least one column");
        }
        return Optional.of(new ResultRow(table, row, columns));
    }

    private static Systematic systematic(
            ConfigNode row, List<SampleDefinition> samples, String signal, List<String> bgs) {
        row.allowOnly(AnalysisSchema.keysOf("statistics[].systematics[]"));
        String name = row.get("name").asString();
        String type = row.get("type").asChoice("normsys", "histosys", "shapesys", "lumi");
        List<String> on = strings(row.get("samples"));
        for (int i = 0; i < on.size(); i++) {
            if (!on.get(i).equals(signal) && !bgs.contains(on.get(i))) {
                throw row.get("samples")
                        .asList()
                        .get(i)
                        .error(
                                "'"
                                        + on.get(i)
                                        + "' is neither this entry's signal nor one of its"
                                        + " backgrounds "
                                        + bgs);
            }
        }
        if (type.equals("histosys")) {
            for (String k : List.of("up", "down")) {
                if (row.has(k)) {
                    throw row.get(k).error("histosys takes up_histogram and down_histogram");
                }
            }
            return new Systematic(
                    name,
                    Systematic.Type.HISTOSYS,
                    on,
                    0,
                    0,
                    row.get("up_histogram").asString(),
                    row.get("down_histogram").asString());
        }
        for (String k : List.of("up_histogram", "down_histogram")) {
            if (row.has(k)) {
                throw row.get(k).error("'" + k + "' belongs to histosys");
            }
        }
        double up = row.get("up").asDouble();
        double down = row.opt("down").map(ConfigNode::asDouble).orElse(up);
        if (!(up > 0) || !(down > 0 && down < 1)) {
            throw row.error(
                    "need up > 0 and 0 < down < 1 (relative variations), got up "
                            + up
                            + ", down "
                            + down);
        }
        if (!type.equals("normsys") && row.has("down")) {
            throw row.get("down").error("'down' applies to normsys only");
        }
        Systematic.Type t =
                switch (type) {
                    case "normsys" -> Systematic.Type.NORMSYS;
                    case "shapesys" -> Systematic.Type.SHAPESYS;
                    default -> Systematic.Type.LUMI;
                };
        return new Systematic(name, t, on, up, down, null, null);
    }

    /** The histograms a statistics entry names must be declared in the histograms section. */
    private static void checkHistograms(
            StatisticsDefinition d, ConfigNode node, AnalysisDefinition events) {
        Map<String, HistogramDefinition> known = new LinkedHashMap<>();
        for (HistogramDefinition h : events.histograms()) {
            known.put(h.name(), h);
        }
        List<String> names = new ArrayList<>(d.histograms());
        if (d instanceof AsimovLimit a && a.scan().isPresent()) {
            names.add(a.scan().get().histogram());
        }
        if (d instanceof CountingLimit c && c.scan().isPresent()) {
            names.add(c.scan().get().histogram());
        }
        if (d instanceof HistFactoryLimit h) {
            for (Systematic sys : h.systematics()) {
                if (sys.type() == Systematic.Type.HISTOSYS) {
                    names.add(sys.upHistogram());
                    names.add(sys.downHistogram());
                }
            }
        }
        for (String n : names) {
            if (!known.containsKey(n)) {
                throw node.error(
                        "names histogram '"
                                + n
                                + "', which the histograms section does not declare; histograms: "
                                + known.keySet());
            }
        }
    }
}
