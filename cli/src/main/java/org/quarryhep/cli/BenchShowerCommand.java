package org.quarryhep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.Event;
import org.quarryhep.core.QuarryException;
import org.quarryhep.gen.EventGenerator;
import org.quarryhep.gen.GeneratorSettings;
import org.quarryhep.gen.ProgressListener;
import org.quarryhep.gen.pdf.PdfSearchPath;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ScaleChoice;
import org.quarryhep.shower.ShowerChain;
import org.quarryhep.shower.ShowerRun;
import org.quarryhep.shower.Tune;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quarry bench shower}: events per second of the whole shower chain (parton shower,
 * hadronisation, hadron and τ decays) for e⁺e⁻ → qq̄ at 91.2 GeV and pp → Z/γ* → μμ (66–116 GeV) at
 * 13 TeV, the parton-level events generated in memory first (not timed). Reports wall time, process
 * CPU time (all threads, JIT and GC included) and the load average ({@link
 * BenchTiming#processRun}), because on a shared machine wall time says little. Numbers are
 * measurements, not assertions.
 */
@Command(
        name = "shower",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = "Time the shower chain on e+e- -> hadrons at 91.2 GeV and pp -> Z at 13 TeV.")
final class BenchShowerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--ee-events", defaultValue = "40000", description = "e+e- events timed")
    int eeEvents;

    @Option(names = "--pp-events", defaultValue = "8000", description = "pp -> Z events timed")
    int ppEvents;

    @Option(
            names = "--threads",
            defaultValue = "2",
            description = "shower threads (the machine this was written for has 2 cores)")
    int threads;

    @Option(
            names = "--pdf",
            defaultValue = "NNPDF23_lo_as_0130_qed",
            description = "LHAPDF set for the pp events")
    String pdfName;

    @Option(names = "--seed", defaultValue = "1", description = "random seed")
    long seed;

    @Option(names = "--json", description = "write one JSON document")
    boolean json;

    @Override
    public Integer call() {
        if (eeEvents < 1 || ppEvents < 1 || threads < 1) {
            throw new QuarryException("--ee-events, --pp-events and --threads must be >= 1");
        }
        PdfSet pdf = PdfSearchPath.standard(List.of(), System.getenv()).load(pdfName, 0);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Progress bar = Progress.start("bench shower", 4, "steps")) {
            GeneratedSample ee = generate("ee-qq", Map.of(), 91.2, Map.of(), pdf, eeEvents);
            bar.step(1);
            rows.add(time("e+e- -> hadrons, 91.2 GeV", ee));
            bar.step(1);
            GeneratedSample pp =
                    generate(
                            "drell-yan",
                            Map.of("lepton", 13.0),
                            13000,
                            Map.of("mmll", 66.0, "mmllmax", 116.0),
                            pdf,
                            ppEvents);
            bar.step(1);
            rows.add(time("pp -> Z/gamma* -> mumu, 13 TeV", pp));
            bar.step(1);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("results", rows);
            out.put("threads", threads);
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("java", System.getProperty("java.version"));
            Json.print(spec.commandLine().getOut(), out);
        } else {
            var o = spec.commandLine().getOut();
            o.printf(
                    "%-32s %8s %9s %9s %10s %12s %9s%n",
                    "workload",
                    "events",
                    "wall [s]",
                    "cpu [s]",
                    "events/s",
                    "events/cpu-s",
                    "load avg");
            for (Map<String, Object> r : rows) {
                o.printf(
                        "%-32s %8d %9.2f %9.2f %10.0f %12.0f %9.2f%n",
                        r.get("workload"),
                        r.get("events"),
                        r.get("wall_s"),
                        r.get("cpu_s"),
                        r.get("events_per_s"),
                        r.get("events_per_cpu_s"),
                        r.get("load_average"));
            }
            o.printf(
                    "%d threads on %d cores; events/cpu-s counts the CPU time of all threads%n",
                    threads, Runtime.getRuntime().availableProcessors());
            o.flush();
        }
        return 0;
    }

    private record GeneratedSample(List<Event> events, ShowerChain chain) {}

    private GeneratedSample generate(
            String process,
            Map<String, Double> params,
            double sqrtS,
            Map<String, Double> cuts,
            PdfSet pdf,
            int n) {
        ProcessCatalog.Built built = ProcessCatalog.create(process, params);
        Collider collider =
                new Collider(
                        sqrtS, pdf, ScaleChoice.parse("auto"), built.sm(), new GeneratorCuts(cuts));
        GeneratorSettings settings = GeneratorSettings.defaults(seed).withThreads(threads);
        EventGenerator gen =
                new EventGenerator(built.process(), collider, settings, built.processId());
        EventGenerator.Integrated integrated = gen.integrate(ProgressListener.NONE);
        List<Event> events = new ArrayList<>(n);
        integrated.generate(n, false, events::add, ProgressListener.NONE);
        ShowerChain chain =
                ShowerCommand.chainFor(Tune.defaults(), integrated.runInfo(false, Map.of()));
        return new GeneratedSample(events, chain);
    }

    private Map<String, Object> time(String name, GeneratedSample sample) {
        List<Event> events = sample.events();
        // warm-up on the first fifth (JIT), untimed
        List<Event> warm = events.subList(0, Math.max(1, events.size() / 5));
        ShowerRun run = new ShowerRun(sample.chain(), seed + 1, threads, true);
        BenchTiming.ProcessRun timed =
                BenchTiming.processRun(
                        () ->
                                new ShowerRun(sample.chain(), seed, threads, true)
                                        .run(warm.iterator(), e -> {}, n -> {}),
                        () -> run.run(events.iterator(), e -> {}, n -> {}));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("workload", name);
        row.put("events", events.size());
        row.put("wall_s", timed.wallSeconds());
        row.put("cpu_s", timed.cpuSeconds());
        row.put("events_per_s", events.size() / timed.wallSeconds());
        row.put("events_per_cpu_s", events.size() / timed.cpuSeconds());
        row.put("load_average", timed.loadAverage());
        row.put("skipped", run.skippedCount());
        row.put("retried", run.retriedEvents());
        return row;
    }
}
