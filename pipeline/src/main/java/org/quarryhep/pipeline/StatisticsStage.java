package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quarryhep.pipeline.StatisticsDefinition.AbcdPrediction;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CountingLimit;
import org.quarryhep.pipeline.StatisticsDefinition.CutScan;
import org.quarryhep.pipeline.StatisticsDefinition.HistFactoryLimit;
import org.quarryhep.pipeline.StatisticsDefinition.LimitOptions;
import org.quarryhep.pipeline.StatisticsDefinition.RocCurve;
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
    @SuppressWarnings("unchecked")
    public static void commonCuts(List<StatisticsDefinition> defs, Map<String, Object> results) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (StatisticsDefinition d : defs) {
            Optional<CutScan> scan =
                    d instanceof AsimovLimit a
                            ? a.scan()
                            : d instanceof CountingLimit c ? c.scan() : Optional.empty();
            if (scan.isEmpty() || scan.get().common().isEmpty() || !results.containsKey(d.name())) {
                continue;
            }
            groups.computeIfAbsent(scan.get().common(), k -> new ArrayList<>())
                    .addAll(
                            (List<Map<String, Object>>)
                                    ((Map<String, Object>) results.get(d.name())).get("points"));
        }
        for (List<Map<String, Object>> points : groups.values()) {
            Map<Double, Double> score = new java.util.TreeMap<>();
            Map<Double, Integer> seen = new java.util.HashMap<>();
            for (Map<String, Object> p : points) {
                double best = (Double) p.get("mu_limit");
                for (Map<String, Object> sp : (List<Map<String, Object>>) p.get("scan_points")) {
                    double cut = (Double) sp.get("cut");
                    score.merge(cut, (Double) sp.get("mu_limit") / best, Double::sum);
                    seen.merge(cut, 1, Integer::sum);
                }
            }
            double chosen = Double.NaN;
            double least = Double.POSITIVE_INFINITY;
            for (Map.Entry<Double, Double> e : score.entrySet()) {
                if (seen.get(e.getKey()) == points.size() && e.getValue() < least) {
                    least = e.getValue();
                    chosen = e.getKey();
                }
            }
            if (Double.isNaN(chosen)) {
                continue;
            }
            for (Map<String, Object> p : points) {
                for (Map<String, Object> sp : (List<Map<String, Object>>) p.get("scan_points")) {
                    if ((Double) sp.get("cut") == chosen) {
                        double mu = (Double) sp.get("mu_limit");
                        double pb =
                                mu
                                        * (Double) p.get("signal_cross_section_pb")
                                        / (Double) p.get("signal_branching_ratio");
                        p.put("common_cut", chosen);
                        p.put("common_cut_mu_limit", mu);
                        p.put("common_cut_cross_section_limit_pb", pb);
                        p.put("common_cut_cross_section_limit_fb", pb * 1000);
                    }
                }
            }
        }
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
        LimitFunction f = (s, b) -> BinnedExclusion.limitScale(s, b, a.threshold());
        Map<String, Object> r = new LinkedHashMap<>();
        if (a.scan().isPresent()) {
            r.putAll(
                    scanned(
                            a.scan().get(),
                            a.histograms(),
                            signal,
                            a.backgrounds(),
                            a.options(),
                            a.field(),
                            f));
        } else {
            Binned bins = binned(a.histograms(), signal, a.backgrounds(), a.options(), a.field());
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
        LimitFunction f = (s, b) -> countingLimit(s, b, c.backgroundUncertainty(), c.cl())[2];
        Map<String, Object> r = new LinkedHashMap<>();
        if (c.scan().isPresent()) {
            r.putAll(
                    scanned(
                            c.scan().get(),
                            c.histograms(),
                            signal,
                            c.backgrounds(),
                            c.options(),
                            c.field(),
                            f));
        } else {
            Binned bins = binned(c.histograms(), signal, c.backgrounds(), c.options(), c.field());
            double[] band = countingLimit(bins.s(), bins.b(), c.backgroundUncertainty(), c.cl());
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

    /** Signal and background yields of the bins that enter a limit, after any merging. */
    private record Binned(double[] s, double[] b, int merged) {}

    private Binned binned(
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
        Binned bins = combine(s, b, options.mergeEmptyBackground());
        checkBins(bins.s(), bins.b(), histograms, field);
        return bins;
    }

    /**
     * The bins of several histograms side by side; with merging, each histogram's bins without
     * background merged first (see {@link #mergeEmptyBackground}).
     */
    private static Binned combine(List<double[]> s, List<double[]> b, boolean merge) {
        List<Double> ss = new ArrayList<>();
        List<Double> bb = new ArrayList<>();
        int merged = 0;
        for (int h = 0; h < s.size(); h++) {
            double[][] m =
                    merge
                            ? mergeEmptyBackground(s.get(h), b.get(h))
                            : new double[][] {s.get(h), b.get(h)};
            merged += s.get(h).length - m[0].length;
            for (int i = 0; i < m[0].length; i++) {
                ss.add(m[0][i]);
                bb.add(m[1][i]);
            }
        }
        return new Binned(
                ss.stream().mapToDouble(Double::doubleValue).toArray(),
                bb.stream().mapToDouble(Double::doubleValue).toArray(),
                merged);
    }

    /**
     * The merging rule for bins without background, where q is infinite: going down from the
     * highest bin, bins are gathered until the gathered background is positive, and the gathered
     * bins become one; bins left without background at the bottom join the lowest merged bin above
     * them. Bins with neither signal nor background are merged like the others (they add nothing).
     * When no bin has background, the bins are returned as they are (the caller then stops).
     *
     * @return {merged signal, merged background}
     */
    static double[][] mergeEmptyBackground(double[] s, double[] b) {
        List<double[]> groups = new ArrayList<>();
        double gs = 0;
        double gb = 0;
        for (int i = s.length - 1; i >= 0; i--) {
            gs += s[i];
            gb += b[i];
            if (gb > 0) {
                groups.add(new double[] {gs, gb});
                gs = 0;
                gb = 0;
            }
        }
        if (groups.isEmpty()) {
            return new double[][] {s.clone(), b.clone()};
        }
        double[] lowest = groups.get(groups.size() - 1);
        lowest[0] += gs;
        lowest[1] += gb;
        int n = groups.size();
        double[] ms = new double[n];
        double[] mb = new double[n];
        for (int k = 0; k < n; k++) {
            ms[k] = groups.get(n - 1 - k)[0];
            mb[k] = groups.get(n - 1 - k)[1];
        }
        return new double[][] {ms, mb};
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

    private interface LimitFunction {
        double limit(double[] s, double[] b);
    }

    /**
     * A cut scan. Without {@code shape}: one counting bin beyond each edge of the cut histogram.
     * With it: the entry's histograms of the events passing the cut, one cut per histogram, scanned
     * jointly over every combination of edges. Cuts that leave no signal, or (without merging) a
     * bin with signal and no background, are skipped. The lowest limit is kept; a one-cut scan also
     * records the limit at every edge ({@code scan_points}).
     */
    private Map<String, Object> scanned(
            CutScan scan,
            List<String> histograms,
            SampleHistograms signal,
            List<String> backgrounds,
            LimitOptions options,
            String field,
            LimitFunction f) {
        List<SampleHistograms> bgs = backgroundsOf(backgrounds);
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
            HistogramData hs = histogramOf(signal, scan.histogram(), field);
            HistogramData hb = summed(bgs, scan.histogram(), field);
            cs = hs.cumulative(scan.keepAbove());
            cb = hb.cumulative(scan.keepAbove());
            edges.add(hs.edges());
        }
        int[] k = new int[n];
        double best = Double.POSITIVE_INFINITY;
        int[] bestK = null;
        Binned bestBins = null;
        List<Map<String, Object>> points = new ArrayList<>();
        while (true) {
            Binned bins;
            if (scan.shape()) {
                List<double[]> ss = new ArrayList<>();
                List<double[]> bb = new ArrayList<>();
                for (int h = 0; h < n; h++) {
                    ss.add(sTables.get(h).passing(k[h], scan.keepAbove()).values());
                    bb.add(bTables.get(h).passing(k[h], scan.keepAbove()).values());
                }
                bins = combine(ss, bb, options.mergeEmptyBackground());
            } else {
                bins = new Binned(new double[] {cs[k[0]]}, new double[] {cb[k[0]]}, 0);
            }
            if (defined(bins)) {
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
        m.put("signal_yield", sum(bestBins.s()));
        m.put("background_yield", sum(bestBins.b()));
        m.put("mu_limit", best);
        m.put("merged_bins", bestBins.merged());
        if (n == 1) {
            m.put("scan_points", points);
        }
        return m;
    }

    /** A limit is defined when some bin has signal and every bin with signal has background. */
    private static boolean defined(Binned bins) {
        boolean any = false;
        for (int i = 0; i < bins.s().length; i++) {
            if (bins.s()[i] > 0) {
                any = true;
                if (!(bins.b()[i] > 0)) {
                    return false;
                }
            }
        }
        return any;
    }

    private static CutTable cutTable(SampleHistograms s, String id, String field) {
        CutTable t = s.cutTables().get(id);
        if (t == null) {
            throw new StatisticsException(
                    field, "sample " + s.sample().name() + " has no cut table '" + id + "'");
        }
        return t;
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
