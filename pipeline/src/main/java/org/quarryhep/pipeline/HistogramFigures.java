package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.pipeline.SampleDefinition.Role;

/**
 * The histogram figures of {@code results.json}: one per filled histogram, the backgrounds the
 * statistics entries test stacked and their signals overlaid.
 */
final class HistogramFigures {
    /** At most this many signal samples are overlaid on a histogram figure. */
    private static final int MAX_OVERLAID = 4;

    private final AnalysisFile analysis;

    HistogramFigures(AnalysisFile analysis) {
        this.analysis = analysis;
    }

    /** One stacked histogram figure per histogram: backgrounds stacked, signals overlaid. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> histogramFigures(Map<String, Object> histograms) {
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
        fig.put("id", ResultsDocument.id("hist-" + name));
        fig.put("title", ResultsDocument.plain(name));
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
        fig.put("x_axis", Map.of("label", ResultsDocument.plain(variable)));
        fig.put("y_axis", Map.of("label", "Events / bin"));
        fig.put("edges", h.get("edges"));
        fig.put("stacked", new ArrayList<>());
        fig.put("overlaid", new ArrayList<>());
        return fig;
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
}
