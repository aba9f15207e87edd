package org.quarryhep.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.quarryhep.analysis.AnalysisAccumulator;
import org.quarryhep.analysis.AnalysisDefinition;
import org.quarryhep.analysis.EventSelection;
import org.quarryhep.analysis.HistogramResult;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;

/**
 * One thread's Poisson-bootstrap replicas of a sample's histograms and cut tables ({@code
 * bootstrap.replicas}): every selected event enters replica r with the weight k_r·w, k_r drawn from
 * Poisson(1) on the event's own stream ({@code RandomStreams(sample seed).child("bootstrap")}, the
 * event's index), so the replicas are the same for any thread count. Resampling the events with
 * Poisson(1) counts is the bootstrap of a sample whose size is itself Poisson (Efron and
 * Tibshirani, "An Introduction to the Bootstrap", 1993, §6; Hanley and MacGibbon 2006); each
 * replica repeats the limit, its cut scan included, and the replicas' spread is the limit's
 * statistical error.
 */
final class ReplicaHistograms {
    /** The replicas' file in a histogram stage's entry. */
    static final String FILE = "bootstrap.json.gz";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RandomStreams streams;
    private final AnalysisAccumulator[] accumulators;
    private final CutTables.Accumulator[] tables;

    ReplicaHistograms(
            AnalysisDefinition def, List<CutTables.Pair> pairs, long sampleSeed, int replicas) {
        streams = new RandomStreams(sampleSeed).child("bootstrap");
        accumulators = new AnalysisAccumulator[replicas];
        tables = new CutTables.Accumulator[replicas];
        for (int r = 0; r < replicas; r++) {
            accumulators[r] = def.newAccumulator();
            tables[r] = new CutTables.Accumulator(def, pairs);
        }
    }

    /**
     * The replica count for a sample: the file's {@code bootstrap.replicas} when an {@code
     * asimov_limit} entry uses the sample (as its signal or a background), else 0.
     */
    static int replicasFor(AnalysisFile a, SampleDefinition s) {
        if (a.bootstrapReplicas() == 0) {
            return 0;
        }
        for (StatisticsDefinition d : a.statistics()) {
            if (d instanceof AsimovLimit al
                    && (al.signal().equals(s.group()) || al.backgrounds().contains(s.group()))) {
                return a.bootstrapReplicas();
            }
        }
        return 0;
    }

    /** A Poisson(1) count by inversion of its cumulative distribution. */
    static int poissonOne(SplittableRandom random) {
        double u = random.nextDouble();
        double p = Math.exp(-1);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 30) {
            k++;
            p /= k;
            cumulative += p;
        }
        return k;
    }

    /** Adds the selection's current event, the sample's event {@code index}, to every replica. */
    void fill(EventSelection sel, double weight, long index) {
        if (!sel.outcome().selected()) {
            return;
        }
        SplittableRandom random = streams.stream(index);
        for (int r = 0; r < accumulators.length; r++) {
            int k = poissonOne(random);
            if (k > 0) {
                sel.fill(accumulators[r], k * weight);
                tables[r].fill(sel, k * weight);
            }
        }
    }

    /** Adds another thread's replicas (exact sums). */
    void merge(ReplicaHistograms other) {
        for (int r = 0; r < accumulators.length; r++) {
            accumulators[r].merge(other.accumulators[r]);
            tables[r].merge(other.tables[r]);
        }
    }

    /**
     * Writes the replicas at the sample's normalisation: per replica the histograms that the {@code
     * asimov_limit} entries read and every cut table, yields only (a limit needs no variances).
     */
    void write(Path file, double scale, Set<String> histograms) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int r = 0; r < accumulators.length; r++) {
            List<Map<String, Object>> hs = new ArrayList<>();
            for (HistogramResult h : accumulators[r].histograms(scale)) {
                if (histograms.contains(h.name())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", h.name());
                    m.put("edges", h.edges());
                    m.put("yields", h.yields());
                    hs.add(m);
                }
            }
            List<Map<String, Object>> ts = tables[r].toRecord(scale);
            for (Map<String, Object> t : ts) {
                for (Object row : (List<?>) t.get("rows")) {
                    ((Map<?, ?>) row).remove("errors");
                }
            }
            Map<String, Object> replica = new LinkedHashMap<>();
            replica.put("histograms", hs);
            replica.put("cut_tables", ts);
            out.add(replica);
        }
        AtomicFile.write(
                file,
                tmp -> {
                    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                        JSON.writeValue(o, out);
                    }
                });
    }

    /** The histograms the {@code asimov_limit} entries read (their own and unshaped scans'). */
    static Set<String> limitHistograms(AnalysisFile a) {
        Set<String> names = new LinkedHashSet<>();
        for (StatisticsDefinition d : a.statistics()) {
            if (d instanceof AsimovLimit al) {
                names.addAll(al.histograms());
                al.scan().filter(s -> !s.shape()).ifPresent(s -> names.add(s.histogram()));
            }
        }
        return names;
    }

    /** Reads the replicas a histogram stage wrote: one record per replica. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return JSON.readValue(in, List.class);
        }
    }
}
