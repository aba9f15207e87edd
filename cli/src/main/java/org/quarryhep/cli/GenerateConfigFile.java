package org.quarryhep.cli;

import java.util.List;
import java.util.Map;
import org.quarryhep.config.ConfigKey;
import org.quarryhep.config.ConfigNode;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.InvalidParameterException;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.treelevel.TreeLevelProcesses;

/**
 * The {@code --config} file of {@code quarry generate}: its keys, and the options it fills where
 * the command line did not give them.
 */
final class GenerateConfigFile {
    /**
     * The keys of a {@code --config} file: the options' names in snake_case, with the options'
     * defaults (an option given on the command line wins over the file).
     */
    static final List<ConfigKey> KEYS =
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

    private final GenerateCommand command;

    /** A reader that fills the options of {@code command}. */
    GenerateConfigFile(GenerateCommand command) {
        this.command = command;
    }

    private boolean given(String option) {
        return command.spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Fills options not given on the command line from the --config file. */
    void apply() {
        ConfigNode root = ConfigNode.load(command.config);
        if (!root.isMapping()) {
            throw root.error(
                    "expected a mapping of settings ("
                            + String.join(", ", ConfigKey.names(KEYS))
                            + ")");
        }
        root.allowOnly(ConfigKey.names(KEYS));
        root.opt("process")
                .filter(v -> !given("--process"))
                .ifPresent(v -> command.process = v.asString());
        root.opt("sqrt_s")
                .filter(v -> !given("--sqrt-s"))
                .ifPresent(v -> command.options.sqrtS = v.asDouble());
        root.opt("pdf").filter(v -> !given("--pdf")).ifPresent(v -> command.pdf = v.asString());
        root.opt("scale")
                .filter(v -> !given("--scale"))
                .ifPresent(v -> command.scale = v.asString());
        root.opt("alphas_running")
                .filter(v -> !given("--alphas-running"))
                .ifPresent(v -> command.alphasRunning = v.asString());
        root.opt("events")
                .filter(v -> !given("--events"))
                .ifPresent(v -> command.events = v.asLong());
        root.opt("seed")
                .filter(v -> !given("--seed"))
                .ifPresent(v -> command.options.seed = v.asLong());
        root.opt("weighted")
                .filter(v -> !given("--weighted"))
                .ifPresent(v -> command.weighted = v.asBoolean());
        root.opt("output")
                .filter(v -> !given("-o"))
                .ifPresent(
                        v ->
                                command.output =
                                        command.config
                                                .toAbsolutePath()
                                                .getParent()
                                                .resolve(v.asString()));
        root.opt("params")
                .ifPresent(
                        v -> {
                            checkParams(v);
                            mergeMap(v, command.params);
                        });
        root.opt("cuts")
                .ifPresent(
                        v -> {
                            v.allowOnly(GeneratorCuts.KNOWN.keySet().toArray(String[]::new));
                            mergeMap(v, command.cuts);
                        });
    }

    /**
     * Checks each {@code params} entry against the process at its line: a name that is neither a
     * parameter of the process nor an SM input, or a bad value, is reported where it is written.
     */
    private void checkParams(ConfigNode v) {
        if (command.process == null || TreeLevelProcesses.isProcessString(command.process)) {
            return;
        }
        for (var e : v.entries().entrySet()) {
            try {
                ProcessCatalog.create(command.process, Map.of(e.getKey(), e.getValue().asDouble()));
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
}
