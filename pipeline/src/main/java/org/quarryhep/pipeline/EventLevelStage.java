package org.quarryhep.pipeline;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.quarryhep.analysis.AnalysisAccumulator;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.CutFlowResult;
import org.quarryhep.analysis.EventSelection;
import org.quarryhep.analysis.FeatureSetDefinition;
import org.quarryhep.analysis.HistogramResult;
import org.quarryhep.analysis.ProfileResult;
import org.quarryhep.analysis.score.ScoreProvider;
import org.quarryhep.core.QuarryException;
import org.quarryhep.detector.ReconstructedEvent;
import org.quarryhep.detector.format.ColumnarReader;
import org.quarryhep.pipeline.cache.StageKey;

/**
 * The select, features and histogram stages: stream a sample's reconstructed events through {@code
 * analysis}'s {@link EventSelection} on every thread and merge the per-thread accumulators (exact
 * sums, so the result is the same for any thread count). The select stage keeps the cut-flow, the
 * histogram stage the histograms; each has its own key, so a new binning re-runs only the
 * histograms and a new cut both.
 */
final class EventLevelStage {
    private static final int BATCH = 4096;

    /** The select stage's cut-flow as a Markdown table. */
    static final String CUTFLOW_TABLE = "cutflow.md";

    private EventLevelStage() {}

    static StageKey selectKey(AnalysisFile a, SampleDefinition s, StageKey simulate) {
        return normalised(StageKey.builder(Stage.SELECT.id()), a, s)
                .input(simulate)
                .config("objects", a.sectionText("objects"))
                .config("selection", a.sectionText("selection"))
                .config("variables", a.sectionText("variables"))
                .build();
    }

    static StageKey histogramKey(
            AnalysisFile a, SampleDefinition s, StageKey select, List<StageKey> models) {
        StageKey.Builder k =
                normalised(StageKey.builder(Stage.HISTOGRAM.id()), a, s)
                        .input(select)
                        .config("histograms", a.sectionText("histograms"))
                        .config("cut_tables", CutTables.canonical(CutTables.pairs(a)));
        if (!a.events().profiles().isEmpty()) {
            k.config("profiles", a.sectionText("profiles"));
        }
        int replicas = ReplicaHistograms.replicasFor(a, s);
        if (replicas > 0) {
            k.config("bootstrap_replicas", Integer.toString(replicas))
                    .config(
                            "bootstrap_histograms",
                            String.join(",", ReplicaHistograms.limitHistograms(a)));
        }
        models.forEach(k::input);
        return k.build();
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

    static StageKey featuresKey(AnalysisFile a, SampleDefinition s, StageKey select) {
        return normalised(StageKey.builder(Stage.FEATURES.id()), a, s)
                .input(select)
                .config("features", a.sectionText("features"))
                .config("role", s.role().name())
                .build();
    }

    /**
     * Writes one gzip CSV per feature set ({@code <set>.csv.gz}): the set's columns (missing values
     * as its placeholder), then its labels (the label {@code signal}, unless the sample defines it,
     * is 1 for signal samples and 0 for backgrounds) and parameters (a background without the
     * parameter gets the placeholder), then {@code weight}, the event's yield at the luminosity.
     */
    static void features(
            AnalysisFile a,
            SampleDefinition s,
            double sigmaPb,
            double sumW,
            Path reco,
            Path dir,
            int threads,
            PipelineListener listener)
            throws IOException {
        List<FeatureSetDefinition> sets = a.events().featureSets();
        listener.started(Stage.FEATURES, s.name(), -1, "events");
        double scale = scale(sigmaPb, s, a, sumW);
        List<Writer> writers = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        try {
            for (FeatureSetDefinition f : sets) {
                Writer w =
                        new OutputStreamWriter(
                                new GZIPOutputStream(
                                        Files.newOutputStream(dir.resolve(f.name() + ".csv.gz"))),
                                StandardCharsets.UTF_8);
                writers.add(w);
                List<String> header = new ArrayList<>(a.events().featureColumns(f.name()));
                header.addAll(f.labels());
                header.addAll(f.parameters());
                header.add("weight");
                w.write(String.join(",", header));
                w.write('\n');
                StringBuilder suffix = new StringBuilder();
                for (String l : f.labels()) {
                    Double v = s.labels().get(l);
                    if (v == null && l.equals("signal")) {
                        v = s.role() == SampleDefinition.Role.SIGNAL ? 1.0 : 0.0;
                    }
                    suffix.append(',').append(number(v == null ? f.placeholder() : v));
                }
                for (String p : f.parameters()) {
                    Double v = s.labels().get(p);
                    suffix.append(',').append(number(v == null ? f.placeholder() : v));
                }
                suffixes.add(suffix.toString());
            }
            RowFormatter formatter =
                    (sel, event, out) -> {
                        for (int k = 0; k < sets.size(); k++) {
                            double[] row = sel.featureRow(sets.get(k).name());
                            if (row == null) {
                                continue;
                            }
                            StringBuilder line = new StringBuilder().append(k).append('|');
                            for (int i = 0; i < row.length; i++) {
                                line.append(i == 0 ? "" : ",").append(number(row[i]));
                            }
                            line.append(suffixes.get(k))
                                    .append(',')
                                    .append(number(event.weight() * scale))
                                    .append('\n');
                            out.add(line.toString());
                        }
                    };
            pass(
                    a,
                    s,
                    reco,
                    threads,
                    listener,
                    TrainedModels.beforeTraining(),
                    formatter,
                    lines -> {
                        for (String l : lines) {
                            int bar = l.indexOf('|');
                            writers.get(Integer.parseInt(l.substring(0, bar)))
                                    .write(l, bar + 1, l.length() - bar - 1);
                        }
                    },
                    List.of(),
                    List.of());
        } finally {
            for (Writer w : writers) {
                w.close();
            }
        }
    }

    /** Shortest round-trip text of a double, as Java prints it. */
    private static String number(double v) {
        return Double.toString(v);
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
        AnalysisAccumulator acc =
                pass(a, s, reco, threads, listener, TrainedModels.beforeTraining());
        double scale = scale(sigmaPb, s, a, acc.cutFlow().totalWeight());
        Map<String, Object> record = new LinkedHashMap<>();
        CutFlowResult cutflow = acc.cutFlow().result(scale);
        record.put("cutflow", cutflow.toMap());
        Files.writeString(dir.resolve(CUTFLOW_TABLE), cutflow.toTable());
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    static void histogram(
            AnalysisFile a,
            SampleDefinition s,
            double sigmaPb,
            Path reco,
            Path dir,
            int threads,
            Map<String, Path> models,
            PipelineListener listener)
            throws IOException {
        listener.started(Stage.HISTOGRAM, s.name(), -1, "events");
        AnalysisAccumulator acc;
        List<CutTables.Accumulator> tables = new ArrayList<>();
        List<CutTables.Pair> pairs = CutTables.pairs(a);
        for (int t = 0; t < threads && !pairs.isEmpty(); t++) {
            tables.add(new CutTables.Accumulator(a.events(), pairs));
        }
        int replicaCount = ReplicaHistograms.replicasFor(a, s);
        List<ReplicaHistograms> replicas = new ArrayList<>();
        for (int t = 0; t < threads && replicaCount > 0; t++) {
            replicas.add(new ReplicaHistograms(a.events(), pairs, s.seed(), replicaCount));
        }
        try (TrainedModels scores = new TrainedModels(models, s.labels())) {
            acc = pass(a, s, reco, threads, listener, scores, null, null, tables, replicas);
        }
        for (int t = 1; t < tables.size(); t++) {
            tables.get(0).merge(tables.get(t));
        }
        double scale = scale(sigmaPb, s, a, acc.cutFlow().totalWeight());
        if (!replicas.isEmpty()) {
            for (int t = 1; t < replicas.size(); t++) {
                replicas.get(0).merge(replicas.get(t));
            }
            replicas.get(0)
                    .write(
                            dir.resolve(ReplicaHistograms.FILE),
                            scale,
                            ReplicaHistograms.limitHistograms(a));
        }
        List<Map<String, Object>> hists = new ArrayList<>();
        for (HistogramResult h : acc.histograms(scale)) {
            hists.add(h.toMap());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("histograms", hists);
        record.put("cut_tables", tables.isEmpty() ? List.of() : tables.get(0).toRecord(scale));
        if (!a.events().profiles().isEmpty()) {
            List<Map<String, Object>> profiles = new ArrayList<>();
            for (ProfileResult p : acc.profiles(scale)) {
                profiles.add(p.toMap());
            }
            record.put("profiles", profiles);
        }
        StageFiles.write(dir.resolve("stage.json"), record);
    }

    /** Receives, per batch and in event order, what the workers collected. */
    private interface BatchSink {
        void accept(List<String> lines) throws IOException;
    }

    /** Formats the rows one selection gives for one event (none when it gives none). */
    private interface RowFormatter {
        void rows(EventSelection selection, ReconstructedEvent event, List<String> out);
    }

    private static AnalysisAccumulator pass(
            AnalysisFile a,
            SampleDefinition s,
            Path reco,
            int threads,
            PipelineListener listener,
            ScoreProvider scores)
            throws IOException {
        return pass(a, s, reco, threads, listener, scores, null, null, List.of(), List.of());
    }

    /**
     * One pass over the events: the reader hands batches to {@code threads} workers, each with its
     * own selection and accumulator; rows (if any) reach the sink batch by batch in input order.
     * Bootstrap replicas (if any, one per thread) are filled with each event's index in the file.
     */
    private static AnalysisAccumulator pass(
            AnalysisFile a,
            SampleDefinition s,
            Path reco,
            int threads,
            PipelineListener listener,
            ScoreProvider scores,
            RowFormatter formatter,
            BatchSink sink,
            List<CutTables.Accumulator> tables,
            List<ReplicaHistograms> replicas)
            throws IOException {
        AnalysisDefinition def = a.events();
        List<AnalysisAccumulator> accs = new ArrayList<>();
        List<EventSelection> selections = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            accs.add(def.newAccumulator());
            selections.add(def.newSelection(s.labels(), scores));
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
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < batches.size(); t++) {
                    EventSelection sel = selections.get(t);
                    AnalysisAccumulator acc = accs.get(t);
                    List<ReconstructedEvent> batch = batches.get(t);
                    CutTables.Accumulator table = tables.isEmpty() ? null : tables.get(t);
                    ReplicaHistograms replica = replicas.isEmpty() ? null : replicas.get(t);
                    long first = done;
                    futures.add(
                            pool.submit(
                                    () -> {
                                        List<String> lines = new ArrayList<>();
                                        long index = first;
                                        for (ReconstructedEvent e : batch) {
                                            sel.apply(e);
                                            sel.fill(acc, e.weight());
                                            if (table != null) {
                                                table.fill(sel, e.weight());
                                            }
                                            if (replica != null) {
                                                replica.fill(sel, e.weight(), index);
                                            }
                                            index++;
                                            if (formatter != null) {
                                                formatter.rows(sel, e, lines);
                                            }
                                        }
                                        return lines;
                                    }));
                    done += batch.size();
                }
                for (Future<List<String>> f : futures) {
                    List<String> lines = f.get();
                    if (sink != null) {
                        sink.accept(lines);
                    }
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
