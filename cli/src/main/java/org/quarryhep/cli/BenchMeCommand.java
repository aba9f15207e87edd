package org.quarryhep.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.LongToDoubleFunction;
import java.util.function.ToDoubleFunction;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.QuarryException;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.amplitude.AmplitudeModel;
import org.quarryhep.gen.amplitude.MatrixElement;
import org.quarryhep.gen.amplitude.PhaseSpacePoints;
import org.quarryhep.gen.amplitude.ProcessSyntax;
import org.quarryhep.gen.amplitude.ProcessSyntaxException;
import org.quarryhep.gen.amplitude.Subprocess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quarry bench me}: Σ̄|M|² evaluations per CPU-second of the tree-level engine ({@code
 * gen.amplitude}) on one thread, for a fixed list of processes at random points of √ŝ = 1 TeV, in
 * three modes: the exact helicity and colour sum, one colour assignment drawn (helicities summed;
 * the integration default), and colours and helicities drawn — where the colour-ordered exact sum
 * applies (gluons and one quark line, see {@code MatrixElement}) the draws return it too — and,
 * with {@code --explicit}, the explicit colour sum of the engine the colour-ordered one is checked
 * against (the exact-sum path before it). CPU time is the measuring thread's own, so other load on
 * the machine slows the wall clock, not the rate; the load average is reported beside it. Numbers
 * are measurements, not assertions.
 */
@Command(
        name = "me",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = "Time tree-level matrix elements (exact sums and sampled) on one thread.")
final class BenchMeCommand implements Callable<Integer> {
    /** The default processes: the list plus the electroweak W pair. */
    static final List<String> DEFAULT_PROCESSES =
            List.of(
                    "u u~ > e+ e-",
                    "g g > t t~",
                    "g g > t t~ g",
                    "u u~ > e+ e- g g",
                    "u u~ > w+ w-");

    @Spec CommandSpec spec;

    @Option(
            names = "--process",
            description = "process strings to time (default: the fixed list); repeatable")
    List<String> processes = new ArrayList<>();

    @Option(names = "--seconds", defaultValue = "3", description = "CPU seconds timed per mode")
    double seconds;

    @Option(
            names = "--warmup",
            defaultValue = "1",
            description = "CPU seconds of untimed warm-up (JIT) per mode")
    double warmup;

    @Option(names = "--sqrt-s", defaultValue = "1000", description = "partonic energy, GeV")
    double sqrtS;

    @Option(names = "--points", defaultValue = "64", description = "random points cycled")
    int points;

    @Option(names = "--seed", defaultValue = "1", description = "random seed")
    long seed;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Option(
            names = "--explicit",
            description =
                    "also time the explicit colour and helicity sum (the engine the colour-ordered"
                            + " exact sum is checked against)")
    boolean explicit;

    @Override
    public Integer call() {
        if (!(seconds > 0) || !(warmup >= 0) || points < 1) {
            throw new QuarryException("--seconds must be > 0, --warmup >= 0 and --points >= 1");
        }
        List<String> list = processes.isEmpty() ? DEFAULT_PROCESSES : processes;
        AmplitudeModel model = AmplitudeModel.madgraphDefaults();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Progress bar = Progress.start("bench me", list.size(), "processes")) {
            for (int k = 0; k < list.size(); k++) {
                rows.add(time(list.get(k), model, new RandomStreams(seed).stream(k)));
                bar.step(1);
            }
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("results", rows);
            out.put("sqrt_s", sqrtS);
            out.put("load_average", load);
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("java", System.getProperty("java.version"));
            Json.print(spec.commandLine().getOut(), out);
            return 0;
        }
        var o = spec.commandLine().getOut();
        o.printf(
                "%-20s %14s %14s %14s %14s%n",
                "process", "exact [1/cpu-s]", "colour drawn", "colour+hel", "exact [1/s]");
        for (Map<String, Object> r : rows) {
            o.printf(
                    "%-20s %14.4g %14.4g %14.4g %14.4g%n",
                    r.get("process"),
                    r.get("exact_per_cpu_s"),
                    r.get("colour_drawn_per_cpu_s"),
                    r.get("colour_and_helicity_drawn_per_cpu_s"),
                    r.get("exact_per_wall_s"));
            if (r.containsKey("explicit_per_cpu_s")) {
                o.printf("%-20s %14.4g  (explicit colour sum)%n", "", r.get("explicit_per_cpu_s"));
            }
        }
        o.printf(
                "one thread, sqrt(s) = %.0f GeV, %d random points; load average %.2f on %d cores%n",
                sqrtS, points, load, Runtime.getRuntime().availableProcessors());
        o.flush();
        return 0;
    }

    private Map<String, Object> time(String process, AmplitudeModel model, SplittableRandom rng) {
        List<Subprocess> subprocesses;
        try {
            subprocesses = ProcessSyntax.subprocesses(process, model);
        } catch (ProcessSyntaxException e) {
            throw new QuarryException("--process: " + e.getMessage());
        }
        if (subprocesses.isEmpty()) {
            throw new QuarryException("--process '" + process + "' has no subprocess");
        }
        Subprocess sub = subprocesses.get(0);
        MatrixElement me = new MatrixElement(sub, model);
        double[] masses = new double[sub.outgoing().length];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = model.mass(sub.outgoing()[i]);
        }
        List<FourMomentum[]> cycle = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            cycle.add(PhaseSpacePoints.random(sqrtS, masses, rng));
        }
        SplittableRandom draws = rng.split();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("process", process);
        row.put("subprocess", sub.text());
        BenchTiming.CpuRun exact = rate(cycle, me::squared);
        row.put("exact_per_cpu_s", exact.perCpuSecond());
        row.put("exact_per_wall_s", exact.perWallSecond());
        row.put(
                "colour_drawn_per_cpu_s",
                rate(cycle, p -> me.sample(p, draws, false).value()).perCpuSecond());
        row.put(
                "colour_and_helicity_drawn_per_cpu_s",
                rate(cycle, p -> me.sample(p, draws, true).value()).perCpuSecond());
        row.put("evaluations_exact", exact.evaluations());
        if (explicit) {
            row.put("explicit_per_cpu_s", rate(cycle, me::explicitSquared).perCpuSecond());
        }
        return row;
    }

    /**
     * Evaluates over the cycle of points until the budget of thread CPU time is spent, after an
     * untimed warm-up.
     */
    private BenchTiming.CpuRun rate(
            List<FourMomentum[]> cycle, ToDoubleFunction<FourMomentum[]> evaluation) {
        LongToDoubleFunction nth =
                n -> evaluation.applyAsDouble(cycle.get((int) (n % cycle.size())));
        checked(BenchTiming.cpuRun(nth, warmup));
        return checked(BenchTiming.cpuRun(nth, seconds));
    }

    /** The sum keeps the evaluations from being optimised away; a single draw may be 0. */
    private static BenchTiming.CpuRun checked(BenchTiming.CpuRun run) {
        if (!(run.sum() >= 0) || Double.isInfinite(run.sum())) {
            throw new QuarryException(
                    "a matrix element summed to " + run.sum() + " at random points");
        }
        return run;
    }
}
