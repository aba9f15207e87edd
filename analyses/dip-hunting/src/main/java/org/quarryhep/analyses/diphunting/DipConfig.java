package org.quarryhep.analyses.diphunting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.pipeline.extension.AnalysisInfo;
import org.quarryhep.pipeline.extension.SampleInfo;

/**
 * The {@code extensions.dip-hunting} node of the analysis file, read strictly.
 *
 * @param ggSamples names (or grid names) of the g g → t t̄ samples of {@code gg-tt-s} (QCD or
 *     signal components) that together form the reweighting pool
 * @param qqSample the q q̄ → t t̄ sample ({@code ttbar} with {@code initial: 2})
 * @param cpOdd true for a pseudoscalar (the hypotheses and the injected points; the samples may
 *     have been generated with either CP: each sample's own θ enters the pool's weights, so the
 *     reweighting to the other CP is exact)
 * @param mttResolution relative Gaussian m_tt̄ resolution (0: parton-level m_tt̄)
 * @param testFraction the fraction of events held out of training (closure, scans, toys)
 * @param trainMasses m_S values of the training grid, GeV
 * @param trainCouplings κ values of the training grid
 * @param closure the held-out θ of the closure test
 * @param network the networks' shape and training
 * @param scan the (m_S, κ) grid of the compatibility scans
 * @param injected the injected θ of the scans (κ = 0: no signal)
 * @param luminositiesIfb the scans' luminosities, fb⁻¹
 * @param toys the coverage toys
 * @param binned the binned m_tt̄ template baseline
 * @param widthScan the (m_S, Γ_S) scan (null: none)
 * @param calibration the histogram calibration of the recombined network
 * @param observables the networks' observables ({@code observables}: production or spin)
 * @param decayed whether the samples are dileptonic, so that the pool's weights and exact ratio are
 *     those of the full decayed record (the qq sample's {@code decay} is 1 or 5)
 * @param spinComparison whether networks on the production observables alone are also trained and
 *     compared ({@code spin_comparison: true}; needs {@code observables: spin})
 */
public record DipConfig(
        List<String> ggSamples,
        String qqSample,
        boolean cpOdd,
        double mttResolution,
        double testFraction,
        List<Double> trainMasses,
        List<Double> trainCouplings,
        List<Point> closure,
        Network network,
        Grid scan,
        List<Point> injected,
        List<Double> luminositiesIfb,
        Toys toys,
        Binning binned,
        WidthScan widthScan,
        Calibration calibration,
        FeatureSet observables,
        boolean decayed,
        boolean spinComparison) {

    /** The keys of the node. */
    static final String[] KEYS = {
        "gg_samples",
        "qq_sample",
        "cp",
        "mtt_resolution",
        "test_fraction",
        "train",
        "closure",
        "network",
        "scan",
        "injected",
        "luminosity_ifb",
        "toys",
        "binned",
        "width_scan",
        "calibration",
        "observables",
        "spin_comparison"
    };

    /**
     * A parameter point.
     *
     * @param mS m_S, GeV
     * @param kappa κ
     */
    public record Point(double mS, double kappa) {
        /** As a results.json map. */
        Map<String, Object> toMap() {
            return Map.of("m_s", mS, "kappa", kappa);
        }
    }

    /**
     * The networks.
     *
     * @param layers hidden layer widths (ReLU)
     * @param epochs maximum epochs
     * @param batchSize rows per step
     * @param learningRate Adam's initial rate
     * @param patience early-stopping patience on the validation loss (0: off)
     */
    public record Network(
            List<Integer> layers, int epochs, int batchSize, double learningRate, int patience) {}

    /**
     * The scan grid (evenly spaced, both ends included).
     *
     * @param massFrom first m_S
     * @param massTo last m_S
     * @param massPoints m_S points
     * @param kappaFrom first κ
     * @param kappaTo last κ
     * @param kappaPoints κ points
     */
    public record Grid(
            double massFrom,
            double massTo,
            int massPoints,
            double kappaFrom,
            double kappaTo,
            int kappaPoints) {
        /** The m_S values. */
        double[] masses() {
            return spaced(massFrom, massTo, massPoints);
        }

        /** The κ values. */
        double[] couplings() {
            return spaced(kappaFrom, kappaTo, kappaPoints);
        }

        /** As a results.json map. */
        Map<String, Object> toMap() {
            return Map.of(
                    "m_s",
                    Map.of("from", massFrom, "to", massTo, "points", massPoints),
                    "kappa",
                    Map.of("from", kappaFrom, "to", kappaTo, "points", kappaPoints));
        }

        /** The area of one cell, GeV. */
        double cellArea() {
            return (massTo - massFrom)
                    / (massPoints - 1)
                    * (kappaTo - kappaFrom)
                    / (kappaPoints - 1);
        }

        private static double[] spaced(double from, double to, int n) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = from + (to - from) * i / (n - 1);
            }
            return v;
        }
    }

    /**
     * Coverage toys.
     *
     * @param count number of toys
     * @param luminosityIfb their luminosity
     * @param injected their θ₀
     * @param grid the grid their regions are found on (Δt relative to its minimum): fine enough
     *     around θ₀ that the grid's minimum is close to the true one (default: the scan grid)
     */
    public record Toys(int count, double luminosityIfb, Point injected, Grid grid) {}

    /**
     * The (m_S, Γ_S) scan: hypotheses of fixed width at one κ (the exact ratio, the binned fit and,
     * with training points, a network parametrised in (m_S, Γ_S); the (m_S, κ) networks know only
     * the derived width).
     *
     * @param kappa κ of every hypothesis and injected point
     * @param grid the grid; its second axis ({@code kappa…} fields) holds Γ_S in GeV
     * @param injected the injected (m_S, Γ_S), as points whose {@code kappa} is Γ_S
     * @param luminositiesIfb the luminosities, fb⁻¹
     * @param train the (m_S, Γ_S) network's training points (empty: no network, exact ratio and
     *     binned fit only)
     * @param closure the network's held-out closure points
     */
    public record WidthScan(
            double kappa,
            Grid grid,
            List<Point> injected,
            List<Double> luminositiesIfb,
            List<Point> train,
            List<Point> closure) {}

    /**
     * The binned baseline's m_tt̄ histogram.
     *
     * @param bins bin count
     * @param low lower edge, GeV
     * @param high upper edge, GeV
     */
    public record Binning(int bins, double low, double high) {}

    /**
     * The histogram calibration of the recombined network in its own output ({@link
     * HistogramCalibration}).
     *
     * @param maxBins the most bins of equal Standard-Model weight
     * @param minEffective the fewest Kish-effective training events per bin
     */
    public record Calibration(int maxBins, double minEffective) {
        /** The default: 50 bins, at least 100 effective events each. */
        static final Calibration DEFAULT = new Calibration(50, 100);
    }

    /**
     * Reads and checks the node against the analysis's samples.
     *
     * @param n the node
     * @param analysis the analysis
     * @return the configuration
     * @throws org.quarryhep.config.ConfigException naming the line and key that are wrong
     */
    static DipConfig read(ConfigNode n, AnalysisInfo analysis) {
        if (!n.isMapping()) {
            throw n.error("dip-hunting: expected a mapping of " + String.join(", ", KEYS));
        }
        n.allowOnly(KEYS);
        List<String> gg = new ArrayList<>();
        ConfigNode ggNode = n.get("gg_samples");
        for (ConfigNode g : ggNode.asList()) {
            List<SampleInfo> group = group(analysis, g);
            for (SampleInfo s : group) {
                if (!s.process().equals("gg-tt-s")) {
                    throw g.error("sample " + s.name() + " is not gg-tt-s (" + s.process() + ")");
                }
                double component = s.params().getOrDefault("component", 3.0);
                if (component != 0 && component != 1) {
                    throw g.error(
                            "sample "
                                    + s.name()
                                    + ": the pool needs positive-weight components (0 QCD, 1"
                                    + " signal), found component "
                                    + component);
                }
            }
            gg.add(g.asString());
        }
        if (gg.isEmpty()) {
            throw ggNode.error("at least one g g -> t tbar sample is needed");
        }
        ConfigNode qqNode = n.get("qq_sample");
        List<SampleInfo> qq = group(analysis, qqNode);
        if (qq.size() != 1
                || !qq.get(0).process().equals("ttbar")
                || qq.get(0).params().getOrDefault("initial", 0.0) != 2) {
            throw qqNode.error("qq_sample: one ttbar sample with initial: 2 (q qbar only)");
        }
        boolean cpOdd =
                n.opt("cp").map(c -> c.asChoice("even", "odd")).orElse("even").equals("odd");
        double decay = qq.get(0).params().getOrDefault("decay", 0.0);
        for (String name : gg) {
            for (SampleInfo s : analysis.samples()) {
                if (s.group().equals(name)) {
                    if (s.params().getOrDefault("decay", 0.0) != decay) {
                        throw ggNode.error(
                                "sample "
                                        + s.name()
                                        + ": decay differs from the qq sample's ("
                                        + decay
                                        + "); the branching ratios must match");
                    }
                }
            }
        }
        double res = n.opt("mtt_resolution").map(ConfigNode::asDouble).orElse(0.0);
        if (!(res >= 0 && res < 1)) {
            throw n.get("mtt_resolution").error("expected 0 <= resolution < 1, found " + res);
        }
        double test = n.opt("test_fraction").map(ConfigNode::asDouble).orElse(0.5);
        if (!(test > 0 && test < 1)) {
            throw n.get("test_fraction").error("expected 0 < test_fraction < 1, found " + test);
        }
        ConfigNode train = n.get("train").allowOnly("m_s", "kappa");
        List<Double> masses = positives(train.get("m_s"));
        List<Double> couplings = positives(train.get("kappa"));
        List<Point> closure = points(n.get("closure"));
        Network net = network(n.get("network"));
        Grid grid = grid(n.get("scan"));
        List<Point> injected = points(n.get("injected"));
        List<Double> lumis = positives(n.get("luminosity_ifb"));
        ConfigNode t = n.get("toys").allowOnly("count", "luminosity_ifb", "injected", "grid");
        int count = t.get("count").asInt();
        if (count < 1) {
            throw t.get("count").error("expected at least one toy");
        }
        Point toyInjected = point(t.get("injected"));
        Grid toyGrid = t.opt("grid").map(DipConfig::grid).orElse(grid);
        Toys toys = new Toys(count, positive(t.get("luminosity_ifb")), toyInjected, toyGrid);
        ConfigNode b = n.get("binned").allowOnly("bins", "low", "high");
        Binning binned =
                new Binning(
                        b.get("bins").asInt(), b.get("low").asDouble(), b.get("high").asDouble());
        if (binned.bins() < 1 || !(binned.high() > binned.low())) {
            throw b.error("binned: need bins >= 1 and high > low");
        }
        WidthScan widthScan = n.opt("width_scan").map(DipConfig::widthScan).orElse(null);
        Calibration calibration =
                n.opt("calibration").map(DipConfig::calibration).orElse(Calibration.DEFAULT);
        // Decay modes 1 (e/mu) and 5 (e/mu/tau) of ttbar are the dileptonic ones.
        boolean decayed = decay == 1 || decay == 5;
        FeatureSet observables =
                n.opt("observables")
                                .map(o -> o.asChoice("production", "spin"))
                                .orElse("production")
                                .equals("spin")
                        ? FeatureSet.SPIN
                        : FeatureSet.PRODUCTION;
        if (observables == FeatureSet.SPIN && !decayed) {
            throw n.get("observables")
                    .error(
                            "observables: spin needs dileptonic samples (decay: 1 or 5), found"
                                    + " decay: "
                                    + (int) decay);
        }
        boolean comparison = n.opt("spin_comparison").map(ConfigNode::asBoolean).orElse(false);
        if (comparison && observables != FeatureSet.SPIN) {
            throw n.get("spin_comparison").error("spin_comparison: true needs observables: spin");
        }
        return new DipConfig(
                gg,
                qqNode.asString(),
                cpOdd,
                res,
                test,
                masses,
                couplings,
                closure,
                net,
                grid,
                injected,
                lumis,
                toys,
                binned,
                widthScan,
                calibration,
                observables,
                decayed,
                comparison);
    }

    private static Calibration calibration(ConfigNode n) {
        n.allowOnly("bins", "min_effective_events");
        int bins = n.opt("bins").map(ConfigNode::asInt).orElse(Calibration.DEFAULT.maxBins());
        if (bins < 1) {
            throw n.get("bins").error("calibration: expected bins >= 1, found " + bins);
        }
        double min =
                n.opt("min_effective_events")
                        .map(ConfigNode::asDouble)
                        .orElse(Calibration.DEFAULT.minEffective());
        if (!(min >= 1)) {
            throw n.get("min_effective_events")
                    .error("calibration: expected min_effective_events >= 1, found " + min);
        }
        return new Calibration(bins, min);
    }

    private static List<SampleInfo> group(AnalysisInfo analysis, ConfigNode name) {
        List<SampleInfo> group =
                analysis.samples().stream().filter(s -> s.group().equals(name.asString())).toList();
        if (group.isEmpty()) {
            throw name.error("no sample named '" + name.asString() + "' in samples");
        }
        return group;
    }

    private static double positive(ConfigNode v) {
        double d = v.asDouble();
        if (!(d > 0)) {
            throw v.error("expected a positive number, found " + d);
        }
        return d;
    }

    private static List<Double> positives(ConfigNode list) {
        List<Double> out = new ArrayList<>();
        for (ConfigNode v : list.asList()) {
            out.add(positive(v));
        }
        if (out.isEmpty()) {
            throw list.error("expected a non-empty list");
        }
        return out;
    }

    private static Point point(ConfigNode p) {
        p.allowOnly("m_s", "kappa");
        double k = p.get("kappa").asDouble();
        if (!(k >= 0)) {
            throw p.get("kappa").error("expected kappa >= 0, found " + k);
        }
        return new Point(positive(p.get("m_s")), k);
    }

    private static List<Point> points(ConfigNode list) {
        List<Point> out = new ArrayList<>();
        for (ConfigNode p : list.asList()) {
            out.add(point(p));
        }
        if (out.isEmpty()) {
            throw list.error("expected a non-empty list of {m_s, kappa}");
        }
        return out;
    }

    private static Network network(ConfigNode n) {
        n.allowOnly("layers", "epochs", "batch_size", "learning_rate", "patience");
        List<Integer> layers = new ArrayList<>();
        for (ConfigNode l : n.get("layers").asList()) {
            int u = l.asInt();
            if (u < 1) {
                throw l.error("a layer needs at least one unit");
            }
            layers.add(u);
        }
        if (layers.isEmpty()) {
            throw n.get("layers").error("at least one hidden layer");
        }
        int epochs = n.get("epochs").asInt();
        int batch = n.get("batch_size").asInt();
        if (epochs < 1 || batch < 1) {
            throw n.error("epochs and batch_size must be >= 1");
        }
        double lr = positive(n.get("learning_rate"));
        int patience = n.opt("patience").map(ConfigNode::asInt).orElse(0);
        return new Network(layers, epochs, batch, lr, patience);
    }

    private static WidthScan widthScan(ConfigNode n) {
        n.allowOnly("kappa", "scan", "injected", "luminosity_ifb", "train", "closure");
        Grid g = grid(n.get("scan"), "width");
        if (!(g.kappaFrom() > 0)) {
            throw n.get("scan").error("width_scan: widths must be > 0 GeV");
        }
        List<Point> injected = widthPoints(n.get("injected"));
        List<Point> train = new ArrayList<>();
        List<Point> closure = List.of();
        if (n.opt("train").isPresent()) {
            ConfigNode t = n.get("train").allowOnly("m_s", "width");
            for (double m : positives(t.get("m_s"))) {
                for (double w : positives(t.get("width"))) {
                    train.add(new Point(m, w));
                }
            }
            closure = widthPoints(n.get("closure"));
        }
        return new WidthScan(
                positive(n.get("kappa")),
                g,
                injected,
                positives(n.get("luminosity_ifb")),
                train,
                closure);
    }

    /** A non-empty list of {m_s, width} as points whose second coordinate is Γ_S. */
    private static List<Point> widthPoints(ConfigNode list) {
        List<Point> out = new ArrayList<>();
        for (ConfigNode p : list.asList()) {
            p.allowOnly("m_s", "width");
            out.add(new Point(positive(p.get("m_s")), positive(p.get("width"))));
        }
        if (out.isEmpty()) {
            throw list.error("expected a non-empty list of {m_s, width}");
        }
        return out;
    }

    private static Grid grid(ConfigNode n) {
        return grid(n, "kappa");
    }

    private static Grid grid(ConfigNode n, String second) {
        n.allowOnly("m_s", second);
        ConfigNode m = n.get("m_s").allowOnly("from", "to", "points");
        ConfigNode k = n.get(second).allowOnly("from", "to", "points");
        Grid g =
                new Grid(
                        positive(m.get("from")),
                        m.get("to").asDouble(),
                        m.get("points").asInt(),
                        k.get("from").asDouble(),
                        k.get("to").asDouble(),
                        k.get("points").asInt());
        if (g.massPoints() < 2
                || g.kappaPoints() < 2
                || !(g.massTo() > g.massFrom())
                || !(g.kappaTo() > g.kappaFrom())
                || g.kappaFrom() < 0) {
            throw n.error("scan: need points >= 2, to > from and " + second + " >= 0 on both axes");
        }
        return g;
    }
}
