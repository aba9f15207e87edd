package org.quarryhep.analyses.diphunting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.gen.process.TopPairResonanceWeights.Theta;
import org.quarryhep.ml.nn.TrainingResult;
import org.quarryhep.pipeline.extension.AnalysisExtension;
import org.quarryhep.pipeline.extension.AnalysisInfo;
import org.quarryhep.pipeline.extension.ExtensionContext;
import org.quarryhep.pipeline.extension.SampleOutputs;

/**
 * The {@code dip-hunting} extension (issue 18): builds the reweightable parton-level pool from the
 * run's g g and q q̄ samples, trains the three parametric ratio networks, and writes the closure,
 * the coverage, the compatibility scans and example distributions into results.json, with the
 * models and the Δt maps under {@code DIR/dip-hunting/}.
 */
public final class DipHuntingExtension implements AnalysisExtension {
    /** The binned fit's pyhf workspace, under the extension's directory. */
    static final String WORKSPACE = "workspaces/binned-mtt.json";

    /** Creates the extension (ServiceLoader). */
    public DipHuntingExtension() {}

    @Override
    public String name() {
        return "dip-hunting";
    }

    @Override
    public String version() {
        // 3: data as Poisson counts on the held-out events, fits normalised on the same events;
        // the binned fit as a HistFactory workspace; 4: coverage.md quotes the nominal errors;
        // 5: the recombined network calibrated in its own output; 6: the per-mass summary fit and
        // the network parametrised in (m_S, Γ_S); 7: the dilepton spin observables as inputs.
        return "7";
    }

    @Override
    public void validate(ConfigNode config, AnalysisInfo analysis) {
        DipConfig.read(config, analysis);
    }

    @Override
    public Map<String, Object> run(ExtensionContext context) throws IOException {
        // Figures are drawn off screen.
        System.setProperty("java.awt.headless", "true");
        // One libtorch intra-op thread (read when the engine loads, which in this analysis is
        // here): identical weights for a seed (ml's NetworkTrainer), and on the loaded 2-core
        // machine one thread per core spun against the other jobs — the training took > 20 min
        // wall instead of 1.5 min (README, "Runtime"). A value the user set is kept.
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", "1");
        }
        long start = System.nanoTime();
        AnalysisInfo a = context.analysis();
        DipConfig cfg = DipConfig.read(context.config(), a);
        RandomStreams streams = new RandomStreams(a.seed()).child("dip-hunting");
        List<PartonPool.GluonSample> gg = new ArrayList<>();
        Map<String, Double> firstParams = null;
        for (String group : cfg.ggSamples()) {
            for (SampleOutputs s : context.samples()) {
                if (s.info().group().equals(group)) {
                    Map<String, Double> p =
                            ProcessCatalog.create("gg-tt-s", s.info().params()).parameters();
                    firstParams = firstParams == null ? s.info().params() : firstParams;
                    Theta theta =
                            new Theta(p.get("MS"), p.get("kappa"), p.get("cp") == 1, p.get("WS"));
                    gg.add(
                            new PartonPool.GluonSample(
                                    theta,
                                    PartonPool.component(p.get("component")),
                                    s.eventFiles()));
                }
            }
        }
        List<Path> qq = context.sample(cfg.qqSample()).orElseThrow().eventFiles();
        PdfSet pdf = PdfSearchPath.standard(List.of(), System.getenv()).load(a.pdf(), 0);
        Collider collider =
                new Collider(
                        a.sqrtS(),
                        pdf,
                        ScaleChoice.parse(a.scale()),
                        ProcessCatalog.create("gg-tt-s", firstParams).sm(),
                        GeneratorCuts.NONE);
        context.progress().started("reweighting pool", -1, "events");
        PartonPool pool =
                new PartonPool(
                        collider,
                        gg,
                        qq,
                        cfg.cpOdd(),
                        cfg.mttResolution(),
                        cfg.testFraction(),
                        streams.child("pool"),
                        cfg.decayed());
        long poolDone = System.nanoTime();

        List<DipConfig.Point> thetas = new ArrayList<>();
        for (double m : cfg.trainMasses()) {
            for (double k : cfg.trainCouplings()) {
                thetas.add(new DipConfig.Point(m, k));
            }
        }
        Map<String, Object> networks = new LinkedHashMap<>();
        Map<RatioNetworks.Kind, TrainingResult> trained = new LinkedHashMap<>();
        for (RatioNetworks.Kind kind : RatioNetworks.Kind.values()) {
            String id = kind.name().toLowerCase(java.util.Locale.ROOT);
            context.progress().started("train " + id, cfg.network().epochs(), "epochs");
            TrainingResult r =
                    RatioNetworks.train(
                            pool,
                            cfg.observables(),
                            kind,
                            thetas,
                            cfg.network(),
                            streams.child("train"),
                            e -> context.progress().progress(e.epoch()));
            trained.put(kind, r);
            networks.put(id, RatioNetworks.save(r, context.outputDir(), id));
        }
        long trainDone = System.nanoTime();
        LearnedRatio ratio = RatioNetworks.ratio(trained, pool, cfg.calibration());

        context.progress().started("closure", cfg.closure().size(), "points");
        List<Object> closure = new ArrayList<>();
        List<Closure.Result> closureResults = new ArrayList<>();
        for (DipConfig.Point p : cfg.closure()) {
            Closure.Result r = Closure.at(pool, ratio, p, cfg.mttResolution() == 0);
            closureResults.add(r);
            closure.add(r.entry());
            context.progress().progress(closure.size());
        }
        Figures.closure(
                context.outputDir().resolve("figures/closure.png"), cfg.closure(), closureResults);
        long closureDone = System.nanoTime();

        List<DipConfig.Point> extra = new ArrayList<>(cfg.injected());
        extra.add(cfg.toys().injected());
        extra.add(new DipConfig.Point(cfg.scan().massFrom(), 0));
        extra.addAll(cfg.closure());
        context.progress().started("scan points", -1, "points");
        CompatibilityScan scan =
                new CompatibilityScan(
                        pool,
                        ratio,
                        cfg.scan(),
                        cfg.toys().grid(),
                        cfg.binned(),
                        extra,
                        (done, total) -> context.progress().progress(done));
        List<Map<String, Object>> scans = new ArrayList<>();
        int index = 0;
        for (DipConfig.Point p : cfg.injected()) {
            for (double lumi : cfg.luminositiesIfb()) {
                Path csv = context.outputDir().resolve("scans").resolve("scan-" + index + ".csv");
                scans.add(scan.scan(p, lumi, streams.child("scan").stream(index), csv));
                index++;
            }
        }
        // The binned fit of the first scan's data set, for pyhf or `quarry fit`.
        scan.writeWorkspace(
                cfg.injected().get(0),
                cfg.luminositiesIfb().get(0),
                streams.child("scan").stream(0),
                context.outputDir().resolve(WORKSPACE));
        List<Map<String, Object>> widthScans = List.of();
        Map<String, Object> widthNetwork = null;
        if (cfg.widthScan() != null) {
            DipConfig.WidthScan ws = cfg.widthScan();
            WidthTraining widthTrained =
                    ws.train().isEmpty()
                            ? null
                            : WidthTraining.train(
                                    pool, ws, cfg, streams.child("width-network"), context);
            context.progress().started("width scan", -1, "points");
            RandomStreams widthStreams = streams.child("width-scan");
            WidthScan widthScan =
                    new WidthScan(
                            pool,
                            ws,
                            scan.heldOut(),
                            widthTrained == null ? null : widthTrained.ratio());
            widthScans = widthScan.run(context.outputDir().resolve("scans"), widthStreams::stream);
            if (widthTrained != null) {
                widthNetwork = widthTrained.entry(widthScan.network());
                widthTrained.close();
            }
        }
        context.progress().started("coverage toys", cfg.toys().count(), "toys");
        Map<String, Object> coverage =
                scan.coverage(
                        cfg.toys(),
                        streams.child("toys"),
                        (done, total) -> context.progress().progress(done));
        Figures.coverageTable(context.outputDir().resolve("figures/coverage.md"), coverage);
        List<DipConfig.Point> shown = new ArrayList<>();
        shown.add(new DipConfig.Point(cfg.scan().massFrom(), 0));
        shown.addAll(cfg.closure());
        List<Map<String, Object>> distributions =
                scan.distributions(shown, cfg.luminositiesIfb().get(0));
        long toysDone = System.nanoTime();
        Map<String, Object> spinComparison = null;
        if (cfg.spinComparison()) {
            context.progress().started("networks without the spin inputs", -1, "steps");
            spinComparison =
                    SpinComparison.run(
                            pool,
                            cfg,
                            thetas,
                            extra,
                            streams,
                            new SpinComparison.Entries(
                                    closureResults.stream().map(Closure.Result::entry).toList(),
                                    scans,
                                    coverage),
                            context.outputDir());
        }
        long end = System.nanoTime();

        Map<String, Object> study = new LinkedHashMap<>();
        study.put("observables", cfg.observables().names());
        study.put(
                "exact_ratio",
                cfg.decayed()
                        ? "full dileptonic record (decay-inclusive matrix elements, spin"
                                + " correlation included)"
                        : "production kinematics");
        study.put("level", cfg.mttResolution() == 0 ? "parton" : "parton with m_tt resolution");
        study.put("mtt_resolution", cfg.mttResolution());
        study.put("reference", "Standard Model (kappa = 0), gg + qq");
        study.put(
                "width",
                "derived: Gamma(S -> t tbar) + Gamma(S -> g g) at (m_S, kappa); fixed in width_scans");
        study.put("cp", cfg.cpOdd() ? "odd" : "even");
        study.put("events", pool.size());
        study.put("held_out_events", Closure.testEvents(pool).length);
        study.put("binned_workspace", "dip-hunting/" + WORKSPACE);
        study.put("training_points", thetas.stream().map(DipConfig.Point::toMap).toList());
        study.put("networks", networks);
        study.put("recombined_ratios_floored", ratio.floored());
        study.put(
                "calibration",
                Map.of(
                        "method",
                        "histogram of the recombined ln r per theta, training events, exact ratio"
                                + " (carl, arXiv:1506.02169)",
                        "max_bins",
                        cfg.calibration().maxBins(),
                        "min_effective_events",
                        cfg.calibration().minEffective()));
        study.put(
                "figures",
                List.of(
                        "dip-hunting/figures/closure.png",
                        "dip-hunting/figures/coverage.md",
                        "dip-hunting/scans/scan-N.png"));
        Map<String, Object> seconds = new LinkedHashMap<>();
        seconds.put("pool", (poolDone - start) * 1e-9);
        seconds.put("training", (trainDone - poolDone) * 1e-9);
        seconds.put("closure", (closureDone - trainDone) * 1e-9);
        seconds.put("scans_and_toys", (toysDone - closureDone) * 1e-9);
        seconds.put("spin_comparison", (end - toysDone) * 1e-9);
        study.put("seconds", seconds);

        for (TrainingResult r : trained.values()) {
            r.model().close();
        }
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put("closure", closure);
        entries.put("coverage", coverage);
        entries.put("scans", scans);
        if (cfg.widthScan() != null) {
            entries.put("width_scans", widthScans);
        }
        if (widthNetwork != null) {
            entries.put("width_network", widthNetwork);
        }
        entries.put("distributions", distributions);
        if (spinComparison != null) {
            entries.put("spin_comparison", spinComparison);
        }
        entries.put("dip_hunting", study);
        return entries;
    }
}
