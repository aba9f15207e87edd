package org.quarryhep.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.quarryhep.core.QuarryException;
import org.quarryhep.pipeline.StatisticsDefinition.AsimovLimit;

/**
 * The statistical error of each {@code asimov_limit} result from the histogram stages' bootstrap
 * replicas ({@link ReplicaHistograms}): every replica repeats the entry on its resampled
 * histograms, a cut scan included (so the chosen cut moves with the replica), and each point gets
 * {@code limit_rel_err}, the replicas' sample standard deviation of μ over the nominal μ, {@code
 * bootstrap_replicas} and {@code bootstrap_failures} (replicas where the limit is undefined, e.g. a
 * bin with signal and no background; they are left out of the spread).
 */
final class BootstrapErrors {
    private BootstrapErrors() {}

    /**
     * Adds the errors to the results of the {@code asimov_limit} entries (in place); nothing when
     * the file has no {@code bootstrap} or no sample carries replicas.
     *
     * @param a the analysis
     * @param outcomes every sample, with its histogram stage's record and replica file
     * @param results the statistics results by entry name, as {@link StatisticsStage#evaluate} gave
     *     them
     * @param threads replicas evaluated at once (the result does not depend on it)
     * @throws IOException when a replica file cannot be read
     */
    @SuppressWarnings("unchecked")
    static void apply(
            AnalysisFile a, List<SampleOutcome> outcomes, Map<String, Object> results, int threads)
            throws IOException {
        int n = a.bootstrapReplicas();
        if (n == 0 || outcomes.stream().allMatch(o -> o.bootstrapFile == null)) {
            return;
        }
        List<AsimovLimit> defs = new ArrayList<>();
        for (StatisticsDefinition d : a.statistics()) {
            if (d instanceof AsimovLimit al) {
                defs.add(al);
            }
        }
        List<SampleHistograms> nominal = SampleHistogramRecords.of(outcomes);
        List<List<Map<String, Object>>> replicaRecords = new ArrayList<>();
        for (SampleOutcome o : outcomes) {
            replicaRecords.add(
                    o.bootstrapFile == null ? null : ReplicaHistograms.read(o.bootstrapFile));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        List<Future<double[][]>> futures = new ArrayList<>();
        try {
            for (int r = 0; r < n; r++) {
                int replica = r;
                futures.add(
                        pool.submit(
                                () ->
                                        replicaLimits(
                                                defs, outcomes, nominal, replicaRecords, replica)));
            }
            List<double[][]> limits = new ArrayList<>();
            for (Future<double[][]> f : futures) {
                limits.add(f.get());
            }
            for (int d = 0; d < defs.size(); d++) {
                List<Map<String, Object>> points =
                        (List<Map<String, Object>>)
                                ((Map<String, Object>) results.get(defs.get(d).name()))
                                        .get("points");
                for (int p = 0; p < points.size(); p++) {
                    double[] mu = new double[n];
                    for (int r = 0; r < n; r++) {
                        double[] row = limits.get(r)[d];
                        mu[r] = row == null ? Double.NaN : row[p];
                    }
                    double nominalMu = ((Number) points.get(p).get("mu_limit")).doubleValue();
                    putSpread(points.get(p), mu, nominalMu);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuarryException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new QuarryException("bootstrap failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The replica's μ limit per entry and point (NaN where the limit is undefined on the replica).
     */
    @SuppressWarnings("unchecked")
    private static double[][] replicaLimits(
            List<AsimovLimit> defs,
            List<SampleOutcome> outcomes,
            List<SampleHistograms> nominal,
            List<List<Map<String, Object>>> replicaRecords,
            int replica)
            throws IOException {
        List<SampleHistograms> samples = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            List<Map<String, Object>> records = replicaRecords.get(i);
            if (records == null) {
                samples.add(nominal.get(i));
            } else {
                Map<String, Object> rec = records.get(replica);
                samples.add(
                        SampleHistogramRecords.of(
                                outcomes.get(i),
                                Pipeline.asList(rec.get("histograms")),
                                Pipeline.asList(rec.get("cut_tables"))));
            }
        }
        StatisticsStage stage = new StatisticsStage(samples, null);
        double[][] out = new double[defs.size()][];
        for (int d = 0; d < defs.size(); d++) {
            Map<String, Object> res;
            try {
                res = stage.evaluate(defs.get(d));
            } catch (StatisticsException e) {
                out[d] = null;
                continue;
            }
            List<Map<String, Object>> points = (List<Map<String, Object>>) res.get("points");
            out[d] = new double[points.size()];
            for (int p = 0; p < points.size(); p++) {
                Object mu = points.get(p).get("mu_limit");
                out[d][p] = mu instanceof Number v ? v.doubleValue() : Double.NaN;
            }
        }
        return out;
    }

    /** The spread of the finite replica limits over the nominal one. */
    private static void putSpread(Map<String, Object> point, double[] mu, double nominalMu) {
        double sum = 0;
        int k = 0;
        for (double m : mu) {
            if (Double.isFinite(m)) {
                sum += m;
                k++;
            }
        }
        point.put("bootstrap_replicas", mu.length);
        point.put("bootstrap_failures", mu.length - k);
        if (k >= 2 && nominalMu > 0 && Double.isFinite(nominalMu)) {
            double mean = sum / k;
            double squares = 0;
            for (double m : mu) {
                if (Double.isFinite(m)) {
                    squares += (m - mean) * (m - mean);
                }
            }
            point.put("limit_rel_err", Math.sqrt(squares / (k - 1)) / nominalMu);
        }
    }
}
