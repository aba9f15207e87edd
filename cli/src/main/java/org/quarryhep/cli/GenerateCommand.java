package org.quarryhep.cli;

import static org.quarryhep.cli.GeneratorOptions.fmt;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.core.Event;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.core.RunInfo;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GenerationResult;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.IntegrationResult;
import org.quarryhep.gen.model.StandardModel;
import org.quarryhep.gen.pdf.BundledPdfSets;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.InvalidParameterException;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.gen.treelevel.AlphaSRunning;
import org.quarryhep.gen.treelevel.TreeLevelProcesses;
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.Tune;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry generate}: integrates a built-in process and generates events. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Integrate a built-in LO process, or any tree-level SM process given as a MadGraph"
                    + " process string, and generate parton-level events.",
            "Without -o the events are generated (for the cross section and the rate) but not"
                    + " saved. Built-in cuts (quarry processes) apply on top of --cut."
        })
public final class GenerateCommand implements Callable<Integer> {
    /** Requests of at least this many events get a size and time estimate before they start. */
    static final long LARGE_REQUEST = 1_000_000;

    /**
     * The highest collision energy accepted, GeV: 100 TeV (FCC-hh), where generation still runs.
     * Far above it the phase space reaches x below the PDF grids' 1e-9 and scales above their 1e5
     * GeV.
     */
    static final double MAX_SQRT_S = 100_000;

    /** Events generated to measure the size and rate of a large request. */
    static final int PROBE_EVENTS = 20_000;

    /**
     * The keys of a {@code --config} file: the options' names in snake_case, with the options'
     * defaults (an option given on the command line wins over the file).
     */
    static final List<ConfigKey> CONFIG_KEYS =
            List.of(
                    new ConfigKey(
                            "process",
                            "string",
                            "required",
                            "process name (quarry processes) or MadGraph process string"),
                    new ConfigKey("sqrt_s", "number > 0, GeV", "13000", "collision energy"),
                    new ConfigKey("pdf", "string", PdfSearchPath.DEFAULT_SET, "LHAPDF set name"),
                    new ConfigKey(
                            "scale",
                            "number (GeV) or auto, sum-et, ht, ht/2, sqrt-shat",
                            "auto",
                            "renormalisation and factorisation scale"),
                    new ConfigKey(
                            "alphas_running",
                            "pdf or madgraph",
                            "pdf",
                            "alpha_s of the PDF set, or MadGraph's two-loop running (process"
                                    + " strings only)"),
                    new ConfigKey(
                            "params",
                            "mapping name: number",
                            "the process's defaults",
                            "process or SM parameters (quarry processes)"),
                    new ConfigKey(
                            "cuts",
                            "mapping name: number",
                            "the built-in cuts only",
                            "generator cuts, MadGraph run-card names (quarry processes)"),
                    new ConfigKey("events", "integer >= 0", "1000", "events; 0 integrates only"),
                    new ConfigKey("seed", "integer", "1", "random seed"),
                    new ConfigKey(
                            "weighted",
                            "boolean",
                            "false",
                            "weighted instead of unweighted events"),
                    new ConfigKey(
                            "output",
                            "path (relative to the file)",
                            "- (not saved)",
                            "event file (.lhe, .hepmc3; .gz/.zst)"));

    @Spec CommandSpec spec;

    @Mixin GeneratorOptions options;

    @Option(
            names = "--process",
            description =
                    "Process name (quarry processes), or a MadGraph process string such as"
                            + " 'p p > e+ e- j' (tree level, any SM process; MadGraph's default"
                            + " run-card cuts ptj=20 etaj=5 drjj=0.4 ptl=10 etal=2.5 drll=0.4"
                            + " drjl=0.4 apply unless --cut sets them, -1 switches one off).")
    String process;

    @Option(
            names = "--config",
            description =
                    "YAML or JSON file with process, sqrt_s, pdf, scale, alphas_running, params, cuts,"
                            + " events, seed, weighted, output; command-line options take precedence.")
    Path config;

    @Option(
            names = "--pdf",
            defaultValue = PdfSearchPath.DEFAULT_SET,
            description =
                    "LHAPDF set name (searched in --pdf-path, LHAPDF_DATA_PATH, shared data;"
                            + " the default set is also shipped inside Quarry).")
    String pdf;

    @Option(
            names = "--scale",
            defaultValue = "auto",
            description =
                    "Fixed scale in GeV, or auto (sqrt(shat) for s-channel processes, HT/2"
                            + " otherwise), sum-et, ht, ht/2, sqrt-shat.")
    String scale;

    @Option(
            names = "--alphas-running",
            defaultValue = "pdf",
            description =
                    "For a MadGraph process string: pdf (the PDF set's alpha_s, default) or"
                            + " madgraph (two loops from the set's alpha_s(MZ), as MadGraph runs"
                            + " it; 3%% more p p > j j at ptj = 20 with the LO default set).")
    String alphasRunning;

    @Option(names = "--param", description = "Process or SM parameter NAME=VALUE.")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--cut", description = "Generator cut NAME=VALUE (MadGraph run-card names).")
    Map<String, Double> cuts = new LinkedHashMap<>();

    @Option(
            names = "--events",
            defaultValue = "1000",
            description = "Events to generate; 0 integrates only.")
    long events;

    @Option(names = "--weighted", description = "Weighted instead of unweighted events.")
    boolean weighted;

    @Option(
            names = "--points",
            defaultValue = "40000",
            description = "VEGAS points per iteration (at least 2000).")
    int points;

    @Option(
            names = {"-o", "--output"},
            description =
                    "Event file (LHE; .gz/.zst compress; .hepmc/.hepmc3 also accepted); without"
                            + " it nothing is saved.")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing output file.")
    boolean force;

    @Option(
            names = "--shower",
            description =
                    "Shower, hadronise and decay the events in the same process (quarry shower's"
                            + " chain with the built-in tune); the output is HepMC3.")
    boolean shower;

    @Option(names = "--no-hadronize", description = "With --shower: stop at partons.")
    boolean noHadronize;

    @Option(names = "--set", description = "With --shower: override a tune value (key=value).")
    List<String> tuneSets = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (config != null) {
            applyConfig();
        }
        checkArguments();
        // Arguments are checked before the (slow, possibly missing) PDF set is loaded.
        boolean treeLevel = TreeLevelProcesses.isProcessString(process);
        GeneratorCuts generatorCuts =
                treeLevel ? TreeLevelProcesses.cuts(cuts) : new GeneratorCuts(cuts);
        ProcessCatalog.Built built =
                treeLevel
                        ? TreeLevelProcesses.create(
                                process, params, generatorCuts, AlphaSRunning.parse(alphasRunning))
                        : ProcessCatalog.create(process, params);
        ScaleChoice scaleChoice = ScaleChoice.parse(scale);
        if (output != null) {
            OutputFiles.claim(spec, "-o", output, force, config);
            try {
                EventFormat.fromFileName(output.getFileName().toString());
            } catch (IllegalArgumentException | QuarryException e) {
                throw usage(
                        "-o "
                                + output
                                + ": "
                                + e.getMessage().replace(", or give the format explicitly", ""));
            }
        }
        PdfSet pdfSet = options.loadPdf(pdf);
        StandardModel sm = built.sm();
        Collider collider = new Collider(options.sqrtS, pdfSet, scaleChoice, sm, generatorCuts);
        double threshold = built.process().thresholdGeV(collider);
        if (options.sqrtS <= threshold) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    String.format(
                            Locale.ROOT,
                            "--sqrt-s %s GeV is below the production threshold of %s, %.1f GeV",
                            fmt(options.sqrtS),
                            process,
                            threshold));
        }
        GeneratorSettings settings = options.settings(points);
        EventGenerator definition =
                new EventGenerator(built.process(), collider, settings, built.processId());
        EventGenerator.Integrated gen;
        try (Progress bar =
                Progress.start(
                        "integrate",
                        settings.warmupIterations() + settings.finalIterations(),
                        "iterations")) {
            gen = definition.integrate((phase, done, total) -> bar.stepTo(done));
        }
        IntegrationResult ir = gen.integration();
        Map<String, String> settingsText = new LinkedHashMap<>();
        settingsText.put("process", process);
        settingsText.put("parameters", built.parameters().toString());
        settingsText.put("sqrt_s", Double.toString(options.sqrtS));
        RunInfo run =
                gen.runInfo(
                        weighted,
                        definition
                                .provenance(settingsText)
                                .withCommand(spec.commandLine().getParseResult().originalArgs()));
        if (events >= LARGE_REQUEST) {
            estimateLargeRequest(gen, run);
        }
        GenerationResult gr = null;
        if (events > 0 && output != null) {
            UnaryOperator<Event> after = e -> e;
            if (shower) {
                Tune tune = Tune.defaults().withOverrides(tuneSets);
                ShowerChain chain =
                        ShowerCommand.chainFor(tune, run).withHadronization(!noHadronize);
                RandomStreams streams = new RandomStreams(options.seed).child("shower");
                long[] k = {0};
                after = e -> chain.process(e, streams.stream(k[0]++));
                run =
                        ShowerCommand.outputRun(
                                run,
                                tune,
                                Provenance.of(
                                                "quarry generate --shower",
                                                ShowerCommand.provenanceConfig(
                                                        tune, streams.path()),
                                                options.seed,
                                                List.of())
                                        .withCommand(
                                                spec.commandLine().getParseResult().originalArgs()),
                                false);
            }
            UnaryOperator<Event> post = after;
            try (EventWriter writer =
                            shower
                                    ? EventWriters.open(output, EventFormat.HEPMC3, run)
                                    : EventWriters.open(output, run);
                    Progress bar = Progress.start("generate", events, "events")) {
                try {
                    gr =
                            gen.generate(
                                    events,
                                    weighted,
                                    e -> writer.write(post.apply(e)),
                                    (phase, done, total) -> bar.stepTo(done));
                } catch (RuntimeException e) {
                    writer.abort();
                    throw e;
                }
            }
        } else if (events > 0) {
            try (Progress bar = Progress.start("generate", events, "events")) {
                gr =
                        gen.generate(
                                events,
                                weighted,
                                e -> {},
                                (phase, done, total) -> bar.stepTo(done));
            }
        }
        report(built, pdfSet, collider, ir, gr);
        return 0;
    }

    /** Values that no run could use: a clear message and exit status 2, before any work. */
    private void checkArguments() {
        if (process == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--process: required (on the command line or as 'process' in --config);"
                            + " see quarry processes");
        }
        if (events < 0) {
            throw usage("--events: expected >= 0, found " + events);
        }
        // generate's own limit, reported ahead of --points and --threads as before; an infinite
        // energy is left to the shared check, whose message it always got.
        if (Double.isFinite(options.sqrtS) && options.sqrtS > MAX_SQRT_S) {
            throw usage(
                    "--sqrt-s "
                            + fmt(options.sqrtS)
                            + " GeV: above "
                            + fmt(MAX_SQRT_S)
                            + " GeV, where the PDF grids end (x down to 1e-9, Q up to 1e5 GeV)");
        }
        options.check(spec, points);
        try {
            AlphaSRunning running = AlphaSRunning.parse(alphasRunning);
            if (running != AlphaSRunning.PDF && !TreeLevelProcesses.isProcessString(process)) {
                throw usage(
                        "--alphas-running "
                                + running.label()
                                + ": only for MadGraph process strings; the built-in process "
                                + process
                                + " uses the PDF set's alpha_s");
            }
        } catch (InvalidParameterException e) {
            throw usage(e.getMessage());
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return GeneratorOptions.usage(spec, message);
    }

    /**
     * For a large request, measures the size and rate on the first {@value #PROBE_EVENTS} events
     * (the same events the run then writes: every batch has its own seeded stream), says what the
     * whole run will take, and refuses a file that would not fit on the disk.
     */
    private void estimateLargeRequest(EventGenerator.Integrated gen, RunInfo run)
            throws IOException {
        Path probeDir = Files.createTempDirectory("quarry-probe");
        Path probe = probeDir.resolve(output != null ? output.getFileName().toString() : "p.lhe");
        GenerationResult p;
        try {
            try (EventWriter w = EventWriters.open(probe, run)) {
                p = gen.generate(PROBE_EVENTS, weighted, w::write, (phase, done, total) -> {});
            }
            double bytesPerEvent = (double) Files.size(probe) / PROBE_EVENTS;
            double bytes = bytesPerEvent * events;
            double seconds = events / p.eventsPerSecond();
            PrintWriter err = spec.commandLine().getErr();
            err.printf(
                    Locale.ROOT,
                    "%s: %,d events will take about %s%s (measured on the first %d events)%n",
                    spec.qualifiedName(),
                    events,
                    Sizes.seconds(seconds),
                    output == null ? "" : " and " + Sizes.bytes(bytes) + " in " + output,
                    PROBE_EVENTS);
            err.flush();
            if (output != null) {
                Path dir = output.toAbsolutePath().getParent();
                long free = Files.getFileStore(dir).getUsableSpace();
                if (bytes > free) {
                    throw usage(
                            String.format(
                                    Locale.ROOT,
                                    "--events %d: the output would take about %s but %s has %s"
                                            + " free; ask for fewer events or write elsewhere",
                                    events,
                                    Sizes.bytes(bytes),
                                    dir,
                                    Sizes.bytes(free)));
                }
            }
        } finally {
            Files.deleteIfExists(probe);
            Files.deleteIfExists(probeDir);
        }
    }

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Fills options not given on the command line from the --config file. */
    private void applyConfig() {
        ConfigNode root = ConfigNode.load(config);
        if (!root.isMapping()) {
            throw root.error(
                    "expected a mapping of settings ("
                            + String.join(", ", ConfigKey.names(CONFIG_KEYS))
                            + ")");
        }
        root.allowOnly(ConfigKey.names(CONFIG_KEYS));
        root.opt("process").filter(v -> !given("--process")).ifPresent(v -> process = v.asString());
        root.opt("sqrt_s")
                .filter(v -> !given("--sqrt-s"))
                .ifPresent(v -> options.sqrtS = v.asDouble());
        root.opt("pdf").filter(v -> !given("--pdf")).ifPresent(v -> pdf = v.asString());
        root.opt("scale").filter(v -> !given("--scale")).ifPresent(v -> scale = v.asString());
        root.opt("alphas_running")
                .filter(v -> !given("--alphas-running"))
                .ifPresent(v -> alphasRunning = v.asString());
        root.opt("events").filter(v -> !given("--events")).ifPresent(v -> events = v.asLong());
        root.opt("seed").filter(v -> !given("--seed")).ifPresent(v -> options.seed = v.asLong());
        root.opt("weighted")
                .filter(v -> !given("--weighted"))
                .ifPresent(v -> weighted = v.asBoolean());
        root.opt("output")
                .filter(v -> !given("-o"))
                .ifPresent(v -> output = config.toAbsolutePath().getParent().resolve(v.asString()));
        root.opt("params")
                .ifPresent(
                        v -> {
                            checkParams(v);
                            mergeMap(v, params);
                        });
        root.opt("cuts")
                .ifPresent(
                        v -> {
                            v.allowOnly(GeneratorCuts.KNOWN.keySet().toArray(String[]::new));
                            mergeMap(v, cuts);
                        });
    }

    /**
     * Checks each {@code params} entry against the process at its line: a name that is neither a
     * parameter of the process nor an SM input, or a bad value, is reported where it is written.
     */
    private void checkParams(ConfigNode v) {
        if (process == null || TreeLevelProcesses.isProcessString(process)) {
            return;
        }
        for (var e : v.entries().entrySet()) {
            try {
                ProcessCatalog.create(process, Map.of(e.getKey(), e.getValue().asDouble()));
            } catch (InvalidParameterException ex) {
                throw e.getValue().error(ex.getMessage().replaceFirst("^--param [^:]*: ", ""));
            }
        }
    }

    private static void mergeMap(ConfigNode v, Map<String, Double> target) {
        for (var e : v.entries().entrySet()) {
            target.putIfAbsent(e.getKey(), e.getValue().asDouble());
        }
    }

    private void report(
            ProcessCatalog.Built built,
            PdfSet pdfSet,
            Collider collider,
            IntegrationResult ir,
            GenerationResult gr) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Double> builtIn = built.process().builtInCuts();
        Map<String, Double> effectiveCuts = collider.cuts().withFloors(builtIn);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("process", process);
        doc.put("process_id", built.processId());
        Map<String, Object> params = new LinkedHashMap<>();
        built.parameters().forEach((k, v) -> params.put(k, Double.isNaN(v) ? null : v));
        doc.put("parameters", params);
        doc.put("cuts", effectiveCuts);
        doc.put("built_in_cuts", builtIn);
        doc.put("sqrt_s_gev", options.sqrtS);
        doc.put("pdf", pdfSet.name());
        doc.put("pdf_shipped_with_quarry", isBundled(pdfSet));
        doc.put("lhapdf_id", pdfSet.lhapdfId());
        doc.put("scale", collider.scale().description());
        doc.put("alphas_running", alphasRunning);
        doc.put("seed", options.seed);
        doc.put("cross_section_pb", ir.crossSectionPb());
        doc.put("cross_section_error_pb", ir.errorPb());
        doc.put("max_weight_pb", ir.maxWeightPb());
        doc.put("integration_points", ir.points());
        doc.put("weighted", weighted);
        doc.put("idwtup", (weighted ? 4 : 3) * (built.process().signedWeights() ? -1 : 1));
        doc.put("events", gr == null ? 0 : gr.events());
        doc.put("output", output == null ? null : output.toString());
        doc.put("saved", output != null && gr != null);
        if (gr != null) {
            doc.put("trials", gr.trials());
            doc.put("unweighting_efficiency", gr.efficiency());
            doc.put("overweight_fraction", gr.overweightFraction());
            doc.put("events_per_second", gr.eventsPerSecond());
            doc.put("generation_seconds", gr.seconds());
        }
        if (options.json) {
            Json.print(out, doc);
            return;
        }
        out.printf(
                Locale.ROOT,
                "process %s (id %d), sqrt(s) = %s GeV, PDF %s (LHAPDF %d%s), scale %s, seed %d%n",
                process,
                built.processId(),
                fmt(options.sqrtS),
                pdfSet.name(),
                pdfSet.lhapdfId(),
                isBundled(pdfSet) ? ", shipped with Quarry" : "",
                collider.scale().description(),
                options.seed);
        out.printf(
                Locale.ROOT,
                "parameters %s; cuts %s%s%n",
                built.parameters(),
                effectiveCuts.isEmpty() ? "none" : effectiveCuts,
                builtIn.isEmpty() ? "" : " (built in: " + builtIn + ")");
        out.printf(
                Locale.ROOT, "cross section: %.6g +- %.3g pb%n", ir.crossSectionPb(), ir.errorPb());
        if (gr != null) {
            out.printf(
                    Locale.ROOT,
                    "%d %s events, efficiency %.4g, over-weight fraction %.3g, %.0f events/s%n",
                    gr.events(),
                    weighted ? "weighted" : "unweighted",
                    gr.efficiency(),
                    gr.overweightFraction(),
                    gr.eventsPerSecond());
            out.println(
                    output != null
                            ? "events written to " + output
                            : "events not saved (give -o FILE.lhe to save them)");
        }
        out.flush();
    }

    private static boolean isBundled(PdfSet set) {
        return BundledPdfSets.directory()
                .map(d -> set.info().source().startsWith(d.toString()))
                .orElse(false);
    }
}
