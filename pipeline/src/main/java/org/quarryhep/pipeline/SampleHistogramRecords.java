package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the histogram stages' JSON records back into the statistics stage's typed inputs. */
final class SampleHistogramRecords {
    private SampleHistogramRecords() {}

    /**
     * Every sample's histograms and cut tables, as the statistics stage reads them.
     *
     * @param outcomes the samples, each with its histogram stage's record
     * @return one entry per sample, in order
     */
    static List<SampleHistograms> of(List<SampleOutcome> outcomes) {
        List<SampleHistograms> list = new ArrayList<>();
        for (SampleOutcome o : outcomes) {
            Map<String, HistogramData> hs = new LinkedHashMap<>();
            for (Map<String, Object> h : o.histograms) {
                String name = (String) h.get("name");
                hs.put(name, histogramData(name, h));
            }
            Map<String, CutTable> tables = new LinkedHashMap<>();
            for (Map<String, Object> t : o.cutTables) {
                List<HistogramData> rows = new ArrayList<>();
                for (Map<String, Object> r : Pipeline.asList(t.get("rows"))) {
                    rows.add(histogramData((String) t.get("shape"), r));
                }
                CutTable table =
                        new CutTable(
                                (String) t.get("cut"),
                                (String) t.get("shape"),
                                Pipeline.doubles(t.get("cut_edges")),
                                rows);
                tables.put(table.shape() + "|" + table.cut(), table);
            }
            list.add(new SampleHistograms(o.sample, o.crossSectionPb, hs, tables));
        }
        return list;
    }

    private static HistogramData histogramData(String name, Map<String, Object> h) {
        double[] errors = Pipeline.doubles(h.get("errors"));
        double[] variances = new double[errors.length];
        for (int i = 0; i < errors.length; i++) {
            variances[i] = errors[i] * errors[i];
        }
        return new HistogramData(
                name,
                Pipeline.doubles(h.get("edges")),
                Pipeline.doubles(h.get("yields")),
                variances);
    }
}
