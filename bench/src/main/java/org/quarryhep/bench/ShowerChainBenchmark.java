package org.quarryhep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.quarryhep.core.Event;
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
import org.quarryhep.shower.Tune;

/**
 * One event through the whole shower chain (parton shower, string hadronisation, hadron and τ
 * decays, default tune) on one thread: e⁺e⁻ → qq̄ at 91.2 GeV ({@code ee-qq}) and pp → Z/γ* → μμ,
 * 66–116 GeV, at 13 TeV ({@code drell-yan}, NNPDF2.3 LO from the LHAPDF search path). The parton
 * events (2 000, cycled) are generated in the setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ShowerChainBenchmark {

    /** The workload: {@code ee} or {@code pp}. */
    @Param({"ee", "pp"})
    public String workload;

    private List<Event> events;
    private ShowerChain chain;
    private int next;
    private long stream;

    /** Generates the parton events. */
    @Setup
    public void prepare() {
        PdfSet pdf =
                PdfSearchPath.standard(List.of(), System.getenv())
                        .load("NNPDF23_lo_as_0130_qed", 0);
        boolean ee = workload.equals("ee");
        ProcessCatalog.Built built =
                ProcessCatalog.create(
                        ee ? "ee-qq" : "drell-yan", ee ? Map.of() : Map.of("lepton", 13.0));
        Collider collider =
                new Collider(
                        ee ? 91.2 : 13000,
                        pdf,
                        ScaleChoice.parse("auto"),
                        built.sm(),
                        new GeneratorCuts(ee ? Map.of() : Map.of("mmll", 66.0, "mmllmax", 116.0)));
        EventGenerator gen =
                new EventGenerator(
                        built.process(),
                        collider,
                        GeneratorSettings.defaults(1).withThreads(1),
                        built.processId());
        EventGenerator.Integrated integrated = gen.integrate(ProgressListener.NONE);
        events = new ArrayList<>();
        integrated.generate(2000, false, events::add, ProgressListener.NONE);
        chain =
                ShowerChain.of(Tune.defaults())
                        .withRunPdf(integrated.runInfo(false, Map.of()).pdfSet1());
    }

    /** Showers, hadronises and decays the next event. */
    @Benchmark
    public Event showerOneEvent() {
        Event in = events.get(next);
        next = (next + 1) % events.size();
        return chain.process(in, new SplittableRandom(stream++));
    }
}
