package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.quarryhep.core.Event;
import org.quarryhep.core.Provenance;
import org.quarryhep.detector.DetectorSimulation;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.SimulationSummary;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.detector.format.ColumnarFormat;
import org.quarryhep.detector.format.ColumnarWriter;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * The simulate stage: streams a sample's events through the detector card into {@code
 * events.qreco}; its record holds the number of events and the sum of their nominal weights, the
 * denominator of the sample's normalisation.
 */
final class SimulateStage {
    static final String EVENTS = "events.qreco";

    private SimulateStage() {}

    static StageKey key(AnalysisFile a, SampleDefinition s, StageKey upstream) throws IOException {
        ChainDefinition c = a.chain();
        StageKey.Builder k =
                StageKey.builder(Stage.SIMULATE.id())
                        .input(upstream)
                        .config("seed", Long.toString(s.seed()))
                        .config("events", Long.toString(s.events()))
                        .config("pileup", Double.toString(c.pileup()))
                        // A cached file of an older .qreco layout is rebuilt, not refused on read.
                        .config("qreco_version", Integer.toString(ColumnarFormat.VERSION));
        Path card = Path.of(c.detector());
        if (Files.isRegularFile(card)) {
            k.file("card", Provenance.InputFile.of(card).sha256());
        } else {
            k.config("card", c.detector());
        }
        if (c.pileupEvents() != null) {
            k.file("pileup_events", Provenance.InputFile.of(c.pileupEvents()).sha256());
        }
        return k.build();
    }

    static void run(
            AnalysisFile a,
            SampleDefinition s,
            List<Path> inputs,
            Path dir,
            int threads,
            PipelineListener listener)
            throws IOException {
        ChainDefinition c = a.chain();
        DetectorCard card = DetectorCards.load(c.detector());
        if (!Double.isNaN(c.pileup())) {
            card = card.withMeanPileup(c.pileup());
        }
        List<Event> minBias = new ArrayList<>();
        if (c.pileupEvents() != null && card.pileup().meanInteractions() > 0) {
            try (EventReader r = EventReaders.open(c.pileupEvents())) {
                r.forEachRemaining(minBias::add);
            }
        }
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(card)
                        .optSeed(s.seed())
                        .optThreads(threads)
                        .optPileupEvents(minBias)
                        .build();
        List<Provenance.InputFile> files = new ArrayList<>();
        for (Path in : inputs) {
            files.add(Provenance.InputFile.of(in));
        }
        Provenance provenance =
                Provenance.of("quarry run: simulate", sim.provenanceConfig(), s.seed(), files);
        listener.started(Stage.SIMULATE, s.name(), s.events() > 0 ? s.events() : -1, "events");
        WeightSum sums = new WeightSum();
        ColumnarWriter writer = ColumnarWriter.open(dir.resolve(EVENTS), provenance);
        SimulationSummary summary;
        try (ChainedEvents events = new ChainedEvents(inputs, s.events())) {
            summary =
                    sim.run(
                            events,
                            e -> {
                                sums.add(e);
                                writer.accept(e);
                            },
                            listener::progress);
            writer.close();
        } catch (IOException | RuntimeException | Error e) {
            writer.abort();
            throw e;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("card", summary.card());
        record.put("events", summary.events());
        record.put("sum_weights", sums.sum);
        record.put("mean_pileup", summary.meanPileup());
        record.put("data_sha256", writer.dataSha256());
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    /** The sum of nominal weights, in input order (so the same for any thread count). */
    private static final class WeightSum {
        double sum;

        void add(ReconstructedEvent e) {
            sum += e.weight();
        }
    }

    /** The events of several files in a row, at most {@code limit} (0: all). */
    private static final class ChainedEvents implements Iterator<Event>, AutoCloseable {
        private final List<Path> files;
        private final long limit;
        private int next;
        private long served;
        private EventReader current;

        ChainedEvents(List<Path> files, long limit) {
            this.files = files;
            this.limit = limit;
        }

        @Override
        public boolean hasNext() {
            if (limit > 0 && served >= limit) {
                return false;
            }
            while (current == null || !current.hasNext()) {
                closeCurrent();
                if (next == files.size()) {
                    return false;
                }
                current = EventReaders.open(files.get(next++));
            }
            return true;
        }

        @Override
        public Event next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            served++;
            return current.next();
        }

        private void closeCurrent() {
            if (current != null) {
                current.close();
                current = null;
            }
        }

        @Override
        public void close() {
            closeCurrent();
        }
    }
}
