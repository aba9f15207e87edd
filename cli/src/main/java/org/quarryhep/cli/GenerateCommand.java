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
            new GenerateConfigFile(this).apply();
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
        GenerateReport.print(this, built, pdfSet, collider, ir, gr);
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
}
