package org.quarryhep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.Event;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import org.quarryhep.detector.DetectorSimulation;
import org.quarryhep.detector.SimulationSummary;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.detector.format.ColumnarWriter;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry simulate}: parametrised detector simulation of an event file. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Simulates a detector (Delphes-like card) on LHE or HepMC events and writes the "
                    + "reconstructed events to a columnar file (.qreco, or .qreco.gz compressed).",
            "Hadron-level HepMC goes through tracks, towers, particle flow and anti-kt jets; in "
                    + "parton-level LHE each final quark/gluon becomes a jet through a "
                    + "parametrised response."
        })
public final class SimulateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "EVENTS",
            description = "input events (LHE, HepMC2/3; gz/zst)")
    Path events;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT",
            description =
                    "output columnar file (.qreco or .qreco.gz; an existing one only with --force)")
    Path out;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Option(
            names = "--card",
            defaultValue = "cms",
            description = "cms, atlas, hllhc, or a YAML card file")
    String card;

    @Option(
            names = "--pileup",
            paramLabel = "MU",
            description = "mean number of pile-up interactions (overrides the card)")
    Double pileup;

    @Option(
            names = "--pileup-events",
            paramLabel = "FILE",
            description =
                    "minimum-bias HepMC events to overlay (needed when the mean pile-up is > 0)")
    Path pileupEvents;

    @Option(names = "--seed", defaultValue = "1", description = "random seed")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: available processors)")
    Integer threads;

    @Option(
            names = "--level",
            defaultValue = "auto",
            description = "input level: auto, hadron or parton")
    DetectorSimulation.InputLevel level;

    @Option(names = "--max-events", description = "stop after this many events")
    Long maxEvents;

    @Option(
            names = "--repeat",
            defaultValue = "1",
            description =
                    "read the input this many times (throughput measurements on small "
                            + "samples; each pass draws new random numbers)")
    int repeat;

    @Option(names = "--json", description = "print a JSON summary")
    boolean json;

    @Override
    public Integer call() throws Exception {
        checkArguments();
        Path cardFile = Files.isRegularFile(Path.of(card)) ? Path.of(card) : null;
        OutputFiles.claim(spec, "-o", out, force, events, cardFile, pileupEvents);
        DetectorCard detector = DetectorCards.load(card);
        if (pileup != null) {
            detector = detector.withMeanPileup(pileup);
        }
        List<Event> minBias = new ArrayList<>();
        if (detector.pileup().meanInteractions() > 0) {
            if (pileupEvents == null) {
                throw new QuarryException(
                        "card "
                                + detector.name()
                                + " has mean pile-up "
                                + detector.pileup().meanInteractions()
                                + ": give minimum-bias events with --pileup-events FILE, or --pileup 0");
            }
            try (EventReader r = EventReaders.open(pileupEvents)) {
                r.forEachRemaining(minBias::add);
            }
        }
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(detector)
                        .optSeed(seed)
                        .optThreads(nThreads)
                        .optInputLevel(level)
                        .optPileupEvents(minBias)
                        .build();
        List<Provenance.InputFile> inputs = new ArrayList<>();
        inputs.add(Provenance.InputFile.of(events));
        if (Files.isRegularFile(Path.of(card))) {
            inputs.add(Provenance.InputFile.of(Path.of(card)));
        }
        if (!minBias.isEmpty()) {
            inputs.add(Provenance.InputFile.of(pileupEvents));
        }
        Provenance provenance =
                Provenance.of("quarry simulate", sim.provenanceConfig(), seed, inputs);
        SimulationSummary summary;
        String sha;
        ColumnarWriter writer = ColumnarWriter.open(out, provenance);
        List<EventReader> readers = new ArrayList<>();
        try (Progress progress = Progress.start("simulate", -1, "events")) {
            java.util.Iterator<Event> it = passes(readers);
            summary =
                    sim.run(
                            maxEvents == null ? it : limit(it, maxEvents),
                            writer,
                            progress::stepTo);
            writer.close();
            sha = writer.dataSha256();
        } catch (Exception | Error e) {
            writer.abort();
            throw e;
        } finally {
            for (EventReader r : readers) {
                r.close();
            }
        }
        report(summary, sha);
        return 0;
    }

    /** Values no run could use: one line naming the option, exit status 2, before any work. */
    private void checkArguments() {
        if (threads != null && threads < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--threads must be >= 1, got " + threads);
        }
        if (repeat < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--repeat must be >= 1, got " + repeat);
        }
        if (maxEvents != null && maxEvents < 1) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--max-events must be >= 1, got " + maxEvents);
        }
        if (pileup != null && !(pileup >= 0 && Double.isFinite(pileup))) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "--pileup must be a number >= 0, got " + pileup);
        }
    }

    /**
     * The input read {@code repeat} times in a row; each reader opened is added to {@code open}.
     */
    private java.util.Iterator<Event> passes(List<EventReader> open) {
        return new java.util.Iterator<>() {
            private int pass;
            private EventReader current;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        open.remove(current);
                    }
                    if (pass == repeat) {
                        current = null;
                        return false;
                    }
                    pass++;
                    current = EventReaders.open(events);
                    open.add(current);
                }
                return true;
            }

            @Override
            public Event next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static java.util.Iterator<Event> limit(java.util.Iterator<Event> it, long n) {
        return new java.util.Iterator<>() {
            private long left = n;

            @Override
            public boolean hasNext() {
                return left > 0 && it.hasNext();
            }

            @Override
            public Event next() {
                left--;
                return it.next();
            }
        };
    }

    private void report(SimulationSummary s, String sha) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("card", s.card());
            m.put("input", events.toString());
            m.put("output", out.toString());
            m.put("seed", s.seed());
            m.put("threads", s.threads());
            m.put("events", s.events());
            m.put("parton_level_events", s.partonLevelEvents());
            m.put("mean_pileup", s.meanPileup());
            m.put("seconds", s.seconds());
            m.put("events_per_second", s.eventsPerSecond());
            m.put("data_sha256", sha);
            Map<String, Object> eff = new LinkedHashMap<>();
            s.efficiencies()
                    .forEach(
                            (k, e) -> {
                                Map<String, Object> row = new LinkedHashMap<>();
                                row.put("total", e.total());
                                row.put("passed", e.passed());
                                row.put("efficiency", Double.isNaN(e.value()) ? null : e.value());
                                row.put("error", Double.isNaN(e.error()) ? null : e.error());
                                eff.put(k, row);
                            });
            m.put("efficiencies", eff);
            Json.print(spec.commandLine().getOut(), m);
            return;
        }
        var w = spec.commandLine().getOut();
        w.printf(
                Locale.ROOT,
                "simulated %d events with card %s (seed %d, %d threads) in %.2f s: %.1f events/s%n",
                s.events(),
                s.card(),
                s.seed(),
                s.threads(),
                s.seconds(),
                s.eventsPerSecond());
        if (s.partonLevelEvents() > 0) {
            w.printf(
                    Locale.ROOT,
                    "%d events at parton level: %s%n",
                    s.partonLevelEvents(),
                    DetectorSimulation.PARTON_LEVEL_NOTE);
        }
        if (s.meanPileup() > 0) {
            w.printf(Locale.ROOT, "mean pile-up interactions: %.2f%n", s.meanPileup());
        }
        w.println("efficiencies (generator objects in acceptance matched; b/c/light: b-tag rate):");
        s.efficiencies()
                .forEach(
                        (k, e) ->
                                w.printf(
                                        Locale.ROOT,
                                        "  %-10s %8d / %-8d %s%n",
                                        k,
                                        e.passed(),
                                        e.total(),
                                        e.total() == 0
                                                ? "-"
                                                : String.format(
                                                        Locale.ROOT,
                                                        "%.4f ± %.4f",
                                                        e.value(),
                                                        e.error())));
        w.println("wrote " + out);
        w.flush();
    }
}
