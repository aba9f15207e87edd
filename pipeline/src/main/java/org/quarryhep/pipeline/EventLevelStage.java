package org.quarryhep.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quarryhep.analysis.AnalysisAccumulator;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.EventSelection;
import org.quarryhep.analysis.HistogramResult;
import org.quarryhep.analysis.ScoreProvider;
import org.quarryhep.core.QuarryException;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.format.ColumnarReader;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * The select and histogram stages: stream a sample's reconstructed events through {@code
 * analysis}'s {@link EventSelection} on every thread and merge the per-thread accumulators (exact
 * sums, so the result is the same for any thread count). The select stage keeps the cut-flow, the
 * histogram stage the histograms; each has its own key, so a new binning re-runs only the
 * histograms and a new cut both.
 */
final class EventLevelStage {
    private static final int BATCH = 4096;

    private EventLevelStage() {}

    static StageKey selectKey(AnalysisFile a, SampleDefinition s, StageKey simulate) {
        return normalised(StageKey.builder(Stage.SELECT.id()), a, s)
                .input(simulate)
                .config("objects", a.sectionText("objects"))
                .config("selection", a.sectionText("selection"))
                .config("variables", a.sectionText("variables"))
                .build();
    }

    static StageKey histogramKey(AnalysisFile a, SampleDefinition s, StageKey select) {
        return normalised(StageKey.builder(Stage.HISTOGRAM.id()), a, s)
                .input(select)
                .config("histograms", a.sectionText("histograms"))
                .build();
    }

    private static StageKey.Builder normalised(
            StageKey.Builder k, AnalysisFile a, SampleDefinition s) {
        return k.config("luminosity_ifb", Double.toString(a.collider().luminosityInvFb()))
                .config(
                        "cross_section_pb",
                        s.normalisation().crossSectionPb().isPresent()
                                ? Double.toString(s.normalisation().crossSectionPb().getAsDouble())
                                : "generator")
                .config("k_factor", Double.toString(s.normalisation().kFactor()))
                .configAll("labels.", s.labels());
    }

    /** The scale from raw weights to yields: σ·K·L / Σw. */
    static double scale(double sigmaPb, SampleDefinition s, AnalysisFile a, double sumW) {
        if (sumW == 0) {
            throw new QuarryException(
                    "sample " + s.name() + " has zero total weight; it cannot be normalised");
        }
        return sigmaPb * s.normalisation().kFactor() * a.collider().luminosityInvPb() / sumW;
    }

    static void select(
            AnalysisFile a,
            SampleDefinition s,
            double sigmaPb,
            Path reco,
            Path dir,
            int threads,
            PipelineListener listener)
            throws IOException {
        listener.started(Stage.SELECT, s.name(), -1, "events");
        AnalysisAccumulator acc = pass(a, s, reco, threads, listener);
        double scale = scale(sigmaPb, s, a, acc.cutFlow().totalWeight());
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("cutflow", acc.cutFlow().result(scale).toMap());
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    static void histogram(
            AnalysisFile a,
            SampleDefinition s,
            double sigmaPb,
            Path reco,
            Path dir,
            int threads,
            PipelineListener listener)
            throws IOException {
        listener.started(Stage.HISTOGRAM, s.name(), -1, "events");
        AnalysisAccumulator acc = pass(a, s, reco, threads, listener);
        double scale = scale(sigmaPb, s, a, acc.cutFlow().totalWeight());
        List<Map<String, Object>> hists = new ArrayList<>();
        for (HistogramResult h : acc.histograms(scale)) {
            hists.add(h.toMap());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("histograms", hists);
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    /**
     * One pass over the events: a reader thread hands batches to {@code threads} workers, each with
     * its own selection and accumulator.
     */
    private static AnalysisAccumulator pass(
            AnalysisFile a, SampleDefinition s, Path reco, int threads, PipelineListener listener)
            throws IOException {
        AnalysisDefinition def = a.events();
        List<AnalysisAccumulator> accs = new ArrayList<>();
        List<EventSelection> selections = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            accs.add(def.newAccumulator());
            selections.add(def.newSelection(s.labels(), ScoreProvider.none()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long done = 0;
        try (ColumnarReader reader = ColumnarReader.open(reco)) {
            while (reader.hasNext()) {
                List<List<ReconstructedEvent>> batches = new ArrayList<>();
                for (int t = 0; t < threads && reader.hasNext(); t++) {
                    List<ReconstructedEvent> batch = new ArrayList<>(BATCH);
                    while (batch.size() < BATCH && reader.hasNext()) {
                        batch.add(reader.next());
                    }
                    batches.add(batch);
                }
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < batches.size(); t++) {
                    EventSelection sel = selections.get(t);
                    AnalysisAccumulator acc = accs.get(t);
                    List<ReconstructedEvent> batch = batches.get(t);
                    futures.add(
                            pool.submit(
                                    () -> {
                                        for (ReconstructedEvent e : batch) {
                                            sel.apply(e);
                                            sel.fill(acc, e.weight());
                                        }
                                    }));
                    done += batch.size();
                }
                for (Future<?> f : futures) {
                    f.get();
                }
                listener.progress(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuarryException("selection interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new QuarryException("selection failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        AnalysisAccumulator total = accs.get(0);
        for (int t = 1; t < accs.size(); t++) {
            total.merge(accs.get(t));
        }
        return total;
    }
}
