package org.quarryhep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.Event;
import org.quarryhep.core.Provenance;
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
import org.quarryhep.io.EventFormat;
import org.quarryhep.io.EventWriter;
import org.quarryhep.io.EventWriters;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.Tune;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry generate}: integrates a built-in process and generates events. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Integrate a built-in LO process and generate parton-level events.")
public final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--process", description = "Process name (quarry processes).")
    String process;

    @Option(
            names = "--config",
            description =
                    "YAML or JSON file with process, sqrt_s, pdf, scale, params, cuts,"
                            + " events, seed, weighted, output; command-line options take precedence.")
    Path config;

    @Option(names = "--sqrt-s", defaultValue = "13000", description = "Collision energy, GeV.")
    double sqrtS;

    @Option(
            names = "--pdf",
            defaultValue = PdfSearchPath.DEFAULT_SET,
            description =
                    "LHAPDF set name (searched in --pdf-path, LHAPDF_DATA_PATH, shared data).")
    String pdf;

    @Option(names = "--pdf-path", description = "Extra directory holding LHAPDF sets.")
    List<Path> pdfPath = new ArrayList<>();

    @Option(
            names = "--scale",
            defaultValue = "auto",
            description =
                    "Fixed scale in GeV, or auto (sqrt(shat) for s-channel processes, HT/2"
                            + " otherwise), sum-et, ht, ht/2, sqrt-shat.")
    String scale;

    @Option(names = "--param", description = "Process or SM parameter NAME=VALUE.")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--cut", description = "Generator cut NAME=VALUE (MadGraph run-card names).")
    Map<String, Double> cuts = new LinkedHashMap<>();

    @Option(
            names = "--events",
            defaultValue = "1000",
            description = "Events to generate; 0 integrates only.")
    long events;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
    long seed;

    @Option(names = "--weighted", description = "Weighted instead of unweighted events.")
    boolean weighted;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--points", defaultValue = "40000", description = "VEGAS points per iteration.")
    int points;

    @Option(
            names = {"-o", "--output"},
            description = "Event file (LHE; .gz/.zst compress; .hepmc/.hepmc3 also accepted).")
    Path output;

    @Option(names = "--json", description = "Write one JSON summary document.")
    boolean json;

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
    public Integer call() throws java.io.IOException {
        if (config != null) {
            applyConfig();
        }
        if (process == null) {
            throw new InvalidParameterException(
                    "--process: required (on the command line or as 'process' in --config)");
        }
        if (events < 0) {
            throw new InvalidParameterException("--events: expected >= 0, found " + events);
        }
        ProcessCatalog.Built built = ProcessCatalog.create(process, params);
        // Arguments are checked before the (slow, possibly missing) PDF set is loaded.
        ScaleChoice scaleChoice = ScaleChoice.parse(scale);
        GeneratorCuts generatorCuts = new GeneratorCuts(cuts);
        PdfSet pdfSet = PdfSearchPath.standard(pdfPath, System.getenv()).load(pdf, 0);
        StandardModel sm = built.sm();
        Collider collider = new Collider(sqrtS, pdfSet, scaleChoice, sm, generatorCuts);
        GeneratorSettings settings = GeneratorSettings.defaults(seed).withPoints(points);
        if (threads != null) {
            settings = settings.withThreads(threads);
        }
        EventGenerator gen =
                new EventGenerator(built.process(), collider, settings, built.processId());
        IntegrationResult ir;
        try (Progress bar =
                Progress.start(
                        "integrate",
                        settings.warmupIterations() + settings.finalIterations(),
                        "iterations")) {
            ir = gen.integrate((phase, done, total) -> bar.stepTo(done));
        }
        GenerationResult gr = null;
        if (events > 0 && output != null) {
            Map<String, String> settingsText = new LinkedHashMap<>();
            settingsText.put("process", process);
            settingsText.put("parameters", built.parameters().toString());
            settingsText.put("sqrt_s", Double.toString(sqrtS));
            RunInfo run = gen.runInfo(weighted, settingsText);
            java.util.function.UnaryOperator<Event> after = e -> e;
            if (shower) {
                Tune tune = Tune.defaults().withOverrides(tuneSets);
                ShowerChain chain =
                        ShowerCommand.chainFor(tune, run).withHadronization(!noHadronize);
                RandomStreams streams = new RandomStreams(seed).child("shower");
                long[] k = {0};
                after = e -> chain.process(e, streams.stream(k[0]++));
                run =
                        ShowerCommand.outputRun(
                                run,
                                tune,
                                Provenance.of(
                                        "quarry generate --shower",
                                        ShowerCommand.provenanceConfig(tune, streams.path()),
                                        seed,
                                        List.of()),
                                false);
            }
            java.util.function.UnaryOperator<Event> post = after;
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

    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Fills options not given on the command line from the --config file. */
    private void applyConfig() throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper =
                new com.fasterxml.jackson.databind.ObjectMapper(
                        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(config.toFile());
        if (root == null || !root.isObject()) {
            throw new InvalidParameterException(config + ": expected a mapping of settings");
        }
        var fields = root.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            String key = e.getKey();
            com.fasterxml.jackson.databind.JsonNode v = e.getValue();
            String where = config + ": /" + key;
            switch (key) {
                case "process" -> process = given("--process") ? process : v.asText();
                case "sqrt_s" -> sqrtS = given("--sqrt-s") ? sqrtS : number(v, where);
                case "pdf" -> pdf = given("--pdf") ? pdf : v.asText();
                case "scale" -> scale = given("--scale") ? scale : v.asText();
                case "events" -> events = given("--events") ? events : (long) number(v, where);
                case "seed" -> seed = given("--seed") ? seed : (long) number(v, where);
                case "weighted" -> weighted = given("--weighted") ? weighted : v.asBoolean();
                case "output" -> output = given("-o") ? output : Path.of(v.asText());
                case "params" -> mergeMap(v, params, where);
                case "cuts" -> mergeMap(v, cuts, where);
                default ->
                        throw new InvalidParameterException(
                                where
                                        + ": unknown setting; known: process, sqrt_s, pdf, scale, params, cuts,"
                                        + " events, seed, weighted, output");
            }
        }
    }

    private static double number(com.fasterxml.jackson.databind.JsonNode v, String where) {
        if (!v.isNumber()) {
            throw new InvalidParameterException(where + ": expected a number, found " + v);
        }
        return v.asDouble();
    }

    private static void mergeMap(
            com.fasterxml.jackson.databind.JsonNode v, Map<String, Double> target, String where) {
        if (!v.isObject()) {
            throw new InvalidParameterException(where + ": expected a mapping NAME: value");
        }
        var it = v.fields();
        while (it.hasNext()) {
            var e = it.next();
            target.putIfAbsent(e.getKey(), number(e.getValue(), where + "/" + e.getKey()));
        }
    }

    private void report(
            ProcessCatalog.Built built,
            PdfSet pdfSet,
            Collider collider,
            IntegrationResult ir,
            GenerationResult gr) {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("process", process);
        doc.put("process_id", built.processId());
        Map<String, Object> params = new LinkedHashMap<>();
        built.parameters().forEach((k, v) -> params.put(k, Double.isNaN(v) ? null : v));
        doc.put("parameters", params);
        doc.put("cuts", collider.cuts().values());
        doc.put("sqrt_s_gev", sqrtS);
        doc.put("pdf", pdfSet.name());
        doc.put("lhapdf_id", pdfSet.lhapdfId());
        doc.put("scale", collider.scale().description());
        doc.put("seed", seed);
        doc.put("cross_section_pb", ir.crossSectionPb());
        doc.put("cross_section_error_pb", ir.errorPb());
        doc.put("max_weight_pb", ir.maxWeightPb());
        doc.put("integration_points", ir.points());
        doc.put("weighted", weighted);
        doc.put("idwtup", (weighted ? 4 : 3) * (built.process().signedWeights() ? -1 : 1));
        doc.put("events", gr == null ? 0 : gr.events());
        doc.put("output", output == null ? null : output.toString());
        if (gr != null) {
            doc.put("trials", gr.trials());
            doc.put("unweighting_efficiency", gr.efficiency());
            doc.put("overweight_fraction", gr.overweightFraction());
            doc.put("events_per_second", gr.eventsPerSecond());
            doc.put("generation_seconds", gr.seconds());
        }
        if (json) {
            Json.print(out, doc);
            return;
        }
        out.printf(
                "process %s (id %d), sqrt(s) = %.0f GeV, PDF %s (LHAPDF %d), scale %s%n",
                process,
                built.processId(),
                sqrtS,
                pdfSet.name(),
                pdfSet.lhapdfId(),
                collider.scale().description());
        out.printf("cross section: %.6g +- %.3g pb%n", ir.crossSectionPb(), ir.errorPb());
        if (gr != null) {
            out.printf(
                    "%d %s events, efficiency %.4g, over-weight fraction %.3g, %.0f events/s%n",
                    gr.events(),
                    weighted ? "weighted" : "unweighted",
                    gr.efficiency(),
                    gr.overweightFraction(),
                    gr.eventsPerSecond());
            if (output != null) {
                out.println("events written to " + output);
            }
        }
        out.flush();
    }
}
