package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.pipeline.StatisticsDefinition.AbcdPrediction;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.pipeline.StatisticsDefinition.HistFactoryLimit;
import org.quarryhep.pipeline.StatisticsDefinition.LimitOptions;
import org.quarryhep.pipeline.StatisticsDefinition.RocCurve;
import org.quarryhep.pipeline.StatisticsDefinition.Significance;
import org.quarryhep.pipeline.StatisticsDefinition.Systematic;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.WorkspaceWriter;
import org.quarryhep.stats.infer.AbcdEstimate;
import org.quarryhep.stats.infer.BinnedExclusion;
import org.quarryhep.stats.infer.CountingFormulas;
import org.quarryhep.stats.model.Model;

/**
 * Evaluates the {@code statistics} entries on filled histograms. Each entry gives, per signal
 * sample (one per grid point), the yields it used and its result; limits are quoted both as a
 * signal strength μ (a multiple of the sample's normalised yield) and as a cross section μ·σ in pb.
 */
public final class StatisticsStage {
    private final List<SampleHistograms> samples;
    private final Path workspaceDir;

    /**
     * Creates the stage.
     *
     * @param samples every sample's histograms
     * @param workspaceDir where HistFactory workspaces are written
     */
    public StatisticsStage(List<SampleHistograms> samples, Path workspaceDir) {
        this.samples = List.copyOf(samples);
        this.workspaceDir = workspaceDir;
    }

    /**
     * Evaluates one entry.
     *
     * @param def the entry
     * @return its results (documented keys of results.json)
     * @throws StatisticsException when a histogram makes the method undefined (a bin with signal
     *     and no background, no signal at all, empty ABCD control regions)
     * @throws IOException when a workspace cannot be written
     */
    public Map<String, Object> evaluate(StatisticsDefinition def) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", methodName(def));
        out.put("histograms", def.histograms());
        if (def instanceof AbcdPrediction abcd) {
            out.putAll(abcd(abcd));
            return out;
        }
        List<Map<String, Object>> points = new ArrayList<>();
        for (SampleHistograms signal : signalsOf(def)) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("signal", signal.sample().name());
            point.put("labels", signal.sample().labels());
            point.put("signal_cross_section_pb", signal.crossSectionPb());
            if (def instanceof AsimovLimit a) {
                point.putAll(asimov(a, signal));
            } else if (def instanceof RocCurve roc) {
                point.putAll(roc(roc, signal));
            } else if (def instanceof CountingLimit c) {
                point.putAll(counting(c, signal));
            } else if (def instanceof Significance z) {
                point.putAll(significance(z, signal));
            } else {
                point.putAll(histFactory((HistFactoryLimit) def, signal));
            }
            points.add(point);
        }
        out.put("points", points);
        return out;
    }

    /**
     * Gives the one-cut scans of each {@code scan.common} group one common cut: among the cuts
     * every entry of the group scanned, the one whose limits, each divided by the entry's own best
     * limit, add up to the least; each point then also carries {@code common_cut}, {@code
     * common_cut_mu_limit} and the cross-section limits at it. Entries whose signal is a grid take
     * part with every point.
     *
     * @param defs the entries
     * @param results their results by name, as {@link #evaluate} gave them (changed in place)
     */
    public static void commonCuts(List<StatisticsDefinition> defs, Map<String, Object> results) {
        CommonCuts.apply(defs, results);
    }

    /** The method's name as written in the analysis file. */
    static String methodName(StatisticsDefinition def) {
        if (def instanceof AsimovLimit) {
            return "asimov_limit";
        } else if (def instanceof CountingLimit) {
            return "counting_limit";
        } else if (def instanceof Significance) {
            return "significance";
        } else if (def instanceof HistFactoryLimit) {
            return "histfactory";
        } else if (def instanceof RocCurve) {
            return "roc";
        }
        return "abcd";
    }

    private List<SampleHistograms> signalsOf(StatisticsDefinition def) {
        String group;
        if (def instanceof AsimovLimit a) {
            group = a.signal();
        } else if (def instanceof CountingLimit c) {
            group = c.signal();
        } else if (def instanceof Significance z) {
            group = z.signal();
        } else if (def instanceof RocCurve roc) {
            group = roc.signal();
        } else {
            group = ((HistFactoryLimit) def).signal();
        }
        return samples.stream().filter(s -> s.sample().group().equals(group)).toList();
    }

    private Map<String, Object> asimov(AsimovLimit a, SampleHistograms signal) {
        CutScanner.LimitFunction f = (s, b) -> BinnedExclusion.limitScale(s, b, a.threshold());
        Map<String, Object> r = new LinkedHashMap<>();
        if (a.scan().isPresent()) {
            r.putAll(
                    CutScanner.scan(
                            a.scan().get(),
                            a.histograms(),
                            signal,
                            backgroundsOf(a.backgrounds()),
                            a.options(),
                            a.field(),
                            f));
        } else {
            LimitBins bins =
                    binned(a.histograms(), signal, a.backgrounds(), a.options(), a.field());
            double mu = f.limit(bins.s(), bins.b());
            r.put("signal_yield", sum(bins.s()));
            r.put("background_yield", sum(bins.b()));
            r.put("q_nominal", BinnedExclusion.q(bins.s(), bins.b()));
            r.put("mu_limit", mu);
            r.put("merged_bins", bins.merged());
        }
        putCrossSection(r, (Double) r.get("mu_limit"), signal, a.options());
        return r;
    }

    private Map<String, Object> counting(CountingLimit c, SampleHistograms signal) {
        CutScanner.LimitFunction f =
                (s, b) -> ExpectedLimits.countingLimit(s, b, c.backgroundUncertainty(), c.cl())[2];
        Map<String, Object> r = new LinkedHashMap<>();
        if (c.scan().isPresent()) {
            r.putAll(
                    CutScanner.scan(
                            c.scan().get(),
                            c.histograms(),
                            signal,
                            backgroundsOf(c.backgrounds()),
                            c.options(),
                            c.field(),
                            f));
        } else {
            LimitBins bins =
                    binned(c.histograms(), signal, c.backgrounds(), c.options(), c.field());
            double[] band =
                    ExpectedLimits.countingLimit(
                            bins.s(), bins.b(), c.backgroundUncertainty(), c.cl());
            r.put("signal_yield", sum(bins.s()));
            r.put("background_yield", sum(bins.b()));
            r.put("mu_limit", band[2]);
            r.put("mu_limit_band", band);
            r.put("merged_bins", bins.merged());
        }
        putCrossSection(r, (Double) r.get("mu_limit"), signal, c.options());
        return r;
    }

    /**
     * The limit on the cross section: μ·σ of the signal sample divided by the branching ratio the
     * entry names (σ includes it), in pb and fb.
     */
    private static void putCrossSection(
            Map<String, Object> r, double mu, SampleHistograms signal, LimitOptions o) {
        double pb = mu * signal.crossSectionPb() / o.signalBranchingRatio();
        r.put("signal_branching_ratio", o.signalBranchingRatio());
        r.put("cross_section_limit_pb", pb);
        r.put("cross_section_limit_fb", pb * 1000);
    }

    private LimitBins binned(
            List<String> histograms,
            SampleHistograms signal,
            List<String> backgrounds,
            LimitOptions options,
            String field) {
        List<double[]> s = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        for (String h : histograms) {
            s.add(concat(List.of(signal), List.of(h), field));
            b.add(concat(backgroundsOf(backgrounds), List.of(h), field));
        }
        LimitBins bins = LimitBins.combine(s, b, options.mergeEmptyBackground());
        checkBins(bins.s(), bins.b(), histograms, field);
        return bins;
    }

    private Map<String, Object> significance(Significance z, SampleHistograms signal) {
        double[] s = concat(List.of(signal), z.histograms(), z.field());
        double[] b = concat(backgroundsOf(z.backgrounds()), z.histograms(), z.field());
        checkBins(s, b, z.histograms(), z.field());
        double sum2 = 0;
        double[] perBin = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            if (b[i] > 0) {
                perBin[i] =
                        CountingFormulas.asimovSignificance(
                                s[i], b[i], z.backgroundUncertainty() * b[i]);
                sum2 += perBin[i] * perBin[i];
            }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("signal_yield", sum(s));
        r.put("background_yield", sum(b));
        r.put("z_bins", perBin);
        r.put("z_asimov", Math.sqrt(sum2));
        return r;
    }

    private Map<String, Object> histFactory(HistFactoryLimit h, SampleHistograms signal)
            throws IOException {
        WorkspaceBuilder wb = new WorkspaceBuilder().setPoi("mu");
        for (String hist : h.histograms()) {
            double[] bTotal = concat(backgroundsOf(h.backgrounds()), List.of(hist), h.field());
            wb.setObservation(hist, bTotal);
            wb.addSample(hist, "signal", histogramOf(signal, hist, h.field()).values())
                    .optNormFactor("mu");
            addSystematics(wb, h, hist, signal, "signal");
            for (String bg : h.backgrounds()) {
                double[] y = concat(backgroundsOf(List.of(bg)), List.of(hist), h.field());
                wb.addSample(hist, bg, y);
                addSystematics(wb, h, hist, null, bg);
            }
        }
        Workspace ws = wb.build();
        Path file = workspaceDir.resolve(h.name() + "-" + safe(signal.sample().name()) + ".json");
        WorkspaceWriter.write(ws, file);
        double[] band = ExpectedLimits.limitBand(Model.compile(ws), h.cl());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("workspace", file.getFileName().toString());
        r.put("mu_limit", band[2]);
        r.put("mu_limit_band", band);
        r.put("cross_section_limit_pb", band[2] * signal.crossSectionPb());
        return r;
    }

    private void addSystematics(
            WorkspaceBuilder wb,
            HistFactoryLimit h,
            String hist,
            SampleHistograms signal,
            String sampleName) {
        String group = signal != null ? signal.sample().group() : sampleName;
        for (Systematic sys : h.systematics()) {
            if (!sys.samples().contains(group)) {
                continue;
            }
            switch (sys.type()) {
                case NORMSYS -> wb.optNormSys(sys.name(), 1 + sys.up(), 1 - sys.down());
                case LUMI -> wb.optLumi(sys.name(), sys.up());
                case SHAPESYS -> {
                    double[] y = yieldsFor(signal, sampleName, hist, h.field());
                    double[] sig = new double[y.length];
                    for (int i = 0; i < y.length; i++) {
                        sig[i] = sys.up() * y[i];
                    }
                    wb.optShapeSys(sys.name(), sig);
                }
                case HISTOSYS -> {
                    // The varied shapes are histograms of their own, filled like the nominal one.
                    wb.optHistoSys(
                            sys.name(),
                            yieldsFor(signal, sampleName, sys.upHistogram(), h.field()),
                            yieldsFor(signal, sampleName, sys.downHistogram(), h.field()));
                }
            }
        }
    }

    private double[] yieldsFor(SampleHistograms signal, String group, String hist, String field) {
        if (signal != null) {
            return histogramOf(signal, hist, field).values();
        }
        return concat(backgroundsOf(List.of(group)), List.of(hist), field);
    }

    private Map<String, Object> abcd(AbcdPrediction d) {
        List<SampleHistograms> bgs = backgroundsOf(d.backgrounds());
        HistogramData a = summed(bgs, d.regionA(), d.field());
        HistogramData b = summed(bgs, d.regionB(), d.field());
        HistogramData c = summed(bgs, d.regionC(), d.field());
        HistogramData dd = summed(bgs, d.regionD(), d.field());
        List<Map<String, Object>> bins = new ArrayList<>();
        for (int i = 0; i < a.bins(); i++) {
            double nb = b.values()[i];
            double nc = c.values()[i];
            double nd = dd.values()[i];
            if (!(nb > 0 && nc > 0 && nd > 0)) {
                throw new StatisticsException(
                        d.field(),
                        "bin "
                                + i
                                + " has no background in a control region (B "
                                + nb
                                + ", C "
                                + nc
                                + ", D "
                                + nd
                                + "); the ABCD prediction needs all three > 0 — widen the bins");
            }
            AbcdEstimate est =
                    AbcdEstimate.predict(
                            nb,
                            Math.sqrt(b.variances()[i]),
                            nc,
                            Math.sqrt(c.variances()[i]),
                            nd,
                            Math.sqrt(dd.variances()[i]));
            AbcdEstimate.Closure closure = est.closure(a.values()[i]);
            Map<String, Object> bin = new LinkedHashMap<>();
            bin.put("predicted", est.predicted());
            bin.put("uncertainty", est.uncertainty());
            bin.put("observed_mc", a.values()[i]);
            bin.put("closure_ratio", closure.ratio());
            bin.put("closure_pull", closure.pull());
            bins.add(bin);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("bins", bins);
        return r;
    }

    /**
     * The ROC curve from the score histograms (a cut above each edge; efficiencies relative to the
     * histogram's content) and its area Σ_i b_i (Σ_{j&gt;i} s_j + s_i/2) with s and b the
     * normalised bin contents: the probability that a signal event scores higher, ties in a bin
     * counted one half.
     */
    private Map<String, Object> roc(RocCurve roc, SampleHistograms signal) {
        double[] s = histogramOf(signal, roc.histogram(), roc.field()).values();
        double[] b =
                summed(backgroundsOf(roc.backgrounds()), roc.histogram(), roc.field()).values();
        double st = sum(s);
        double bt = sum(b);
        if (!(st > 0 && bt > 0)) {
            throw new StatisticsException(
                    roc.field(),
                    "histogram "
                            + roc.histogram()
                            + " has signal "
                            + st
                            + " and background "
                            + bt
                            + "; a ROC curve needs both");
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("auc", auc(s, b));
        double[] se = new double[s.length + 1];
        double[] be = new double[s.length + 1];
        double sa = 0;
        double ba = 0;
        for (int i = s.length - 1; i >= 0; i--) {
            sa += s[i];
            ba += b[i];
            // Rounding of the running sums must not carry an efficiency past 1.
            se[i] = Math.min(1, sa / st);
            be[i] = Math.min(1, ba / bt);
        }
        r.put("cut", histogramOf(signal, roc.histogram(), roc.field()).edges());
        r.put("signal_efficiency", se);
        r.put("background_efficiency", be);
        r.put("signal_yield", st);
        r.put("background_yield", bt);
        return r;
    }

    /** The area under the ROC curve of binned scores (see {@link #roc}). */
    static double auc(double[] s, double[] b) {
        double st = sum(s);
        double bt = sum(b);
        double above = 0;
        double area = 0;
        for (int i = s.length - 1; i >= 0; i--) {
            area += b[i] / bt * (above + 0.5 * s[i] / st);
            above += s[i] / st;
        }
        return area;
    }

    private List<SampleHistograms> backgroundsOf(List<String> groups) {
        return samples.stream().filter(s -> groups.contains(s.sample().group())).toList();
    }

    /** The sample's histogram of that name. */
    static HistogramData histogramOf(SampleHistograms s, String name, String field) {
        HistogramData h = s.histograms().get(name);
        if (h == null) {
            throw new StatisticsException(
                    field, "sample " + s.sample().name() + " has no histogram '" + name + "'");
        }
        return h;
    }

    /** The sum of the samples' histograms of that name. */
    static HistogramData summed(List<SampleHistograms> list, String name, String field) {
        HistogramData total = null;
        for (SampleHistograms s : list) {
            HistogramData h = histogramOf(s, name, field);
            total = total == null ? h : total.plus(h);
        }
        if (total == null) {
            throw new StatisticsException(field, "no background samples");
        }
        return total;
    }

    private static double[] concat(List<SampleHistograms> list, List<String> names, String field) {
        List<Double> all = new ArrayList<>();
        for (String name : names) {
            double[] v = summed(list, name, field).values();
            for (double x : v) {
                all.add(x);
            }
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void checkBins(double[] s, double[] b, List<String> names, String field) {
        for (int i = 0; i < s.length; i++) {
            if (s[i] > 0 && !(b[i] > 0)) {
                throw new StatisticsException(
                        field,
                        "bin "
                                + i
                                + " of "
                                + names
                                + " (bins counted across the histograms in order) has signal "
                                + s[i]
                                + " but no background: the test statistic is infinite there;"
                                + " merge or narrow the bins so that every bin with signal"
                                + " has background");
            }
        }
        if (sum(s) <= 0) {
            throw new StatisticsException(field, "the signal is zero in every bin of " + names);
        }
    }

    /** The sum of the values. */
    static double sum(double[] v) {
        double t = 0;
        for (double x : v) {
            t += x;
        }
        return t;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._=-]", "_");
    }
}
