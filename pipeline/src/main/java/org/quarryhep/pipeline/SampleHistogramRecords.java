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
            list.add(of(o, o.histograms, o.cutTables));
        }
        return list;
    }

    /**
     * One sample's histograms and cut tables from records in the histogram stage's form (its
     * nominal record or one bootstrap replica; a record without errors has zero variances).
     *
     * @param o the sample
     * @param histograms the histogram records
     * @param cutTables the cut-table records
     * @return the statistics stage's input for the sample
     */
    static SampleHistograms of(
            SampleOutcome o,
            List<Map<String, Object>> histograms,
            List<Map<String, Object>> cutTables) {
        Map<String, HistogramData> hs = new LinkedHashMap<>();
        for (Map<String, Object> h : histograms) {
            String name = (String) h.get("name");
            hs.put(name, histogramData(name, h));
        }
        Map<String, CutTable> tables = new LinkedHashMap<>();
        for (Map<String, Object> t : cutTables) {
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
        return new SampleHistograms(o.sample, o.crossSectionPb, hs, tables);
    }

    private static HistogramData histogramData(String name, Map<String, Object> h) {
        double[] yields = Pipeline.doubles(h.get("yields"));
        double[] errors =
                h.containsKey("errors")
                        ? Pipeline.doubles(h.get("errors"))
                        : new double[yields.length];
        double[] variances = new double[errors.length];
        for (int i = 0; i < errors.length; i++) {
            variances[i] = errors[i] * errors[i];
        }
        return new HistogramData(name, Pipeline.doubles(h.get("edges")), yields, variances);
    }
}
