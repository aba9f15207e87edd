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
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.HistFactoryLimit;
import org.quarryhep.pipeline.StatisticsDefinition.Significance;
import org.quarryhep.pipeline.StatisticsDefinition.Systematic;
import org.quarryhep.stats.Workspace;
import org.quarryhep.stats.WorkspaceBuilder;
import org.quarryhep.stats.WorkspaceWriter;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.AbcdEstimate;
import org.quarryhep.stats.infer.AsymptoticCalculator;
import org.quarryhep.stats.infer.BinnedExclusion;
import org.quarryhep.stats.infer.CountingFormulas;
import org.quarryhep.stats.infer.LimitResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.infer.UpperLimit;
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
        } else {
            group = ((HistFactoryLimit) def).signal();
        }
        return samples.stream().filter(s -> s.sample().group().equals(group)).toList();
    }

    private Map<String, Object> asimov(AsimovLimit a, SampleHistograms signal) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (a.scan().isPresent()) {
            ScanPoint best =
                    scan(
                            a.scan().get(),
                            signal,
                            a.backgrounds(),
                            a.field(),
                            (s, b) -> BinnedExclusion.limitScale(s, b, a.threshold()));
            r.putAll(best.toMap(signal.crossSectionPb()));
            return r;
        }
        double[] s = concat(List.of(signal), a.histograms(), a.field());
        double[] b = concat(backgroundsOf(a.backgrounds()), a.histograms(), a.field());
        checkBins(s, b, a.histograms(), a.field());
        double mu = BinnedExclusion.limitScale(s, b, a.threshold());
        r.put("signal_yield", sum(s));
        r.put("background_yield", sum(b));
        r.put("q_nominal", BinnedExclusion.q(s, b));
        r.put("mu_limit", mu);
        r.put("cross_section_limit_pb", mu * signal.crossSectionPb());
        return r;
    }

    private Map<String, Object> counting(CountingLimit c, SampleHistograms signal) {
        Map<String, Object> r = new LinkedHashMap<>();
        if (c.scan().isPresent()) {
            ScanPoint best =
                    scan(
                            c.scan().get(),
                            signal,
                            c.backgrounds(),
                            c.field(),
                            (s, b) -> countingLimit(s, b, c.backgroundUncertainty(), c.cl())[2]);
            r.putAll(best.toMap(signal.crossSectionPb()));
            return r;
        }
        double[] s = concat(List.of(signal), c.histograms(), c.field());
        double[] b = concat(backgroundsOf(c.backgrounds()), c.histograms(), c.field());
        checkBins(s, b, c.histograms(), c.field());
        double[] band = countingLimit(s, b, c.backgroundUncertainty(), c.cl());
        r.put("signal_yield", sum(s));
        r.put("background_yield", sum(b));
        r.put("mu_limit", band[2]);
        r.put("mu_limit_band", band);
        r.put("cross_section_limit_pb", band[2] * signal.crossSectionPb());
        return r;
    }

    /**
     * The expected CLs limits on μ (ascending: −2σ, −1σ, median, +1σ, +2σ) for counting bins with a
     * relative background uncertainty per bin, from background-only Asimov data.
     */
    static double[] countingLimit(double[] s, double[] b, double relUnc, double cl) {
        // Scale the signal so that the limit lands near μ = 1, inside the POI's default bounds.
        double k = BinnedExclusion.limitScale(s, b, BinnedExclusion.Q95);
        double[] sk = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            sk[i] = s[i] * k;
        }
        WorkspaceBuilder wb =
                new WorkspaceBuilder()
                        .setPoi("mu")
                        .setObservation("counting", b)
                        .addSample("counting", "signal", sk)
                        .optNormFactor("mu")
                        .addSample("counting", "background", b);
        if (relUnc > 0) {
            // A Poisson-constrained background (pyhf shapesys, the on/off problem), the model
            // behind Cowan's significance with σ_b that the significance entry uses.
            double[] sigmas = new double[b.length];
            for (int i = 0; i < b.length; i++) {
                sigmas[i] = relUnc * b[i];
            }
            wb.optShapeSys("background_uncertainty", sigmas);
        }
        wb.optParameter(
                new Workspace.ParameterConfig(
                        "mu", null, new double[][] {{0, 50}}, false, null, null));
        double[] band = limitBand(Model.compile(wb.build()), cl);
        for (int i = 0; i < band.length; i++) {
            band[i] *= k;
        }
        return band;
    }

    private static double[] limitBand(Model model, double cl) {
        AsymptoticCalculator calc =
                new AsymptoticCalculator(Fitter.of(model), TestStatistic.QTILDE);
        UpperLimit ul = UpperLimit.asymptotic(calc, model.observedData(), 1 - cl);
        int poi = model.poiIndex();
        LimitResult lr =
                ul.rootFinding(model.lowerBounds()[poi], model.upperBounds()[poi], 1e-6, 300, null);
        return lr.expected();
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
        double[] band = limitBand(Model.compile(ws), h.cl());
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

    /** One cut of a scan and its limit. */
    private record ScanPoint(double edge, double s, double b, double mu) {
        Map<String, Object> toMap(double sigmaPb) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("best_cut", edge);
            m.put("signal_yield", s);
            m.put("background_yield", b);
            m.put("mu_limit", mu);
            m.put("cross_section_limit_pb", mu * sigmaPb);
            return m;
        }
    }

    private interface LimitFunction {
        double limit(double[] s, double[] b);
    }

    private ScanPoint scan(
            CutScan scan,
            SampleHistograms signal,
            List<String> backgrounds,
            String field,
            LimitFunction f) {
        HistogramData hs = histogramOf(signal, scan.histogram(), field);
        HistogramData hb = summed(backgroundsOf(backgrounds), scan.histogram(), field);
        double[] cs = hs.cumulative(scan.keepAbove());
        double[] cb = hb.cumulative(scan.keepAbove());
        double[] edges = hs.edges();
        ScanPoint best = null;
        for (int k = 0; k < edges.length; k++) {
            if (!(cs[k] > 0 && cb[k] > 0)) {
                continue;
            }
            double mu = f.limit(new double[] {cs[k]}, new double[] {cb[k]});
            if (best == null || mu < best.mu()) {
                best = new ScanPoint(edges[k], cs[k], cb[k], mu);
            }
        }
        if (best == null) {
            throw new StatisticsException(
                    field + "/scan",
                    "no cut on '"
                            + scan.histogram()
                            + "' keeps both signal and background of "
                            + signal.sample().name());
        }
        return best;
    }

    private List<SampleHistograms> backgroundsOf(List<String> groups) {
        return samples.stream().filter(s -> groups.contains(s.sample().group())).toList();
    }

    private static HistogramData histogramOf(SampleHistograms s, String name, String field) {
        HistogramData h = s.histograms().get(name);
        if (h == null) {
            throw new StatisticsException(
                    field, "sample " + s.sample().name() + " has no histogram '" + name + "'");
        }
        return h;
    }

    private static HistogramData summed(List<SampleHistograms> list, String name, String field) {
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

    private static double sum(double[] v) {
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
