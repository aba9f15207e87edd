package org.quarryhep.cli;

import org.quarryhep.core.RandomStreams;
import org.quarryhep.stats.fit.Fitter;
import org.quarryhep.stats.infer.HypoTestResult;
import org.quarryhep.stats.infer.TestStatistic;
import org.quarryhep.stats.infer.ToyCalculator;
import org.quarryhep.stats.model.Model;
import picocli.CommandLine.Option;

/** The pseudo-experiment options shared by {@code hypotest} and {@code significance}. */
final class ToyOptions {
    @Option(
            names = "--toys",
            defaultValue = "0",
            description = "pseudo-experiments per hypothesis (0: asymptotic formulae)")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the toys")
    long seed;

    @Option(names = "--threads", description = "threads for toys (default: available processors)")
    Integer threads;

    /** Refuses counts no run could use, instead of falling back to asymptotics in silence. */
    void check(picocli.CommandLine.Model.CommandSpec spec) {
        if (count < 0) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(),
                    "--toys must be >= 0 (0: asymptotic formulae), got " + count);
        }
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--threads must be >= 1, got " + threads);
        }
    }

    /** True when toys were asked for. */
    boolean enabled() {
        return count > 0;
    }

    /**
     * Runs the toy-based test at one POI value on the model's observed data, with a progress bar.
     */
    HypoTestResult hypotest(Model model, Fitter fitter, TestStatistic stat, double mu) {
        int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try (Progress bar = Progress.start("toys", 2L * count, "toys")) {
            return new ToyCalculator(fitter, stat, count, new RandomStreams(seed), nThreads)
                    .hypotest(mu, model.observedData(), bar::stepTo);
        }
    }
}
