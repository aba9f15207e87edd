package org.quarryhep.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.LimitOptions;

/** The cut scans of the limit entries ({@code scan}): the cut that gives the lowest limit. */
final class CutScanner {
    private CutScanner() {}

    /** A limit on μ from the signal and background yields of the bins. */
    interface LimitFunction {
        double limit(double[] s, double[] b);
    }

    /**
     * A cut scan. Without {@code shape}: one counting bin beyond each edge of the cut histogram.
     * With it: the entry's histograms of the events passing the cut, one cut per histogram, scanned
     * jointly over every combination of edges. Cuts that leave no signal, or (without merging) a
     * bin with signal and no background, are skipped. The lowest limit is kept; a one-cut scan also
     * records the limit at every edge ({@code scan_points}).
     */
    static Map<String, Object> scan(
            CutScan scan,
            List<String> histograms,
            SampleHistograms signal,
            List<SampleHistograms> bgs,
            LimitOptions options,
            String field,
            LimitFunction f) {
        int n = scan.shape() ? histograms.size() : 1;
        List<CutTable> sTables = new ArrayList<>();
        List<CutTable> bTables = new ArrayList<>();
        List<double[]> edges = new ArrayList<>();
        double[] cs = null;
        double[] cb = null;
        if (scan.shape()) {
            for (int h = 0; h < n; h++) {
                String id = histograms.get(h) + "|" + scan.cutHistograms().get(h);
                sTables.add(cutTable(signal, id, field));
                CutTable total = null;
                for (SampleHistograms bg : bgs) {
                    CutTable t = cutTable(bg, id, field);
                    total = total == null ? t : total.plus(t);
                }
                if (total == null) {
                    throw new StatisticsException(field, "no background samples");
                }
                bTables.add(total);
                edges.add(total.cutEdges());
            }
        } else {
            HistogramData hs = StatisticsStage.histogramOf(signal, scan.histogram(), field);
            HistogramData hb = StatisticsStage.summed(bgs, scan.histogram(), field);
            cs = hs.cumulative(scan.keepAbove());
            cb = hb.cumulative(scan.keepAbove());
            edges.add(hs.edges());
        }
        int[] k = new int[n];
        double best = Double.POSITIVE_INFINITY;
        int[] bestK = null;
        LimitBins bestBins = null;
        List<Map<String, Object>> points = new ArrayList<>();
        while (true) {
            LimitBins bins;
            if (scan.shape()) {
                List<double[]> ss = new ArrayList<>();
                List<double[]> bb = new ArrayList<>();
                for (int h = 0; h < n; h++) {
                    ss.add(sTables.get(h).passing(k[h], scan.keepAbove()).values());
                    bb.add(bTables.get(h).passing(k[h], scan.keepAbove()).values());
                }
                bins = LimitBins.combine(ss, bb, options.mergeEmptyBackground());
            } else {
                bins = new LimitBins(new double[] {cs[k[0]]}, new double[] {cb[k[0]]}, 0);
            }
            if (bins.defined()) {
                double mu = f.limit(bins.s(), bins.b());
                if (n == 1) {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("cut", edges.get(0)[k[0]]);
                    p.put("mu_limit", mu);
                    points.add(p);
                }
                if (mu < best) {
                    best = mu;
                    bestK = k.clone();
                    bestBins = bins;
                }
            }
            int d = 0;
            while (d < n && ++k[d] == edges.get(d).length) {
                k[d] = 0;
                d++;
            }
            if (d == n) {
                break;
            }
        }
        if (bestK == null) {
            throw new StatisticsException(
                    field + "/scan",
                    "no cut on "
                            + scan.cutHistograms()
                            + " keeps both signal and background of "
                            + signal.sample().name());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        if (n == 1) {
            m.put("best_cut", edges.get(0)[bestK[0]]);
        } else {
            List<Double> cuts = new ArrayList<>();
            for (int h = 0; h < n; h++) {
                cuts.add(edges.get(h)[bestK[h]]);
            }
            m.put("best_cut", cuts);
        }
        m.put("signal_yield", StatisticsStage.sum(bestBins.s()));
        m.put("background_yield", StatisticsStage.sum(bestBins.b()));
        m.put("mu_limit", best);
        m.put("merged_bins", bestBins.merged());
        if (n == 1) {
            m.put("scan_points", points);
        }
        return m;
    }

    private static CutTable cutTable(SampleHistograms s, String id, String field) {
        CutTable t = s.cutTables().get(id);
        if (t == null) {
            throw new StatisticsException(
                    field, "sample " + s.sample().name() + " has no cut table '" + id + "'");
        }
        return t;
    }
}
